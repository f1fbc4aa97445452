"""Two rates compared, then the change between them in points written as percent (English).

"The annual food inflation rate for March 2015 was recorded at 7.2 percent compared to 7.6 percent
which was recorded in February 2015 that indicates a decrease of 0.4 percent": the change of a rate
is its gap in points, `difference` of the rate and the one it is compared to, though the text
writes "percent".

The words read are "A compared to (with) / against / versus B …, indicating / that shows (a
decrease) of C", the three figures in percent and alone in their sentence. "Percent" may also mean
the relative change, so the figures decide: C must be A − B within its rounding and not the growth
from B to A (a change that is both is left to the rules that read the words for it).

Drafted under `x-todo`: as written ("%") the check fails, points against percent, the text's slip
rather than a wrong figure; the reviewer writes the claim's unit as points to keep the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.levels_after import is_rate

ID = "compared-rates"
_NOTE = "the text writes percent for a change in percentage points: write the claim's unit as points to check it"

_COMPARED = re.compile(r"(?i)^\s*,?\s*(?:as\s+)?(?:compared\s+(?:to|with)|against|versus|vs\.?)\s*$")
_CHANGE = re.compile(
    r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,80}?\b(?:indicat|represent|show|mark|reflect|signal)\w*\s+"
    r"(?:an?\s+)?(?:decrease|increase|rise|fall|drop|decline|change)\s+of\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if not is_rate(ctx, i):
            continue
        sentence = ctx.in_sentence(i)
        if len(sentence) != 3 or sentence[-1] != i or not all(is_rate(ctx, j) for j in sentence):
            continue
        now, then = sentence[0], sentence[1]
        if not _COMPARED.match(ctx.between(now, then)) or not _CHANGE.match(ctx.between(then, i)):
            continue
        if _points_not_growth(ctx, now, then, i):
            check = {"difference": [ctx.ref(now), ctx.ref(then)]}
            yield Relation(i, check, 0.7, f"{ID}: the points between them", todo=True, note=_NOTE)


def _points_not_growth(ctx: Context, now: int, then: int, change: int) -> bool:
    """C is A − B within its rounding, and is not the relative change from B to A."""
    a, b, quantity = ctx.midpoint(now), ctx.midpoint(then), ctx.quantities[change]
    if not b or a is None or quantity is None or quantity.interval.lo is None or quantity.interval.hi is None:
        return False
    low, high = float(quantity.interval.lo), float(quantity.interval.hi)
    slack = 0.02 * max(high - low, 0.01)

    def fits(value: float) -> bool:
        return low - slack <= value <= high + slack

    return fits(a - b) and not fits(100 * (a / b - 1))
