"""A level stated as a percent of another, both levels stated beside their names (English): `share`.

"Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who
were union members ($1,004)"; "Women's median earnings, $1,005, were 82 percent of men's ($1,225)".
The sentence names both figures and says one is the given percent of the other: the share of the
level just before "were N percent of" in the level right after the words "of …" (in brackets, or
right after "of"). Other words between the level and its percent, or a figure between the percent
and the whole, and nothing is drafted (the `share` pattern reads "accounted for", ", or").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension

ID = "percent-of"

#: Between the part and the percent: "($802) were ", ", $1,005, were ".
_PART_TO_PERCENT = re.compile(
    r"(?i)^\s*[),]?\s*(?:was|were|is|are|equalled|equaled|amounted to)"
    r"(?:\s+(?:about|around|nearly|almost|roughly|some))?\s*$"
)
#: Between the percent and the whole: " percent of earnings for workers who were union members ($".
_PERCENT_TO_WHOLE = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s+of\s+(?:(?:the\s+)?[$£€]?\s*$|[^.;()\d]{1,80}?[(,]\s*[$£€]?\s*$)"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(1, len(ctx.mentions) - 1):
        if ctx.dimension(i) != "percent" or ctx.mentions[i].type != "count":
            continue
        part, whole = i - 1, i + 1
        if not (ctx.sentence_of[part] == ctx.sentence_of[i] == ctx.sentence_of[whole]):
            continue
        if not _level(ctx, part) or not _level(ctx, whole) or not same_dimension(ctx, [part, whole]):
            continue
        if not _PART_TO_PERCENT.match(ctx.between(part, i)) or not _PERCENT_TO_WHOLE.match(ctx.between(i, whole)):
            continue
        check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
        rule = f"{ID}: {label_of(ctx, part)} as a percent of {label_of(ctx, whole)}, both stated"
        yield Relation(i, check, 0.8, rule)


def _level(ctx: Context, j: int) -> bool:
    return (
        ctx.statistic(j)
        and ctx.mentions[j].type == "count"
        and ctx.quantities[j] is not None
        and ctx.dimension(j) not in (None, "percent", "points", "permille")
    )
