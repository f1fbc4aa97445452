"""A rate of change with both its levels in brackets, or "to A from B" after it (English): `growth`.

- "Manufactured goods imports declined in Q4 2017 by 0.28% (N1,209.9 billion) in comparison to Q3
  2017 (N1,213.3 billion), but grew by 10% in comparison to Q4 2016 (N1,099.5 billion)": the
  sentence's one level of now, and after each rate, before the next, one level then in brackets after
  the words of a comparison (than, compared, in comparison to, over, against, relative to);
- "imported manufactured products decreased by 0.06% to N4,642.4 billion from N4,645.1 billion":
  the level reached after "to", the level left after "from".
Both levels are counts of one dimension (money, people, tonnes), in the rate's sentence; the sign
the levels give must be the rate's, so a rate the words state as a fall is checked as one. The rate
carries the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level, is_rate

ID = "bracketed-levels"

_SIGN = r"(?:[A-Z]{1,3}\$?\s?|[$£€¥₦]\s?)?"
#: The words before a level of then: "… less than Q3 2017 Figure (", "compared to Q3 2017 (", "over Q4 2016 (".
_COMPARISON = re.compile(r"(?i)\b(?:than|compared|comparison|over|against|relative to|versus)\b")
_TO = re.compile(rf"(?i)^\s*(?:%|percent|per cent)?\s*to\s*{_SIGN}$")
_FROM = re.compile(rf"(?i)^\s*(?:[a-z]+\s*)?(?:in\s+[^.;()\d]{{0,20}}(?:\d{{4}})?\s*)?from\s*{_SIGN}$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions)):
        if not is_rate(ctx, r):
            continue
        pair = _bracketed(ctx, r) or _to_from(ctx, r)
        if pair is None:
            continue
        then, now = pair
        before, after, rate = ctx.midpoint(then), ctx.midpoint(now), ctx.midpoint(r)
        if not before or after is None or rate is None or (after - before) * rate < 0:
            continue  # the sign the levels give is not the rate's
        yield Relation(r, {"growth": {"from": ctx.ref(then), "to": ctx.ref(now)}}, 0.6, f"{ID}: a rate and its levels")


def _bracketed(ctx: Context, r: int) -> tuple[int, int] | None:
    """The sentence's one level of now (in brackets after its period, or the figure it opens with) and
    the level then that follows the rate with the words of a comparison: (then, now)."""
    sentence = ctx.in_sentence(r)
    levels = [j for j in sentence if is_level(ctx, j)]
    if len(levels) < 2 or not same_dimension(ctx, levels):
        return None
    earlier = {j for j in levels if _COMPARISON.search(_words_before(ctx, j, sentence))}
    now = [j for j in levels if j not in earlier]
    rates_after = [k for k in sentence if k > r and is_rate(ctx, k)]
    limit = rates_after[0] if rates_after else len(ctx.mentions)
    then = [j for j in levels if j in earlier and r < j < limit]
    if len(now) != 1 or len(then) != 1 or not re.search(r"\(\s*" + _SIGN + "$", ctx.before(then[0], 12)):
        return None
    return then[0], now[0]


def _words_before(ctx: Context, j: int, sentence: list[int]) -> str:
    previous = [k for k in sentence if k < j]
    return ctx.between(previous[-1], j) if previous else ctx.before(j, 60)


def _to_from(ctx: Context, r: int) -> tuple[int, int] | None:
    """ "increased by 35.09% to N886.7 billion from N656.4 billion": (then, now)."""
    later = [j for j in ctx.in_sentence(r) if j > r][:2]
    if len(later) != 2 or not all(is_level(ctx, j) for j in later) or not same_dimension(ctx, later):
        return None
    now, then = later
    if _TO.match(ctx.between(r, now)) and _FROM.match(ctx.between(now, then)):
        return then, now
    return None
