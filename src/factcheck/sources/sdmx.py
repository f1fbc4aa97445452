"""sdmx: any SDMX REST endpoint that answers SDMX-JSON data messages (1.0 and 2.0).

`series` is the data query below `{url}/data/`: a flow and optionally a key
(`EXR/D.NZD+RUB.EUR.SP00.A`, `OECD.SDD.NAD,DSD_NAMAIN1@DF_QNA,1.1/Q.Y.USA....`). One document
is fetched per distinct `series` and every reference to it reads that one document. `where`
picks the series by dimension id or name and member id or name (`{CURRENCY: NZD}` or
`{Currency: New Zealand dollar}`); `period` matches the TIME_PERIOD observation dimension.
The series ("0:1:0") and flat ("0:0:2:0:0:0") layouts, dataSet-level dimensions, and the three
envelopes (`header/dataSets/structure`, `meta/data.structure`, `meta/data.structures[]`) are read.
A UNIT_MULT attribute (data set, series or observation) scales the value: 6 means millions.

```yaml
sources:
  ecb:
    type: sdmx
    url: https://data-api.ecb.europa.eu/service
    params: {format: jsondata}            # extra query parameters (optional); also: accept
compare: {source: ecb, series: EXR/D.NZD+RUB.EUR.SP00.A, where: {CURRENCY: NZD}, period: "2013-01-18"}
```

Pass: NZD on 2013-01-18 is 1.5931 and the claim says 1.59 → confirmed (1.5931 lies in [1.585, 1.595]).
Fail: `where: {CURRENCY: USD}` matches no series → unverifiable; without `where` both NZD and RUB
match → error naming them; an HTML error page → error.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from factcheck.model import SourceRef
from factcheck.sources.base import (
    Batch,
    Dim,
    Request,
    Row,
    SourceConfig,
    SourceError,
    load_json,
    mapping_option,
    number_text,
    path_part,
    text_option,
)

TYPE = "sdmx"
DEFAULT_URL = ""
OPTIONS = {"params": mapping_option, "accept": text_option}
ACCEPT = "application/vnd.sdmx.data+json;version=1.0.0, application/vnd.sdmx.data+json;q=0.9, application/json;q=0.8"


def check_options(options: dict[str, Any], raw: Any) -> None:
    if not raw.get("url"):
        raise ValueError("an sdmx source needs `url` (the REST endpoint, e.g. https://data-api.ecb.europa.eu/service)")


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    by_series: dict[str, list[SourceRef]] = {}
    for ref in refs:
        by_series.setdefault(ref.series, []).append(ref)
    params = tuple(sorted(source.options.get("params", {}).items()))
    headers = (("Accept", source.options.get("accept", ACCEPT)),)
    return [
        Batch(
            (
                Request(
                    f"{source.base_url(DEFAULT_URL)}/data/{path_part(series.lstrip('/'), 'data query', 3)}",
                    params,
                    headers,
                    series=series,
                ),
            ),
            tuple(group),
        )
        for series, group in sorted(by_series.items())
    ]


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    doc = load_json(body, "the SDMX endpoint")
    if isinstance(doc, dict) and isinstance(doc.get("data"), dict):
        data = doc["data"]
        structures = data.get("structures") or ([data["structure"]] if "structure" in data else [])
        datasets = data.get("dataSets")
    elif isinstance(doc, dict):
        structures = [doc["structure"]] if "structure" in doc else []
        datasets = doc.get("dataSets")
    else:
        structures, datasets = [], None
    if not structures or not isinstance(datasets, list):
        errors = doc.get("errors") if isinstance(doc, dict) else None
        why = f": {errors}" if errors else ""
        raise SourceError(
            f"the SDMX endpoint answered JSON that is not an SDMX-JSON data message{why}", request.display()
        )
    return structures, datasets


def follow(request: Request, doc: Any) -> list[Request]:
    """SDMX answers whole results: no pages."""
    return []


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    structures, datasets = doc
    try:
        return [row for dataset in datasets for row in _dataset_rows(structures, dataset, request)]
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
        raise SourceError(
            f"the SDMX-JSON message does not fit its own structure ({error!r})", request.display()
        ) from None


def _dataset_rows(structures: list[Any], dataset: dict[str, Any], request: Request) -> Iterator[Row]:
    structure = structures[int(dataset.get("structure", 0))]
    dims = structure["dimensions"]
    fixed = [_dim(d, d["values"][0]) for d in dims.get("dataSet", []) if d.get("values")]
    series_dims = dims.get("series", [])
    obs_dims = dims.get("observation", [])
    time = next((d["id"] for d in obs_dims if _is_time(d)), None)
    base = _unit_mult(structure, "dataSet", dataset.get("attributes"))
    if "series" in dataset:
        for key, series in dataset["series"].items():
            head = fixed + _decode_key(key, series_dims)
            mult = _unit_mult(structure, "series", series.get("attributes")) or base
            for obs_key, obs in (series.get("observations") or {}).items():
                scale = _unit_mult(structure, "observation", _obs_attributes(obs)) or mult
                yield _row(request, head + _decode_key(obs_key, obs_dims), obs, time, scale)
    for obs_key, obs in (dataset.get("observations") or {}).items():
        scale = _unit_mult(structure, "observation", _obs_attributes(obs)) or base
        yield _row(request, fixed + _decode_key(obs_key, obs_dims), obs, time, scale)


def _obs_attributes(obs: Any) -> list[Any] | None:
    return obs[1:] if isinstance(obs, list) else None


def _unit_mult(structure: dict[str, Any], level: str, indexes: list[Any] | None) -> str | None:
    """The UNIT_MULT attribute (values are powers of ten) at one level, as a scale: "1000000"."""
    attributes = (structure.get("attributes") or {}).get(level) or []
    for position, attribute in enumerate(attributes):
        if attribute.get("id") != "UNIT_MULT":
            continue
        values = attribute.get("values") or []
        index = indexes[position] if indexes is not None and position < len(indexes) else None
        if index is None and level == "dataSet" and len(values) == 1:
            index = 0  # a data-set attribute with one value applies to every observation
        if index is None:
            return None
        code = values[int(index)].get("id") or values[int(index)].get("value")
        return str(10 ** int(code))
    return None


def _is_time(dim: dict[str, Any]) -> bool:
    roles = dim.get("roles") or [dim.get("role")]
    return dim.get("id") == "TIME_PERIOD" or any(r in ("TIME_PERIOD", "time") for r in roles if r)


def _decode_key(key: str, dims: list[dict[str, Any]]) -> list[Dim]:
    parts = [p for p in str(key).split(":")] if key != "" else []
    if len(parts) != len(dims):
        raise ValueError(f"key {key!r} has {len(parts)} parts for {len(dims)} dimensions")
    return [_dim(dim, dim["values"][int(part)]) for dim, part in zip(dims, parts)]


def _dim(dim: dict[str, Any], value: dict[str, Any]) -> Dim:
    code = value.get("id") or value.get("value") or ""
    name = value.get("name") or (value.get("names") or {}).get("en") or ""
    return Dim(str(dim["id"]), str(dim.get("name") or dim["id"]), (str(code),), str(name))


def _row(request: Request, dims: list[Dim], obs: Any, time: str | None, scale: str | None) -> Row:
    value = obs[0] if isinstance(obs, list) else obs
    period = next((d.member() for d in dims if d.id == time), None)
    return Row(
        series=request.series, period=period, value=number_text(value), dims=tuple(dims), scale=scale, time_dim=time
    )
