"""datacommons: Data Commons REST API v2 (`/v2/observation`), statistics of hundreds of agencies.

`series` is the statistical variable (`Count_Person`), `where: {entity: geoId/06}` the place or
other entity (its DCID). Several sources often publish the same variable; Data Commons orders
them as facets, and the first (its preferred source) is compared unless `where` names one:
`facet:` a facet id (every comparison's evidence shows the facet, its import and URL), and
`domain:` keeps the sources of one web domain (`census.gov`). `date` is asked as the period,
`LATEST` when the reference has none. The key (required by api.datacommons.org) is read from
the variable that `api_key_env` names and sent in the `X-API-Key` header.

```yaml
sources:
  datacommons: {type: datacommons, api_key_env: DC_API_KEY}
compare: {source: datacommons, series: Count_Person, where: {entity: geoId/06}, period: "2025"}
```

Pass: California 2025 is published as 39355309 by the preferred facet (US Census PEP) and the
claim says 3935.5万 → confirmed; with `facet: "1541763368"` and period 2020 the 2020 census
gives 39538223. Fail: an entity without data (`{}`) → unverifiable; a missing key → error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.model import SourceRef
from factcheck.sources.base import Batch, Dim, Request, Row, SourceConfig, SourceError, load_json, number_text
from factcheck.sources.select import period_key

TYPE = "datacommons"
DEFAULT_URL = "https://api.datacommons.org"
API_KEY_HEADER = "X-API-Key"  # where the key goes unless `api_key_header` says otherwise
OPTIONS: dict[str, Any] = {}
SELECT = ("date", "entity", "value", "variable")
UNITS = {"USDollar": "USD", "Percent": "%", "Euro": "EUR"}  # Data Commons unit → factcheck unit


def check_options(options: dict[str, Any], raw: Any) -> None:
    if not raw.get("api_key_env") and not raw.get("url"):
        raise ValueError(
            "api.datacommons.org needs an API key: name the environment variable that holds it "
            "with `api_key_env` (or give `url` of a Data Commons that needs none)"
        )


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    """One request per variable, date, facet and domain; the entities asked share it."""
    groups: dict[tuple[str, str, str, str], list[SourceRef]] = {}
    for ref in refs:
        if not _where(ref, "entity"):
            raise SourceError("a datacommons reference needs `where: {entity: ...}`: a DCID such as geoId/06")
        key = (ref.series.strip(), _date(ref.period), _where(ref, "facet") or "", _where(ref, "domain") or "")
        groups.setdefault(key, []).append(ref)
    batches = []
    for (variable, date, facet, domain), group in sorted(groups.items()):
        params = [("date", date), ("variable.dcids", variable)]
        params += [("entity.dcids", entity) for entity in sorted({_where(ref, "entity") or "" for ref in group})]
        params += [("select", name) for name in SELECT]
        if domain:
            params.append(("filter.domains", domain))
        if facet:
            params.append(("filter.facet_ids", facet))
        url = f"{source.base_url(DEFAULT_URL)}/v2/observation"
        batches.append(Batch((Request(url, tuple(params), series=variable),), tuple(group)))
    return batches


def _where(ref: SourceRef, key: str) -> str | None:
    return next((value.strip() for name, value in ref.where if name.casefold() == key), None)


def _date(period: str | None) -> str:
    """The period as Data Commons writes dates (2020, 2020-06, 2020-06-15); LATEST without one."""
    if period is None:
        return "LATEST"
    return period_key(period) or period


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    doc = load_json(body, "the Data Commons API")
    if isinstance(doc, dict) and "message" in doc and "byVariable" not in doc:
        raise SourceError(f"the Data Commons API refused the request: {doc.get('message')}", request.display())
    if not isinstance(doc, dict) or not isinstance(doc.get("byVariable", {}), dict):
        raise SourceError("the Data Commons API answered JSON without `byVariable`", request.display())
    return doc


def follow(request: Request, doc: Any) -> list[Request]:
    """/v2/observation answers whole: no pages."""
    return []


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    params = dict(request.params)
    named = params.get("filter.facet_ids")
    domain = params.get("filter.domains")
    facets = doc.get("facets") or {}
    out = []
    for variable, by_variable in (doc.get("byVariable") or {}).items():
        for entity, by_entity in ((by_variable or {}).get("byEntity") or {}).items():
            ordered = (by_entity or {}).get("orderedFacets") or []
            # The preferred facet is the first; a named one is looked for by its id.
            chosen = [f for f in ordered if str(f.get("facetId")) == named][:1] if named else ordered[:1]
            for facet in chosen:
                out.extend(_facet_rows(str(variable), str(entity), facet, facets, domain))
    return out


def _facet_rows(variable: str, entity: str, facet: dict, facets: dict, domain: str | None) -> list[Row]:
    facet_id = str(facet.get("facetId") or "")
    about = facets.get(facet_id) or {}
    imported = str(about.get("importName") or "")
    dims = [Dim("entity", "entity", (entity,)), Dim("facet", "facet", (facet_id,), imported)]
    if domain:
        dims.append(Dim("domain", "domain", (domain,)))
    unit = str(about.get("unit") or "")
    provenance = [f"facet {facet_id}", imported, str(about.get("provenanceUrl") or "")]
    provenance += [f"{key} {about[key]}" for key in ("measurementMethod", "observationPeriod") if about.get(key)]
    if unit and unit not in UNITS:
        provenance.append(f"unit {unit}")
    if about.get("scalingFactor"):
        provenance.append(f"scaling factor {about['scalingFactor']}")
    return [
        Row(
            series=variable,
            period=str(observation["date"]),
            value=number_text(observation.get("value")),
            dims=tuple(dims),
            unit=UNITS.get(unit),
            note="; ".join(part for part in provenance if part),
        )
        for observation in facet.get("observations") or []
    ]
