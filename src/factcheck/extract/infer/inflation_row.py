"""A price index table's inflation row under its index row: `growth` between year columns.

"2009 CPI Classification | 2004-05 | 2005-06 | 2006-07 | 2007-08 | Nov | Dec | Jan", then
"General index | 153.23 | 164.21 | 176.06 | 193.54 | 207.14 | 204.90 | 204.04" and "Inflation | 6.48 | 7.17 |
7.22 | 9.93 | 6.12 | 6.03 | 6.06": the inflation of a year (or fiscal year) is the growth of the index
from the year before, so each cell of a year column that follows the column of the year before is the
growth from that column's index to its own (164.21 ÷ 153.23 − 1 = 7.17%).

- the row is labelled inflation (or inflation rate), right under a row of as many levels, an index by its
  label (General index) or by the table's title or header (Consumer Price Index);
- the columns' periods are read from the table's header row (the nearest line above with one cell more,
  its label cell): a year (2006) or a fiscal year (2005-06, 2005/06); consecutive years only;
- month columns (Nov, Dec, Jan) are skipped: their inflation is over the same month a year before, which
  the table does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "inflation-row"

_RATE = re.compile(r"(?i)^\W*(?:inflation(?: rate)?|rate of inflation)(?: \(%\))?\W*$")
_INDEX = re.compile(r"(?i)\bindex\b")
_YEAR = re.compile(r"^\s*(?P<start>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<end>\d\d|(?:19|20)\d\d))?\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, row in ctx.by_paragraph.items():
        levels = ctx.by_paragraph.get(number - 1)
        if levels is None or len(levels) != len(row) or len(row) < 2:
            continue
        if not _RATE.match(_label(ctx, row[0])):
            continue
        if not same_dimension(ctx, levels) or ctx.dimension(levels[0]) in ("percent", "points"):
            continue
        header, years = _column_years(ctx, number - 1, len(row))
        if not _INDEX.search(_label(ctx, levels[0])) and not _INDEX.search(_caption(ctx, header)):
            continue  # "Nonfood | 147.14 | …" is an index by the table's title ("Consumer Price Index …")
        for column in range(1, len(row)):
            before, year = years[column - 1], years[column]
            rate = row[column]
            if before is None or year != before + 1 or ctx.dimension(rate) not in ("", "percent"):
                continue
            check = {"growth": {"from": ctx.ref(levels[column - 1]), "to": ctx.ref(levels[column])}}
            yield Relation(
                rate, check, 0.75, f"{ID}: the inflation of a year is the index's growth from the year before"
            )


def _label(ctx: Context, first: int) -> str:
    return ctx.paragraph_text(first)[: ctx.mentions[first].start].replace("|", " ")


def _column_years(ctx: Context, levels_paragraph: int, cells: int) -> tuple[int, list[int | None]]:
    """The header row's paragraph number and the year each value column ends in (None: not a year)."""
    for number in range(levels_paragraph - 1, max(levels_paragraph - 30, 0), -1):
        text = ctx.document.paragraphs[number - 1].text
        if "|" not in text:
            continue
        header = [cell.strip() for cell in text.split("|")]
        if header and header[-1] == "":
            header.pop()
        if len(header) == cells + 1 and sum(bool(_YEAR.match(c)) for c in header[1:]) >= 2:
            return number, [_end_year(cell) for cell in header[1:]]
    return 0, [None] * cells


def _caption(ctx: Context, header: int) -> str:
    """The header row and the line above it (the table's title)."""
    return " ".join(ctx.document.paragraphs[n - 1].text for n in (header - 1, header) if n >= 1)


def _end_year(cell: str) -> int | None:
    """2006 → 2006; the fiscal year 2005-06 → 2006."""
    found = _YEAR.match(cell)
    if found is None:
        return None
    start, end = int(found.group("start")), found.group("end")
    if end is None:
        return start
    year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return year if year == start + 1 else None
