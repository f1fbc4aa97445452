"""csv: a CSV table, a local file of the claims repository or an http(s) URL.

Columns `series`, `period` and `value` by default; `columns:` renames them (and may name a
`scale` and a `unit` column). Every other column is a dimension that `where` filters on.
Values are read with the claim value grammar, so a published "61%" or "725万" keeps its
rounding interval; `scale` (column or option, `1e8` for a column in 亿元) gives the unit of
`value` in base units; `unit` (column or option) its unit. Text is UTF-8 (with or without
BOM) or GB18030, as Chinese statistics offices publish (`encoding: auto` tries them in order).

```yaml
sources:
  weifang-bulletin:
    type: csv
    path: data/weifang-2022-bulletin.csv          # or url: https://.../table.csv
    columns: {series: 指标, period: 年份, value: 数值}
    scale: 1e8
    citation: {title: 潍坊市2022年国民经济和社会发展统计公报}
compare: {source: weifang-bulletin, series: 地区生产总值, where: {地区: 潍坊市}, period: "2022", unit: 元}
```

Pass: the row 地区生产总值,2022,潍坊市,7306.45 gives [7306.445e8, 7306.455e8] 元 → confirmed
for a claim of 7306.45亿元. Fail: no row for 2021 → unverifiable; two rows for 2022 (one per
region) without `where` → error naming both rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factcheck.model import SourceRef
from factcheck.sources import tables
from factcheck.sources.base import (
    Batch,
    Dim,
    Request,
    Row,
    SourceConfig,
    SourceError,
    mapping_option,
    text_option,
)

TYPE = "csv"
DEFAULT_URL = ""
ROLES = ("series", "period", "value", "scale", "unit")
ENCODINGS = ("auto", "utf-8", "gb18030")


def _columns(raw: Any) -> dict[str, str]:
    columns = mapping_option(raw)
    for role in columns:
        if role not in ROLES:
            raise ValueError(f"renames {role!r}; the columns it can rename are {', '.join(ROLES)}")
    return columns


def _encoding(raw: Any) -> str:
    text = text_option(raw).lower().replace("_", "-")
    if text not in ENCODINGS:
        raise ValueError(f"must be one of {', '.join(ENCODINGS)}")
    return text


def _delimiter(raw: Any) -> str:
    text = text_option(raw)
    if len(text) != 1:
        raise ValueError("must be one character")
    return text


def _layout(raw: Any) -> str:
    text = text_option(raw)
    if text not in tables.LAYOUTS:
        raise ValueError(f"must be one of {', '.join(tables.LAYOUTS)}")
    return text


OPTIONS = {
    "path": text_option,
    "columns": _columns,
    "encoding": _encoding,
    "delimiter": _delimiter,
    "layout": _layout,
    "series": text_option,
    "sheet": text_option,
}


def check_options(options: dict[str, Any], raw: Any) -> None:
    if bool(options.get("path")) == bool(raw.get("url")):
        raise ValueError("a csv source needs exactly one of `path` (a local file) and `url`")


def requests(refs: Sequence[SourceRef], source: SourceConfig) -> list[Batch]:
    """The whole table is one document, read once for every reference to it."""
    return [Batch((Request(location(source)),), tuple(refs))] if refs else []


def location(source: SourceConfig) -> str:
    path = source.options.get("path")
    if path is None:
        return source.url or ""
    if str(path).startswith(("http://", "https://")):
        return str(path)
    full = Path(path) if Path(path).is_absolute() else source.root / path
    return f"file:{full}"


def decode(body: bytes, request: Request, source: SourceConfig) -> str | list[tables.Record]:
    if tables.is_workbook(body):
        return tables.read_sheet(body, source.options.get("sheet"), request)
    if "sheet" in source.options:
        raise SourceError("`sheet` names a sheet of an .xlsx workbook; this file is not one", request.display())
    text = _text(body, source.options.get("encoding", "auto"), request)
    if text.lstrip()[:1] == "<":
        raise SourceError("expected a CSV table, got an HTML or XML page", request.display())
    return text


def _text(body: bytes, encoding: str, request: Request) -> str:
    tries = ("utf-8-sig", "gb18030") if encoding == "auto" else ("utf-8-sig" if encoding == "utf-8" else encoding,)
    for name in tries:
        try:
            return body.decode(name)
        except UnicodeDecodeError:
            continue
    raise SourceError(f"the CSV is neither {' nor '.join(tries)} text", request.display())


def follow(request: Request, doc: Any) -> list[Request]:
    return []


def rows(doc: str | list[tables.Record], request: Request, source: SourceConfig) -> list[Row]:
    records = _records(doc, source.options.get("delimiter", ","), request) if isinstance(doc, str) else doc
    records = [(where, cells) for where, cells in records if any(cells)]
    if not records:
        raise SourceError("the CSV is empty", request.display())
    (_, header), records = records[0], records[1:]
    roles = {role: source.options.get("columns", {}).get(role, role) for role in ROLES}
    layout = source.options.get("layout") or (
        "series" if len(header) == 2 and roles["series"] not in header else "long"
    )
    if layout != "long":
        shape = tables.wide_rows if layout == "wide" else tables.series_rows
        try:
            return shape(header, records, roles, source.options.get("series"), _made)
        except SourceError as error:
            raise SourceError(error.reason, request.display()) from None
    index = {name: i for i, name in enumerate(header)}
    for role in ("series", "period", "value"):
        if roles[role] not in index:
            raise SourceError(
                f"the CSV has no {role} column {roles[role]!r} (columns: {', '.join(header)})", request.display()
            )
    used = {roles[role] for role in ROLES}
    dims = [(i, name) for i, name in enumerate(header) if name not in used]
    out = []
    for where, record in records:
        if len(record) != len(header):
            raise SourceError(f"{where} has {len(record)} cells, the header {len(header)}", request.display())
        out.append(_row(record, index, roles, dims, where))
    return out


def _records(text: str, delimiter: str, request: Request) -> list[tables.Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(f"line {reader.line_num}", [cell.strip() for cell in record]) for record in reader]
    except csv.Error as error:
        raise SourceError(f"unreadable CSV at line {reader.line_num}: {error}", request.display()) from None


def _made(
    series: str, period: str | None, value: str | None, dims: tuple[Dim, ...], extra: dict[str, str | None], where: str
) -> Row:
    """A row of a wide or single-series table, read like a long one's."""
    return Row(series, period or "", value, dims, extra["unit"], extra["scale"], exact=False, note=where)


def _row(
    record: list[str], index: dict[str, int], roles: dict[str, str], dims: list[tuple[int, str]], where: str
) -> Row:
    def cell(role: str) -> str | None:
        i = index.get(roles[role])
        return None if i is None else (record[i].strip() or None)

    # A blank period is "" (no period), not None (a source without periods): it matches no period.
    return Row(
        series=cell("series") or "",
        period=cell("period") or "",
        value=cell("value"),
        dims=tuple(Dim(name, name, (record[i].strip(),), record[i].strip()) for i, name in dims),
        unit=cell("unit"),
        scale=cell("scale"),
        exact=False,
        note=where,
    )
