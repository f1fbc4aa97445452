"""jsonstat: JSON-stat 2.0 datasets (Eurostat's statistics API, many statistics offices).

`series` is the dataset path below `url` (`une_rt_m`); one document is fetched per dataset and
query. `where` picks a category of each dimension by dimension id or label and category id or
label (`{geo: DE}` or `{geo: Germany}`); `period` matches the time dimension (`role.time`, else
a dimension called time/TIME_PERIOD/year). Category `index` as an array or an object, `value`
as a dense array or a sparse object, and `status` flags are read. `params` adds query
parameters; `where_params: true` also sends each `where` pair as one (Eurostat filters
`geo=DE` on the server), and `period_param: time` sends the period under that name.

```yaml
sources:
  eurostat:
    type: jsonstat
    url: https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data
    params: {format: JSON, lang: EN}
    where_params: true
compare: {source: eurostat, series: une_rt_m, where: {geo: DE, s_adj: SA, age: TOTAL, unit: PC_ACT, sex: T},
          period: 2026-06, unit: "%"}
```

Pass: DE 2026-06 is published as 4.0 and the claim says 4.0% → confirmed.
Fail: 2026-08 is listed but has no value → unverifiable; a dataset of class `collection` → error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.model import SourceRef
from factcheck.sources.base import (
    Batch,
    Dim,
    Request,
    Row,
    SourceConfig,
    SourceError,
    bool_option,
    load_json,
    mapping_option,
    number_text,
    path_part,
    text_option,
)

TYPE = "jsonstat"
DEFAULT_URL = ""
OPTIONS = {"params": mapping_option, "where_params": bool_option, "period_param": text_option}
TIME_NAMES = ("time", "time_period", "year", "period", "date")


def check_options(options: dict[str, Any], raw: Any) -> None:
    if not raw.get("url"):
        raise ValueError("a jsonstat source needs `url` (the base of its dataset paths)")


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    groups: dict[tuple, list[SourceRef]] = {}
    for ref in refs:
        groups.setdefault(_query(ref, source), []).append(ref)
    base = source.base_url(DEFAULT_URL)
    return [
        Batch((Request(f"{base}/{path_part(series.lstrip('/'), 'dataset', 8)}", params, series=series),), tuple(group))
        for (series, params), group in sorted(groups.items())
    ]


def _query(ref: SourceRef, source: SourceConfig) -> tuple[str, tuple[tuple[str, str], ...]]:
    params = dict(source.options.get("params", {}))
    if source.options.get("where_params"):
        params.update({key: value for key, value in ref.where})
    if source.options.get("period_param") and ref.period:
        params[source.options["period_param"]] = ref.period
    return ref.series, tuple(sorted(params.items()))


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    doc = load_json(body, "the JSON-stat endpoint")
    if isinstance(doc, dict) and doc.get("class") in ("collection", "bundle"):
        raise SourceError(f"the JSON-stat endpoint answered a {doc['class']}, not a dataset", request.display())
    if not isinstance(doc, dict) or not all(k in doc for k in ("id", "size", "dimension", "value")):
        raise SourceError(
            "the JSON-stat endpoint answered JSON that is not a JSON-stat 2.0 dataset (id, size, dimension, value)",
            request.display(),
        )
    return doc


def follow(request: Request, doc: Any) -> list[Request]:
    """JSON-stat datasets come whole: no pages."""
    return []


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    try:
        return _rows(doc, request)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
        raise SourceError(
            f"the JSON-stat dataset does not fit its own id/size/dimension ({error!r})", request.display()
        ) from None


def _rows(doc: dict[str, Any], request: Request) -> list[Row]:
    ids, sizes = [str(i) for i in doc["id"]], [int(n) for n in doc["size"]]
    if len(ids) != len(sizes):
        raise ValueError("id and size differ in length")
    axes = [_categories(str(dim_id), doc["dimension"][dim_id], size) for dim_id, size in zip(ids, sizes)]
    time = _time_dim(doc, ids)
    status = doc.get("status")
    out = []
    for flat, value in _cells(doc["value"], sizes):
        dims, rest = [], flat
        for axis, size in zip(reversed(axes), reversed(sizes)):
            dims.append(axis[rest % size])
            rest //= size
        dims.reverse()
        period = next((d.member() for d in dims if d.id == time), None)
        out.append(
            Row(
                series=request.series,
                period=period,
                value=number_text(value),
                dims=tuple(dims),
                note=_status(status, flat),
                time_dim=time,
            )
        )
    return out


def _categories(dim_id: str, dim: dict[str, Any], size: int) -> list[Dim]:
    category = dim.get("category") or {}
    index = category.get("index")
    labels = category.get("label") or {}
    if isinstance(index, list):
        codes = [str(code) for code in index]
    elif isinstance(index, dict):
        codes = [str(code) for code, _ in sorted(index.items(), key=lambda item: int(item[1]))]
    elif len(labels) == 1:  # a single category may omit its index
        codes = [str(next(iter(labels)))]
    else:
        raise ValueError(f"dimension {dim_id!r} has no category index")
    if len(codes) != size:
        raise ValueError(f"dimension {dim_id!r} lists {len(codes)} categories but size says {size}")
    label = str(dim.get("label") or dim_id)
    return [Dim(dim_id, label, (code,), str(labels.get(code, ""))) for code in codes]


def _time_dim(doc: dict[str, Any], ids: list[str]) -> str | None:
    role = (doc.get("role") or {}).get("time") or []
    if role:
        return str(role[0])
    return next((i for i in ids if i.casefold() in TIME_NAMES), None)


def _cells(value: Any, sizes: list[int]) -> list[tuple[int, Any]]:
    total = 1
    for size in sizes:
        total *= size
    if isinstance(value, list):
        if len(value) != total:
            raise ValueError(f"value has {len(value)} cells, size says {total}")
        return list(enumerate(value))
    if isinstance(value, dict):
        cells = [(int(key), item) for key, item in value.items()]
        if any(not 0 <= flat < total for flat, _ in cells):
            raise ValueError("a value index lies outside size")
        return sorted(cells)
    raise ValueError("value is neither an array nor an object")


def _status(status: Any, flat: int) -> str | None:
    if isinstance(status, str):
        return status
    if isinstance(status, list) and flat < len(status):
        return status[flat]
    if isinstance(status, dict):
        return status.get(str(flat))
    return None
