"""A rate whose two levels a later sentence states on their own, each with its period (English).

"The Annual Headline Inflation Rate for the month of March 2020 slowed down to 3.4% from 3.7% in
February 2020. / The overall index went up to 120.20 in March 2020 from 116.23 recorded in March
2019.": the levels' sentence states no rate, so the rate it gives is one stated just before, of
the later level's period. The growth runs from the earlier level to the later one.

The words read are the levels' "to A in P from B in Q" or "from B in Q to A in P"; the rate is
looked for in the sentence before the levels' and the one before that (the paragraph before
included). Words do not say which rate the levels are of ("headline inflation" and "overall index"
share none), so the figures must: exactly one rate of the later period gives the levels' growth
within its rounding. A rate already compared with other levels in its own sentence is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level, is_rate

ID = "later-levels"

_PERIOD_WORDS = r"(?:[^.;\d]|\b(?:19|20)\d\d\b){0,40}?"
_TO_FROM = re.compile(rf"(?i)^\s*{_PERIOD_WORDS}\bfrom\s*$")
_FROM_TO = re.compile(rf"(?i)^\s*{_PERIOD_WORDS}\bto\s*$")
_LEAD_TO = re.compile(r"(?i)\bto\s*$")
_LEAD_FROM = re.compile(r"(?i)\bfrom\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for sentence in ctx.by_sentence.values():
        pair = _levels(ctx, sentence)
        if pair is None:
            continue
        then, now = pair
        before, after = ctx.midpoint(then), ctx.midpoint(now)
        if not before or after is None:
            continue
        growth = 100 * (after / before - 1)
        rates = [r for r in _rates_before(ctx, sentence[0]) if ctx.mentions[r].period == ctx.mentions[now].period]
        fitting = [r for r in rates if _within(ctx, r, growth)]
        if len(fitting) == 1:
            check = {"growth": {"from": ctx.ref(then), "to": ctx.ref(now)}}
            yield Relation(fitting[0], check, 0.6, f"{ID}: a rate, its levels in a later sentence")


def _levels(ctx: Context, sentence: list[int]) -> tuple[int, int] | None:
    """(earlier, later): the sentence's only two figures, levels of two periods, "to A … from B"."""
    if len(sentence) != 2 or not all(is_level(ctx, j) for j in sentence) or not same_dimension(ctx, sentence):
        return None
    a, b = sentence
    if ctx.mentions[a].period is None or ctx.mentions[b].period is None:
        return None
    if ctx.mentions[a].period == ctx.mentions[b].period:
        return None
    lead = ctx.before(a, 20)
    if _LEAD_TO.search(lead) and _TO_FROM.match(ctx.between(a, b)):
        return b, a
    if _LEAD_FROM.search(lead) and _FROM_TO.match(ctx.between(a, b)):
        return a, b
    return None


def _rates_before(ctx: Context, first: int) -> list[int]:
    """The rates of the two sentences before the one `first` opens, none compared with levels of its own."""
    keys = sorted(ctx.by_sentence)
    at = keys.index(ctx.sentence_of[first])
    out = []
    for key in keys[max(0, at - 2) : at]:
        members = ctx.by_sentence[key]
        if any(is_level(ctx, j) for j in members):
            continue
        out.extend(j for j in members if is_rate(ctx, j))
    return out


def _within(ctx: Context, r: int, growth: float) -> bool:
    """The growth rounds to the rate as written (its interval, a hair wider for the levels' rounding)."""
    middle = ctx.midpoint(r)
    return middle is not None and abs(growth - middle) <= half_unit(ctx, r) * 1.04


def half_unit(ctx: Context, j: int) -> float:
    """Half the last written digit of a figure (3.4% is 3.35 to 3.45: 0.05), in the figure's unit."""
    quantity = ctx.quantities[j]
    if quantity is None or quantity.interval.lo is None or quantity.interval.hi is None:
        return 0.0
    return float(quantity.interval.hi - quantity.interval.lo) / 2 * float(quantity.unit.factor)
