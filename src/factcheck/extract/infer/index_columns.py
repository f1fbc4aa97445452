"""A table row of index levels by period and the changes over a span, under a header whose groups
span them (`grammar.spanheader`): "Index" over "Mar 2020 | Feb 2021 | Mar 2021", "% change" over
"1 month | 12 months". Each change in percent is the `growth` of its row's index from the column of
the period that span before the latest to the latest column: the 1-month change from Feb 2021 to
Mar 2021, the 12-month change from Mar 2020 to Mar 2021. A change whose earlier period has no
column of its own is left alone. Under "% unit contribution" (points) over the same spans, when the
table's first row is its total ("All items", "Total") and every row under it has its contribution,
the total's change over a span is the sum of the rows' `contributions` over that span. The values
are never consulted: a wrong cell must fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.grammar.spanheader import SpannedHeader, spanned_header
from factcheck.grammar.tables import cells

ID = "index-columns"
_HEADER_DEPTH = 40  # rows between a row and its table's header, at most
_TOTAL = re.compile(r"(?i)\b(?:all\s+items|all\s+groups|total)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    tables: dict[int, list[tuple[str, dict[int, int]]]] = {}
    for number, row in ctx.by_paragraph.items():
        found = _header(ctx, number)
        if found is None:
            continue
        header, at = found[0], _columns(ctx, number, row, found[0])
        tables.setdefault(found[1], []).append((ctx.document.paragraphs[number - 1].text, at))
        yield from _growths(ctx, header, at)
    for start, rows in tables.items():
        header = spanned_header(ctx.document.paragraphs[start - 2].text, ctx.document.paragraphs[start - 1].text)
        if header is not None and len(rows) >= 3 and _TOTAL.search(rows[0][0]):
            yield from _contributions(ctx, header, [at for _, at in rows])


def _columns(ctx: Context, number: int, row: list[int], header: SpannedHeader) -> dict[int, int]:
    """The header's column of each figure of the row (matched from the right): the figure's index."""
    row_cells = cells(ctx.document.paragraphs[number - 1].text)
    shift = len(row_cells) - len(header.units)
    at: dict[int, int] = {}
    for index in row:
        start = ctx.mentions[index].value_start
        column = next((i for i, c in enumerate(row_cells) if c.start <= start < c.end), None)
        if column is not None and shift >= 0 and column >= shift:
            at[column - shift] = index
    return at


def _growths(ctx: Context, header: SpannedHeader, at: dict[int, int]) -> Iterator[Relation]:
    """Each change of the row over a span: the growth between the index columns that span apart."""
    levels = {header.periods[c]: i for c, i in at.items() if header.periods[c] and header.units[c] is None}
    if len(levels) < 2:
        return
    latest = max(levels)
    for column, index in at.items():
        unit = header.units[column]
        if not header.months[column] or unit is None or unit.unit != "%" or ctx.quantities[index] is None:
            continue
        earlier = levels.get(_months_before(latest, header.months[column]))
        if earlier is None:
            continue
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(levels[latest])}}
        yield Relation(index, check, 0.75, f"{ID}: the change over its span, from the index columns of its row")


def _contributions(ctx: Context, header: SpannedHeader, rows: list[dict[int, int]]) -> Iterator[Relation]:
    """The total row's change over each span: the sum of the other rows' contributions over it."""
    points = [c for c, unit in enumerate(header.units) if unit is not None and unit.unit == "percentage points"]
    for column, months in enumerate(header.months):
        unit = header.units[column]
        if not months or unit is None or unit.unit != "%" or column not in rows[0]:
            continue
        parts = [c for c in points if header.months[c] == months]
        if len(parts) != 1 or not all(parts[0] in row for row in rows[1:]):
            continue
        operands = [ctx.ref(row[parts[0]]) for row in rows[1:]]
        rule = f"{ID}: the total row's change, the sum of the rows' contributions over its span"
        yield Relation(rows[0][column], {"contributions": operands}, 0.7, rule)


def _header(ctx: Context, number: int) -> tuple[SpannedHeader, int] | None:
    """The spanned header over the row in paragraph `number` and its paragraph: the nearest above,
    rows of cells between."""
    paragraphs = ctx.document.paragraphs
    for above in range(number - 1, max(1, number - _HEADER_DEPTH), -1):
        line, groups = paragraphs[above - 1].text, paragraphs[above - 2].text
        if not cells(line):
            return None
        header = spanned_header(groups, line)
        if header is not None and any(header.months):
            return header, above
    return None


def _months_before(period: str, months: int) -> str:
    """The month `months` before "YYYY-MM" (a year before "YYYY" for 12), else ""."""
    if len(period) == 4 and period.isdigit():
        return str(int(period) - months // 12) if months % 12 == 0 else ""
    if len(period) != 7 or period[4] != "-" or not period[5:].isdigit():
        return ""
    count = int(period[:4]) * 12 + int(period[5:]) - 1 - months
    return f"{count // 12}-{count % 12 + 1:02d}"
