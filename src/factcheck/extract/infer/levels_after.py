"""A rate of change whose two levels follow it (English): `growth` from the earlier level to the later.

- "the exports … decreased by 6.52 per cent during June 2020 as against the exports same month of
  last year. The exports during June 2020 were recorded at $1.592 billion against the exports of
  $1.703 billion in June 2019": the sentence after the rate states the level now, "against" (or
  "compared to / with", "versus") the level then;
- "The imports also witnessed sharp decline of 14.66 per cent during the month as these declined
  from $4.353 billion in June 2019 to $3.715 billion in June 2020": the rest of the rate's sentence
  states them "from A to B".
The rate's own sentence holds no level before it; the two levels are the only figures of the
words that state them, of one dimension (money, a count), and a sentence after the rate names a
word of what the rate's sentence says changed. The sign the levels give must be the rate's (a
fall written as a fall), so the words and the figures are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words

ID = "levels-after"

_AGAINST = re.compile(
    r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,60}?\b(?:against|compared (?:to|with)|versus|vs\.?)\b[^.;\d]{0,60}$"
)
_FROM = re.compile(r"(?i)\bfrom\s*(?:[A-Z]{1,3}\s?)?[$£€¥]?\s*$")
_TO = re.compile(r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,40}?\bto\s*(?:[A-Z]{1,3}\s?)?[$£€¥]?\s*$")
_FRAME = frozenset({"the", "of", "during", "per", "cent", "percent", "from", "as", "by", "also"})


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions)):
        if not is_rate(ctx, r):
            continue
        sentence = ctx.in_sentence(r)
        if any(ctx.statistic(j) and ctx.dimension(j) not in ("percent", "points") for j in sentence if j < r):
            continue  # a level before the rate: another pattern's
        pair = _from_to(ctx, r, [j for j in sentence if j > r]) or _against_next(ctx, r)
        if pair is None:
            continue
        then, now = pair
        before, after = hedged_level(ctx, then), hedged_level(ctx, now)
        rate = ctx.midpoint(r)
        if not before or after is None or rate is None or (after - before) * rate <= 0:
            continue  # the sign the levels give is not the rate's
        check = {"growth": {"from": ctx.ref(then), "to": ctx.ref(now)}}
        yield Relation(r, check, 0.6, f"{ID}: a rate, then its levels")


def is_rate(ctx: Context, r: int) -> bool:
    """A statistic in percent with a value: a rate of change."""
    return ctx.statistic(r) and ctx.dimension(r) == "percent" and ctx.quantities[r] is not None


def hedged_level(ctx: Context, j: int) -> float | None:
    """The level's midpoint, or its one bound when a hedge leaves the other open ("more than 158 thousand")."""
    middle = ctx.midpoint(j)
    quantity = ctx.quantities[j]
    if middle is not None or quantity is None:
        return middle
    bound = quantity.interval.lo if quantity.interval.lo is not None else quantity.interval.hi
    return None if bound is None else float(bound) * float(quantity.unit.factor)


def is_level(ctx: Context, j: int) -> bool:
    """A figure that is a level (money, a count), not a rate, a change or points."""
    return (
        ctx.statistic(j)
        and ctx.quantities[j] is not None
        and ctx.mentions[j].type == "count"
        and ctx.dimension(j) not in ("percent", "points", "permille")
    )


def _from_to(ctx: Context, r: int, after: list[int]) -> tuple[int, int] | None:
    """ "… decline of 14.66 per cent during the month as these declined from A to B": (A, B)."""
    if len(after) != 2 or not all(is_level(ctx, j) for j in after) or not same_dimension(ctx, after):
        return None
    a, b = after
    if not _FROM.search(ctx.between(r, a)) or not _TO.match(ctx.between(a, b)):
        return None
    return a, b


def _against_next(ctx: Context, r: int) -> tuple[int, int] | None:
    """The next sentence: "… were recorded at A against the exports of B in June 2019": (B, A)."""
    paragraph, number = ctx.sentence_of[r]
    if any(j > r for j in ctx.in_sentence(r)):
        return None
    following = list(ctx.by_sentence.get((paragraph, number + 1), []))
    if len(following) != 2 or not all(is_level(ctx, j) for j in following) or not same_dimension(ctx, following):
        return None
    now, then = following
    if not _AGAINST.match(ctx.between(now, then)):
        return None
    text = ctx.paragraph_text(r)
    start = max(text.rfind(". ", 0, ctx.mentions[r].start), -1) + 1
    subject = words(text[start : ctx.mentions[r].start]) - _FRAME
    if not subject & words(ctx.mentions[now].head):
        return None
    return then, now
