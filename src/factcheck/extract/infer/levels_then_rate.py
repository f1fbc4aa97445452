"""Two levels "up from" one another, then the rate of change in a sentence of its own (English): `growth`.

"The census put the total herd at 48,200 head, up from 46,000 in 2013. The total herd has grown by
4.8 percent between 2013 and 2023": the rate's sentence states no level and names the subject of
the levels' sentence; the levels' sentence holds just the two levels, the later first ("up from",
"down from", "compared with" the earlier). The rate's words give its way (grown, fallen), which the
levels' words must not contradict. Sums of money are left alone: their rate may be real, their levels
at current prices.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words

ID = "levels-then-rate"

_RATE_VERB = re.compile(
    r"(?i)\b(?:(?P<down>fallen|fell|declined|decreased|dropped|shrunk|shrank)|grown|grew|increased|risen|rose|climbed)"
    r"\s+by\s*$"
)
_EARLIER = re.compile(
    r"(?i)^[^.;\d]{0,20}?(?:\b(?:(up)|(down))\s+from|\bcompared\s+(?:with|to)|\bfrom)\s+(?:the\s+)?[$£€]?\s*$"
)
_PRICES = re.compile(r"(?i)\b(?:current|constant|market)\s+prices\b|\bnominal\b|\breal\b")
_NOT_SUBJECT = frozenset("has have had was were is are by between and the of in".split())


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for rate in range(1, len(ctx.mentions)):
        if not ctx.statistic(rate) or ctx.dimension(rate) != "percent":
            continue
        verb = _RATE_VERB.search(ctx.mentions[rate].head.rstrip() + " ")
        if verb is None or [k for k in ctx.in_sentence(rate) if ctx.statistic(k) and k != rate]:
            continue
        levels = [k for k in ctx.in_sentence(rate - 1) if ctx.statistic(k)]
        if ctx.sentence_of[rate - 1] == ctx.sentence_of[rate] or len(levels) != 2:
            continue
        if ctx.mentions[rate - 1].paragraph != ctx.mentions[rate].paragraph:
            continue
        later, earlier = levels
        way = _EARLIER.match(ctx.between(later, earlier))
        if way is None or not _levels(ctx, later, earlier):
            continue
        down = verb.group("down") is not None
        negative = bool(ctx.mentions[rate].negative or ctx.mentions[rate].value.lstrip().startswith(("-", "−")))
        if negative != down or (way.group(1) and down) or (way.group(2) and not down):
            continue  # the words and the sign (or the two sentences' ways) disagree
        subject = words(ctx.mentions[rate].head[: verb.start()]) - _NOT_SUBJECT
        if not subject or not subject <= words(ctx.mentions[later].head):
            continue
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(later)}}
        yield Relation(rate, check, 0.75, f"{ID}: the rate of change between the two levels of the sentence before")


def _levels(ctx: Context, *indexes: int) -> bool:
    """Two counts of one kind, never sums of money: a money rate may be real while its levels are at
    current prices ("Output at current prices was $480 million, up from $430 million. Output grew by 3.1%")."""
    if any((ctx.dimension(k) or "").startswith("money") for k in indexes):
        return False
    if _PRICES.search(ctx.mentions[indexes[0]].head):
        return False
    return all(ctx.mentions[k].type == "count" and ctx.quantities[k] is not None for k in indexes) and (
        same_dimension(ctx, list(indexes)) or {ctx.dimension(k) for k in indexes} == {""}
    )
