"""The shapes of a table source beyond the long one: wide tables, single series, .xlsx sheets.

A table is a list of records `(where, cells)`: `where` names the record for messages ("line 4",
"sheet 数据 row 4"), `cells` are its trimmed texts. `csv_.py` reads CSV text into records and
the long layout; this module reads an .xlsx sheet into records (openpyxl, an optional extra)
and turns the two other layouts into rows:

- wide: one column per period, the periods read from the header (`2019`, `2019年`, `2019-06`,
  `2019年3月`, `2019Q1`, `2019年一季度`); every other column is the series or a dimension.
- series: one series, a period column and a value column (`DATE,VALUE` as FRED and many
  portals publish it); the series is named by the `series` option, else the value column's header.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Sequence
from typing import Any

from factcheck.sources.base import Dim, Request, Row, SourceError
from factcheck.sources.select import period_key

Record = tuple[str, list[str]]
LAYOUTS = ("long", "wide", "series")
MAX_CELLS = 5_000_000  # a sheet that expands beyond this (a zip bomb, a whole database) is refused
_CANONICAL = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?")
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def is_workbook(body: bytes) -> bool:
    return body[:4] == b"PK\x03\x04"  # .xlsx is a zip archive


def read_sheet(body: bytes, sheet: str | None, request: Request) -> list[Record]:
    """The records of one sheet (the first when `sheet` is None), cells as text."""
    try:
        import openpyxl  # optional extra, only for .xlsx sources
    except ImportError:
        raise SourceError(
            "reading an .xlsx workbook needs the optional extra: pip install 'factcheck[xlsx]'", request.display()
        ) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - a damaged archive raises zlib, struct, zip and XML errors alike
        raise SourceError(f"not a readable .xlsx workbook ({type(error).__name__})", request.display()) from None
    try:
        if sheet is None:
            worksheet = book.worksheets[0]
        elif sheet in book.sheetnames:
            worksheet = book[sheet]
        else:
            raise SourceError(f"the workbook has no sheet {sheet!r} (sheets: {', '.join(book.sheetnames)})")
        name = worksheet.title
        records, seen = [], 0
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            seen += max(1, len(values))
            if seen > MAX_CELLS:
                raise SourceError(f"sheet {name} holds more than {MAX_CELLS} cells: too large to read")
            cells = [cell_text(value) for value in values]
            while cells and cells[-1] == "":
                cells.pop()
            records.append((f"sheet {name} row {number}", cells))
        width = max((len(cells) for _, cells in records), default=0)
        return [(where, cells + [""] * (width - len(cells))) for where, cells in records]
    except SourceError:
        raise
    except Exception as error:  # noqa: BLE001 - the sheet streams from the archive: the same errors, later
        raise SourceError(f"an unreadable sheet in the workbook ({type(error).__name__})", request.display()) from None
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell as the text a CSV would hold: 2022 not 2022.0, a date as 2022-03-01."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def header_period(text: str) -> str | None:
    """The period a header cell names, in the common spelling, or None when it names none."""
    cell = text.strip().replace(" ", "")
    if match := re.fullmatch(r"(\d{4})年?", cell):
        return match[1]
    if match := re.fullmatch(r"(\d{4})年(\d{1,2})月份?", cell):
        return f"{match[1]}-{int(match[2]):02d}" if 1 <= int(match[2]) <= 12 else None
    if match := re.fullmatch(r"(\d{4})年?第?([一二三四1-4])季度", cell):
        return f"{match[1]}-Q{_CN_QUARTER[match[2]]}"
    if match := re.fullmatch(r"(\d{4})年?([上下])半年", cell):
        return f"{match[1]}-H{1 if match[2] == '上' else 2}"
    key = period_key(cell)
    return key if key and _CANONICAL.fullmatch(key) else None


MakeRow = Callable[[str, str | None, str | None, tuple[Dim, ...], dict[str, str | None], str], Row]


def wide_rows(
    header: list[str], records: Sequence[Record], roles: dict[str, str], name: str | None, make: MakeRow
) -> list[Row]:
    """One row per record and period column; the series column (or the `series` option) names the series."""
    periods = {i: header_period(cell) for i, cell in enumerate(header)}
    periods = {i: period for i, period in periods.items() if period}
    if not periods:
        raise SourceError(
            f"a wide table needs period columns (2019, 2019年, 2019-06 ...); columns: {', '.join(header)}"
        )
    index = {cell: i for i, cell in enumerate(header) if i not in periods}
    if roles["series"] not in index and name is None:
        raise SourceError(
            f"a wide table needs a series column {roles['series']!r} or the `series` option naming its one series "
            f"(columns: {', '.join(header)})"
        )
    special = {roles[role] for role in ("series", "scale", "unit")}
    dims = [(i, cell) for cell, i in index.items() if cell not in special]
    out = []
    for where, cells in records:
        _check_width(where, cells, header)
        series = cells[index[roles["series"]]] if roles["series"] in index else name or ""
        extra = {role: _cell(cells, index.get(roles[role])) for role in ("scale", "unit")}
        dimensions = tuple(Dim(dim, dim, (cells[i],), cells[i]) for i, dim in dims)
        for i, period in periods.items():
            out.append(make(series, period, cells[i] or None, dimensions, extra, where))
    return out


def series_rows(
    header: list[str], records: Sequence[Record], roles: dict[str, str], name: str | None, make: MakeRow
) -> list[Row]:
    """A single series: the period column (named, else the first), the value column (named, else the next)."""
    index = {cell: i for i, cell in enumerate(header)}
    period_at = index.get(roles["period"], 0)
    value_at = index.get(roles["value"], next((i for i in range(len(header)) if i != period_at), None))
    if value_at is None or value_at == period_at:
        raise SourceError(f"a single-series table needs a period and a value column (columns: {', '.join(header)})")
    series = name or header[value_at]
    special = {header[period_at], header[value_at], roles["scale"], roles["unit"]}
    dims = [(i, cell) for i, cell in enumerate(header) if cell not in special]
    out = []
    for where, cells in records:
        _check_width(where, cells, header)
        extra = {role: _cell(cells, index.get(roles[role])) for role in ("scale", "unit")}
        dimensions = tuple(Dim(dim, dim, (cells[i],), cells[i]) for i, dim in dims)
        out.append(make(series, cells[period_at], cells[value_at] or None, dimensions, extra, where))
    return out


def _check_width(where: str, cells: list[str], header: list[str]) -> None:
    if len(cells) != len(header):
        raise SourceError(f"{where} has {len(cells)} cells, the header {len(header)}")


def _cell(cells: list[str], i: int | None) -> str | None:
    return None if i is None else (cells[i] or None)
