"""A growth rate said to result from the level of an earlier period, the later level stated before (English).

"… the GDP for the year of 2015 has reached up to Rs. Million 8,622,825. The GDP value reported for the
year 2014 was Rs. Million 8,228,986 resulting a positive growth rate of 4.8 percent for the year 2015": the
rate is the growth from the level just before it (2014) to the one level of its own period stated in its
sentence or the sentence before (2015).

- the words right before the rate say it results: "resulting (in) a (positive) growth rate of";
- the figure just before the rate in its sentence is a level of another period than the rate's;
- exactly one level of that dimension and of the rate's period stands before it, in the rate's sentence
  or the one before.

The rate carries the check (0.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "resulting-growth"

_RESULTING = re.compile(
    r"(?i)\bresult(?:ing|ed|s)?\s+(?:in\s+)?(?:an?\s+)?(?:positive\s+|negative\s+)?(?:growth|increase)"
    r"(?:\s+rate)?\s+of\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(1, len(ctx.mentions)):
        if ctx.dimension(r) != "percent" or not ctx.statistic(r) or not _RESULTING.search(ctx.before(r, 60)):
            continue
        earlier = r - 1
        if ctx.sentence_of[earlier] != ctx.sentence_of[r] or not _level(ctx, earlier):
            continue
        period = ctx.mentions[r].period
        if period is None or ctx.mentions[earlier].period in (None, period):
            continue
        paragraph, sentence = ctx.sentence_of[r]
        later = [
            j
            for j in ctx.in_paragraph(r)
            if j < earlier
            and ctx.sentence_of[j] in ((paragraph, sentence), (paragraph, sentence - 1))
            and _level(ctx, j)
            and same_dimension(ctx, [j, earlier])
            and ctx.mentions[j].period == period
        ]
        if len(later) == 1:
            check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(later[0])}}
            yield Relation(r, check, 0.6, f"{ID}: the growth from the earlier level to the level of its period")


def _level(ctx: Context, j: int) -> bool:
    return (
        ctx.statistic(j) and ctx.mentions[j].type == "count" and ctx.dimension(j) not in (None, "", "percent", "points")
    )
