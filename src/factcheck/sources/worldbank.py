"""worldbank: the World Bank Indicators API v2 (World Development Indicators and others).

`series` is the indicator code, `where: {country: ...}` the country code (ISO3 `CHN` or ISO2
`CN`: it goes into the request as written); `period` a year (or `2019Q1`, `2019M06` for
sub-annual indicators). All countries asked for one indicator go in one request
(`/v2/country/CHN;USA/indicator/...`), with `date=` spanning the years asked for and `per_page`
rows per page; further pages follow. A reference without a country asks for `country/all`;
`across: country` ranks among every row that returns, aggregates (World, regions) included.

```yaml
# sources.yaml
sources:
  worldbank: {type: worldbank}          # options: per_page (default 1000), source (a source id)
# a claim
compare: {source: worldbank, series: NY.GDP.MKTP.CD, where: {country: JPN}, period: "2019"}
```

Pass: JPN 2019 is published as 5081769542379.77 and the claim says 5.08万亿 USD → confirmed.
Fail: the API answers its in-band error (HTTP 200, `[{"message": [{"key": "Invalid value"}]}]`)
for a misspelt indicator → `error`; a year with `"value": null` → `unverifiable`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.model import SourceRef
from factcheck.sources.base import (
    Batch,
    Dim,
    Refused,
    Request,
    Row,
    SourceConfig,
    SourceError,
    int_option,
    load_json,
    number_text,
    path_part,
    text_option,
)
from factcheck.sources.select import years_of

TYPE = "worldbank"
DEFAULT_URL = "https://api.worldbank.org"
OPTIONS = {"per_page": int_option, "source": text_option}


def check_options(options: dict[str, Any], raw: Any) -> None:
    """Every option stands alone."""


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    """One request per indicator (and per `all`): several countries share a call."""
    groups: dict[tuple[str, bool], list[SourceRef]] = {}
    for ref in refs:
        groups.setdefault((ref.series, _country(ref) is None), []).append(ref)
    batches = []
    for (indicator, everyone), group in sorted(groups.items()):
        countries = "all" if everyone else ";".join(sorted({_country(ref) or "" for ref in group}))
        batches.append(Batch((_request(source, indicator, countries, group, page=1),), tuple(group)))
    return batches


def split(refs: Sequence[SourceRef]) -> list[list[SourceRef]]:
    """The references of a refused batch, one group per country: asked again apart."""
    groups: dict[str, list[SourceRef]] = {}
    for ref in refs:
        groups.setdefault(_country(ref) or "", []).append(ref)
    return [groups[country] for country in sorted(groups)]


def _country(ref: SourceRef) -> str | None:
    for key, value in ref.where:
        if key.casefold() == "country":
            return value.strip()
    return None


def _request(
    source: SourceConfig, indicator: str, countries: str, refs: Iterable[SourceRef], page: int, date: str | None = None
) -> Request:
    if date is None:
        span = years_of(ref.period for ref in refs)
        date = "" if span is None else (str(span[0]) if span[0] == span[1] else f"{span[0]}:{span[1]}")
    params = [("format", "json"), ("per_page", str(source.options.get("per_page", 1000))), ("page", str(page))]
    if date:
        params.append(("date", date))
    if "source" in source.options:
        params.append(("source", source.options["source"]))
    codes = ";".join(path_part(code, "country code") for code in countries.split(";"))
    url = f"{source.base_url(DEFAULT_URL)}/v2/country/{codes}/indicator/{path_part(indicator, 'indicator')}"
    return Request(url, tuple(params))


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    doc = load_json(body, "the World Bank API")
    if isinstance(doc, list) and doc and isinstance(doc[0], dict) and "message" in doc[0]:
        messages = doc[0]["message"] or [{}]
        text = "; ".join(f"{m.get('key', '')}: {m.get('value', '')} (id {m.get('id', '?')})" for m in messages)
        raise Refused(f"the World Bank API refused the request: {text}", request.display())
    if not (
        isinstance(doc, list)
        and len(doc) == 2
        and isinstance(doc[0], dict)
        and (doc[1] is None or isinstance(doc[1], list))
    ):
        raise SourceError("the World Bank API answered JSON that is not [meta, rows]", request.display())
    return doc


def follow(request: Request, doc: Any) -> list[Request]:
    """Pages 2..N, asked for when page 1 says there are more."""
    params = dict(request.params)
    if params.get("page") != "1":
        return []
    try:
        pages = int(doc[0].get("pages") or 1)
    except (TypeError, ValueError):
        raise SourceError("the World Bank API answered a page count that is not a number") from None
    pages = min(pages, 1000)
    return [
        Request(request.url, tuple((k, str(n) if k == "page" else v) for k, v in request.params))
        for n in range(2, pages + 1)
    ]


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    out = []
    for item in doc[1] or []:
        try:
            indicator = item["indicator"]["id"]
            country = item.get("country") or {}
            codes = tuple(c for c in (item.get("countryiso3code"), country.get("id")) if c)
            dims = (Dim("country", "country", codes, str(country.get("value") or "")),)
            out.append(
                Row(
                    series=str(indicator),
                    period=str(item["date"]),
                    value=number_text(item.get("value")),
                    dims=dims,
                    unit=(item.get("unit") or None),
                )
            )
        except (KeyError, TypeError, AttributeError):
            raise SourceError(
                "the World Bank API answered a row without indicator, country or date", request.display()
            ) from None
    return out
