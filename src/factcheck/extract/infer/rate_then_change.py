"""A growth rate, then its change in the figure's unit, then the earlier level (English).

"Profits reached $60 million. This represents a growth of 20 percent, with an increase of
$10 million compared to $50 million a year earlier": `growth` from the earlier level to the level
on the rate, the change over the earlier level on it too (`formula`), and `difference` of the two
levels on the change. The level is the figure before the rate in its sentence, or, for "This
represents …", the last of the sentence before; the change must carry the sign its words give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.base_after import level_before_rate

ID = "rate-then-change"

_UP = r"increase|rise|gain|growth|jump|advance"
_DOWN = r"(?P<down>decrease|decline|drop|fall|reduction|contraction)"
_RATE_WORDS = re.compile(rf"(?i)\ban?\s+(?:[a-z]+\s+)?(?:{_UP}|{_DOWN})\s+of\s*[-+−]?\s*$")
_WITH_CHANGE = re.compile(
    rf"(?i)^\s*(?:percent|per cent|%)?\s*,?\s*(?:with|and|or)\s+an?\s+(?:{_UP}|{_DOWN})\s+of\s*"
    r"(?:[A-Z]{1,3}\$?|[$€£¥])?\s*$"
)
_COMPARED = re.compile(
    r"(?i)^\s*(?:when\s+)?(?:compared\s+(?:to|with)|from|over|against|on)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:of\s+)?(?:[A-Z]{1,3}\$?|[$€£¥])?\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions) - 2):
        change, earlier = r + 1, r + 2
        if ctx.dimension(r) != "percent" or not ctx.statistic(r):
            continue
        if not ctx.sentence_of[r] == ctx.sentence_of[change] == ctx.sentence_of[earlier]:
            continue
        words = _RATE_WORDS.search(ctx.before(r, 40))
        joined = _WITH_CHANGE.match(ctx.between(r, change))
        if words is None or joined is None or not _COMPARED.match(ctx.between(change, earlier)):
            continue
        down = words.group("down") is not None
        if (joined.group("down") is not None) != down or _negative(ctx, r) != down or _negative(ctx, change) != down:
            continue  # the words and the signs disagree: the extraction is in doubt
        if not same_dimension(ctx, [change, earlier]) or ctx.dimension(change) in (None, "percent", "points"):
            continue
        formula = f"{{{ctx.ref(change)}}} / {{{ctx.ref(earlier)}}} * 100"
        yield Relation(r, {"formula": formula}, 0.7, f"{ID}: the change over the earlier level")
        level = level_before_rate(ctx, r, ctx.in_sentence(r))
        if level is None or not same_dimension(ctx, [level, earlier]):
            continue
        yield Relation(
            r, {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}, 0.7, f"{ID}: from the earlier level"
        )
        yield Relation(change, {"difference": [ctx.ref(level), ctx.ref(earlier)]}, 0.7, f"{ID}: the two levels")


def _negative(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    return bool(mention.negative or mention.value.lstrip().startswith(("-", "−")))
