"""A table row of changes over the previous year under the row of the levels it compares.

"Index | 96.789 | 98.048 | … | 104.45 |" then "Change over the previous year | 2.2 | 1.3 | … | 1.5",
one column a year: each change is the growth from the level of the year before to the level of its
own year (`growth: {from: 2012's index, to: 2013's}`). The first column's change compares a level
the table does not give: its growth goes under `x-todo`, the year before's level a source to name.
Only rows of as many figures as the levels' row, each column of one year, the years one after the
other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, same_dimension

ID = "row-change"

_LABEL = re.compile(
    r"(?i)^\W*(?:percent(?:age)? )?(?:change|growth|increase)s?(?: \(%\)| in percent| in %)?\s+"
    r"(?:over|from|on|to)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+year\W*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, row in ctx.by_paragraph.items():
        if number - 1 not in ctx.by_paragraph or not _LABEL.match(_label(ctx, row[0])):
            continue
        levels = ctx.by_paragraph[number - 1]
        if len(levels) != len(row) or len(row) < 2:
            continue
        years = [_year(ctx, j) for j in row]
        if None in years or years != [_year(ctx, j) for j in levels]:
            continue
        if any(b != a + 1 for a, b in zip(years, years[1:])):  # type: ignore[operator]
            continue
        if not same_dimension(ctx, levels) or ctx.dimension(levels[0]) in ("percent", "points"):
            continue
        for column, change in enumerate(row):
            if ctx.dimension(change) not in ("", "percent") or ctx.quantities[change] is None:
                continue
            if column == 0:
                yield _from_outside(ctx, change, levels[0], years[0])  # type: ignore[arg-type]
                continue
            check = {"growth": {"from": ctx.ref(levels[column - 1]), "to": ctx.ref(levels[column])}}
            yield Relation(change, check, 0.75, f"{ID}: the change over the previous year's level in the row above")


def _from_outside(ctx: Context, change: int, level: int, year: int) -> Relation:
    """The first column's change: from the year before's level, which the table does not give."""
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
        "period": str(year - 1),
    }
    note = "the year before's level is not in the table: name the source that gives it"
    rule = f"{ID}: the first column's change over the previous year, from a level the table does not give"
    return Relation(change, {"growth": {"from": earlier, "to": ctx.ref(level)}}, 0.6, rule, todo=True, note=note)


def _label(ctx: Context, first: int) -> str:
    return ctx.paragraph_text(first)[: ctx.mentions[first].start].replace("|", " ")


def _year(ctx: Context, index: int) -> int | None:
    period = ctx.mentions[index].period or ""
    return int(period) if re.fullmatch(r"(?:19|20)\d\d", period) else None
