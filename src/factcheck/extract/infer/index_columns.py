"""A table row of index levels by period and the changes over a span, under a header whose groups
span them (`grammar.spanheader`): "Index" over "Mar 2020 | Feb 2021 | Mar 2021", "% change" over
"1 month | 12 months". Each change in percent is the `growth` of its row's index from the column of
the period that span before the latest to the latest column: the 1-month change from Feb 2021 to
Mar 2021, the 12-month change from Mar 2020 to Mar 2021. A change whose earlier period has no
column of its own is left alone; the values are never consulted, a wrong cell must fail.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.grammar.spanheader import SpannedHeader, spanned_header
from factcheck.grammar.tables import cells

ID = "index-columns"
_HEADER_DEPTH = 40  # rows between a row and its table's header, at most


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, row in ctx.by_paragraph.items():
        header = _header(ctx, number)
        if header is None:
            continue
        text = ctx.document.paragraphs[number - 1].text
        row_cells = [cell for cell in cells(text)]
        shift = len(row_cells) - len(header.units)
        if shift < 0:
            continue
        at = {}
        for index in row:
            column = next(
                (i for i, c in enumerate(row_cells) if c.start <= ctx.mentions[index].value_start < c.end), None
            )
            if column is not None and column >= shift:
                at[column - shift] = index
        levels = {header.periods[c]: i for c, i in at.items() if header.periods[c] and header.units[c] is None}
        if len(levels) < 2:
            continue
        latest = max(levels)
        for column, index in at.items():
            months = header.months[column]
            unit = header.units[column]
            if not months or unit is None or unit.unit != "%" or ctx.quantities[index] is None:
                continue
            earlier = levels.get(_months_before(latest, months))
            if earlier is None:
                continue
            check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(levels[latest])}}
            yield Relation(index, check, 0.75, f"{ID}: the change over its span, from the index columns of its row")


def _header(ctx: Context, number: int) -> SpannedHeader | None:
    """The spanned header over the row in paragraph `number`: the nearest above, rows of cells between."""
    paragraphs = ctx.document.paragraphs
    for above in range(number - 1, max(1, number - _HEADER_DEPTH), -1):
        line, groups = paragraphs[above - 1].text, paragraphs[above - 2].text
        if not cells(line):
            return None
        header = spanned_header(groups, line)
        if header is not None and header.months:
            return header
    return None


def _months_before(period: str, months: int) -> str:
    """The month `months` before "YYYY-MM" (a year before "YYYY" for 12), else ""."""
    if len(period) == 4 and period.isdigit():
        return str(int(period) - months // 12) if months % 12 == 0 else ""
    if len(period) != 7 or period[4] != "-" or not period[5:].isdigit():
        return ""
    count = int(period[:4]) * 12 + int(period[5:]) - 1 - months
    return f"{count // 12}-{count % 12 + 1:02d}"
