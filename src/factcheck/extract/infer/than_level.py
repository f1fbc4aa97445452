"""A level, "which is X% less than" an earlier level stated after it (English): `growth`.

Also across a sentence: "reached a new high of 792,320 in 2016. This was 5.0% more than the previous
record of 754,835": "This was" opens the rate's sentence on the level that ends the one before.

"total merchandise trade reaching N$19.2 billion, which is 0.7% less than its level of N$19.4 billion
recorded in September 2020 but 6.7% higher than N$18 billion recorded in October 2019": each rate is
the growth from the level after its "than" to the level before "which is"; a second rate joined by
"but" / "and" after the first comparison compares the same level now. (The earlier level in
brackets, "6.5% higher than in February ($64.7 billion)", is the `levels` pattern's.)

The rate's sign must be the one its words give (less, lower, below: a fall), so the words and the
figures are read the same way; the levels are of one dimension, in the rate's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level, is_rate

ID = "than-level"

_THAN = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*(?:(higher|above|more)|(lower|below|less))\s+than\s+"
    r"(?:(?:its|the)\s+(?:previous\s+|earlier\s+)?(?:level|value|figure|record)\s+of\s+|the\s+)?[A-Z]{0,3}[$£€]?\s*$"
)
_WHICH_IS = re.compile(r"(?i)^(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,30}?,\s*(?:which|that)\s+(?:is|was)\s*$")
#: "… reached a new high of 792,320 in 2016. This was": the rate's sentence opens on the level before it.
_THIS_WAS = re.compile(r"(?i)^(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,30}?\.\s+(?:this|that|it)\s+(?:is|was)\s*$")
_AND_THEN = re.compile(r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,48}?\b(?:but|and)\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    now_of: dict[int, int] = {}  # a rate's level now, for a second rate joined after it
    for r in range(1, len(ctx.mentions) - 1):
        earlier = r + 1
        if not is_rate(ctx, r) or not is_level(ctx, earlier) or ctx.sentence_of[earlier] != ctx.sentence_of[r]:
            continue
        found = _THAN.match(ctx.between(r, earlier))
        if found is None:
            continue
        previous = r - 1
        this_was = is_level(ctx, previous) and _THIS_WAS.match(ctx.between(previous, r)) is not None
        if is_level(ctx, previous) and (_WHICH_IS.match(ctx.between(previous, r)) or this_was):
            now = previous
        elif previous in now_of and _AND_THEN.match(ctx.between(previous, r)):
            now = now_of[previous]
        else:
            continue
        if (ctx.sentence_of[now] != ctx.sentence_of[r] and not this_was) or not same_dimension(ctx, [now, earlier]):
            continue
        now_of[earlier] = now
        signed = ctx.mentions[r].negative or ctx.mentions[r].value.lstrip().startswith(("-", "−"))
        if signed != bool(found.group(2)):
            continue  # the words and the value's sign disagree
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(now)}}
        yield Relation(r, check, 0.7, f"{ID}: a level, which is X% less or more than a level stated after")
