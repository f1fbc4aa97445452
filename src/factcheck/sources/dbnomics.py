"""dbnomics: the DBnomics series API v22 (IMF, OECD, Eurostat, NBS, ... series in one place).

`series` is `PROVIDER/DATASET/SERIES` (`IMF/WEO:2024-10/CHN.NGDP_RPCH.pcent_change`); every
series of a run goes in one request (`/v22/series?series_ids=a,b&observations=1`, 50 per call).
`series: PROVIDER/DATASET` with `where` asks the dataset for the series whose dimensions match
(`/v22/series/NBS/M_A01?dimensions={"region":["370700"]}`), which is how `across` works here.
The API has no period filter: whole series come back and the period is picked here.

```yaml
sources:
  dbnomics: {type: dbnomics}
compare: {source: dbnomics, series: IMF/WEO:2024-10/CHN.NGDP_RPCH.pcent_change, period: "2023", unit: "%"}
```

Pass: the series publishes 5.2 for 2023 and the claim says 5.2% → confirmed.
Fail: the series publishes "NA" for that year → unverifiable; an unknown series answers 404 → error.
"""

from __future__ import annotations

import json
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
    load_json,
    number_text,
    path_part,
)

TYPE = "dbnomics"
DEFAULT_URL = "https://api.db.nomics.world"
OPTIONS: dict[str, Any] = {}
PER_CALL = 50
LIMIT = 1000


def check_options(options: dict[str, Any], raw: Any) -> None:
    """DBnomics takes only the common options."""


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    base = source.base_url(DEFAULT_URL)
    whole = sorted({ref.series for ref in refs if ref.series.count("/") >= 2})
    batches = []
    for start in range(0, len(whole), PER_CALL):
        chunk = whole[start : start + PER_CALL]
        group = tuple(ref for ref in refs if ref.series in chunk)
        if len(chunk) == 1:
            request = Request(f"{base}/v22/series/{_path(chunk[0])}", (("observations", "1"),))
        else:
            request = Request(f"{base}/v22/series", (("observations", "1"), ("series_ids", ",".join(chunk))))
        batches.append(Batch((request,), group))
    datasets: dict[tuple[str, tuple], list[SourceRef]] = {}
    for ref in refs:
        if ref.series.count("/") == 1:
            datasets.setdefault((ref.series, ref.where), []).append(ref)
        elif ref.series.count("/") == 0:
            raise SourceError(f"a DBnomics series is PROVIDER/DATASET[/SERIES], not {ref.series!r}")
    for (dataset, where), refs_of_dataset in sorted(datasets.items()):
        dims = json.dumps({key: [value] for key, value in where}, ensure_ascii=False, sort_keys=True)
        params = [("observations", "1"), ("limit", str(LIMIT)), ("offset", "0")]
        if where:
            params.insert(0, ("dimensions", dims))
        batches.append(Batch((Request(f"{base}/v22/series/{_path(dataset)}", tuple(params)),), tuple(refs_of_dataset)))
    return batches


def _path(series: str) -> str:
    return path_part(series, "series", 3)


def decode(body: bytes, request: Request, source: SourceConfig) -> Any:
    doc = load_json(body, "the DBnomics API")
    if (
        not isinstance(doc, dict)
        or not isinstance(doc.get("series"), dict)
        or not isinstance(doc["series"].get("docs"), list)
    ):
        message = doc.get("message") if isinstance(doc, dict) else None
        raise SourceError(
            f"the DBnomics API answered no series list{': ' + str(message) if message else ''}", request.display()
        )
    return doc


def follow(request: Request, doc: Any) -> list[Request]:
    """Further pages of a dataset query: `num_found` beyond `limit`."""
    params = dict(request.params)
    if params.get("offset") != "0":
        return []
    found = int(doc["series"].get("num_found") or 0)
    return [
        Request(request.url, tuple((k, str(offset) if k == "offset" else v) for k, v in request.params))
        for offset in range(LIMIT, min(found, 100 * LIMIT), LIMIT)
    ]


def rows(doc: Any, request: Request, source: SourceConfig) -> list[Row]:
    out = []
    dataset_query = request.url.partition("/v22/series/")[2].count("/") == 1
    for series in doc["series"]["docs"]:
        try:
            name = f"{series['provider_code']}/{series['dataset_code']}/{series['series_code']}"
            periods, values = series["period"], series["value"]
        except (KeyError, TypeError):
            raise SourceError(
                "the DBnomics API answered a series without codes, periods or values", request.display()
            ) from None
        if len(periods) != len(values):
            raise SourceError(
                f"the DBnomics series {name} has {len(periods)} periods but {len(values)} values", request.display()
            )
        labels = series.get("dimensions_values_labels") or {}
        dims = tuple(
            Dim(str(k), str(k), (str(v),), _label(labels, k, v))
            for k, v in sorted((series.get("dimensions") or {}).items())
        )
        published = f"{series['provider_code']}/{series['dataset_code']}" if dataset_query else name
        for period, value in zip(periods, values):
            out.append(
                Row(
                    series=published,
                    period=str(period),
                    value=number_text(value),
                    dims=dims,
                    note=name if dataset_query else None,
                )
            )
    return out


def _label(labels: Any, dim: str, code: Any) -> str:
    table = labels.get(dim) if isinstance(labels, dict) else None
    if isinstance(table, dict):
        return str(table.get(str(code), ""))
    if isinstance(table, list):  # [[code, label], ...]
        for pair in table:
            if isinstance(pair, list) and len(pair) == 2 and str(pair[0]) == str(code):
                return str(pair[1])
    return ""
