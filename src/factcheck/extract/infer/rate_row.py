"""A table's row of rates ("Inflation", "Growth rate") right under the row of the levels it compares.

"General index | 153.23 | 164.21 | …" then "Inflation | 6.48 | 7.17 | …" under the header "| 2004-05 |
2005-06 | … | Nov | Dec | Jan": a column of a year (a calendar year, or one split over two, fiscal or
crop) beside the column of the year before holds the growth of the level from that year to its own
(`growth: {from, to}`). A month's column (a rate over the same month a year before) and the first
year's compare a level the table does not give: nothing is drafted for them. The header is the
nearest row above naming two years or more, its columns matched from the right.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.grammar.headerunit import is_rate_row
from factcheck.grammar.namedmonthheader import column_years

ID = "rate-row"

_HEADER_REACH = 40  # paragraphs back to look for the header: a table's rows and group rows


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, row in ctx.by_paragraph.items():
        levels = ctx.by_paragraph.get(number - 1)
        if levels is None or len(levels) != len(row) or len(row) < 2:
            continue
        if not is_rate_row(_label(ctx, row[0])) or is_rate_row(_label(ctx, levels[0])):
            continue
        if not same_dimension(ctx, levels) or ctx.dimension(levels[0]) in ("percent", "points"):
            continue
        years = _header_years(ctx, number, len(row))
        for column in range(1, len(row)):
            this, before = years[column], years[column - 1]
            rate = row[column]
            if this is None or before is None or this != before + 1 or ctx.quantities[rate] is None:
                continue
            if ctx.dimension(rate) != "percent":
                continue
            check = {"growth": {"from": ctx.ref(levels[column - 1]), "to": ctx.ref(levels[column])}}
            yield Relation(rate, check, 0.75, f"{ID}: the rate row's growth over the year before's level above")


def _label(ctx: Context, first: int) -> str:
    return ctx.paragraph_text(first)[: ctx.mentions[first].start].replace("|", " ").strip()


def _header_years(ctx: Context, number: int, width: int) -> list[int | None]:
    """The years over the row's `width` columns (the label's first), from the nearest header above."""
    paragraphs = ctx.document.paragraphs
    for back in range(number - 2, max(0, number - 2 - _HEADER_REACH), -1):
        text = paragraphs[back - 1].text
        if "|" not in text and len(text) > 80:
            break  # prose: the table began after it
        years = column_years(text)
        if years:
            columns = [None, *years]
            return columns[-width:] if len(columns) >= width else [None] * width
    return [None] * width
