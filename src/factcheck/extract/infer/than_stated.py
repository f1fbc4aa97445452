"""A figure said to be higher or lower than the next figure of its sentence (English): `order`.

"Vegetables recorded inflation rate of 18.9 percent which is higher than the group's average rate of
13.7 percent"; "A and B recorded 11.1 percent and 10.9 percent, respectively, above the national
average of 10.4 percent": the words between the figures rank them, and both are stated.

- the two figures are of one dimension, the first a level or a rate (not a gap: "0.2 percent lower
  than 11.4 percent" states a difference, the gaps patterns' own), with no figure between;
- the words between are "(which is) higher / lower / greater / less than …" or "above / below …",
  or the figure's own subject then "was …" ("At 0.3 per cent, the index was below the national average (0.8%)"),
  and no number of times ("three times higher") or period of comparison ("than in 2019": a figure
  of another period stated after is rare, and then the words say when, not which);
- "…, respectively, above …" ranks every figure of the list before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "than-stated"

_THAN = re.compile(
    r"(?i)^(?:\s*(?:percent|per cent|%))?[^.;\d]{0,40}?(?:\b(?:which|that)\s+(?:is|was)\s+|,\s*|"
    r"(?<=,)(?:(?:\s+(?!and\b|but\b|while\b|whereas\b)[a-z']+){1,5})\s+(?:is|was)\s+)"
    r"(?:(higher|greater|more)\s+than|(lower|less)\s+than|(above)|(below))\b[^.;\d]{0,60}$"
)
_TIMES = re.compile(r"(?i)\b(?:times|twice|half)\b|\bthan\s+(?:in|during|for|at)\b")
_LISTED = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*(?:,|and|,\s*and)\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for b in range(1, len(ctx.mentions)):
        a = b - 1
        if ctx.sentence_of[a] != ctx.sentence_of[b] or not _compared(ctx, a) or not _compared(ctx, b):
            continue
        between = ctx.between(a, b)
        found = _THAN.match(between)
        if found is None or _TIMES.search(between) or not same_dimension(ctx, [a, b]):
            continue
        higher = bool(found.group(1) or found.group(3))
        members = _listed_before(ctx, a) if re.search(r"(?i)\brespectively\b", between) else [a]
        for member in members:
            body: object = [ctx.ref(b)] if higher else {"then": [ctx.ref(b)], "order": "ascending"}
            why = f"{ID}: a figure said to be {'higher' if higher else 'lower'} than the next one stated"
            yield Relation(member, {"order": body}, 0.6, why)


def _compared(ctx: Context, j: int) -> bool:
    """A level or a rate with a value, not a gap between two figures."""
    mention = ctx.mentions[j]
    return ctx.statistic(j) and ctx.quantities[j] is not None and mention.type in ("count", "growth")


def _listed_before(ctx: Context, last: int) -> list[int]:
    """The figures listed with `last` ("11.1 percent, 10.9 percent and 11.9 percent"), in order."""
    members = [last]
    while members[0] > 0:
        previous = members[0] - 1
        if ctx.sentence_of[previous] != ctx.sentence_of[last] or not _LISTED.match(ctx.between(previous, members[0])):
            break
        if not _compared(ctx, previous) or not same_dimension(ctx, [previous, last]):
            break
        members.insert(0, previous)
    return members
