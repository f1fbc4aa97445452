"""A growth rate in a sentence with the level reached and, after words of comparison, the level it is
compared with: `growth` from the second level to the first.

"Arrivals from the region jumped by 64 percent, with 1,230 visitors, in comparison to only 750 a
year earlier"; "The region sent 9,029 visitors, an 86 percent increase on the same weeks of last year,
when there were 4,847": the level compared with comes last, after "in comparison to", "compared
with", "where (when) there were", "against"; the rate before it, on either side of the level reached.
Only a sentence of these three statistics (a fourth figure would make the reading a guess), the rate
in percent and a growth by its words, the two levels of one dimension and not rates themselves.
The orders `levels` reads ("up 3% to A from B") are its own. English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "rate-and-levels"

#: The words between the level reached (or the rate) and the level compared with.
_COMPARED = re.compile(
    r"(?i)\b(?:compared\s+(?:to|with)|(?:in\s+)?comparison\s+(?:to|with)|(?:where|when)\s+there\s+(?:were|was)"
    r"|as\s+against|against)\s+(?:only\s+|just\s+|some\s+|about\s+)?$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    seen: set[tuple[int, int]] = set()
    for i in range(len(ctx.mentions)):
        where = ctx.sentence_of[i]
        if where in seen:
            continue
        seen.add(where)
        figures = [k for k in ctx.in_sentence(i) if ctx.statistic(k)]
        if len(figures) != 3:
            continue
        rates = [k for k in figures if ctx.dimension(k) == "percent"]
        if len(rates) != 1 or ctx.mentions[rates[0]].type != "growth":
            continue
        rate = rates[0]
        level, earlier = (k for k in figures if k != rate)
        if earlier < rate or ctx.dimension(level) in (None, "", "points", "permille"):
            continue
        if not same_dimension(ctx, [level, earlier]) or not _COMPARED.search(ctx.between(earlier - 1, earlier)):
            continue
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
        yield Relation(rate, check, 0.6, f"{ID}: a rate, the level reached and the level compared with after it")
