"""A rate the text derives from levels it has just stated (English): "The labor force was 43.256
million with the household population of 15 years and over at 71.014 million. This translates to
a labor force participation rate of 60.9 percent": `share` of the smaller level in the larger.

The words must say the rate follows from what was stated ("translates to", "is equivalent to",
"corresponds to"), in the rate's sentence or in the one before it when the rate's opens with
"This"/"That"/"It"/"which". Two levels of one dimension stated there: the rate is the smaller's
share of the larger. One level only ("207,700 active …, which is equivalent to an activity rate of
79.3%"): the rate is that level's share of a whole the text does not state, a source placeholder
under `x-todo`. More than two: which two make the rate is not said, nothing is drafted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, same_dimension

ID = "equivalent"

_DERIVED = re.compile(
    r"(?i)\b(?:translates?\s+(?:in)?to|(?:is|was|are|were)?\s*equivalent\s+to|corresponds?\s+to)\s+(?:an?|the)\s+"
    r"(?:[A-Za-z()-]+\s+){0,6}?(?:rate|ratio|share|proportion)\s+(?:\([A-Za-z]{2,6}\)\s+)?(?:of|at)\s*$"
)
_REFERS_BACK = re.compile(r"(?i)^\s*(?:this|that|it|these)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "percent" or mention.type != "count" or ctx.quantities[i] is None:
            continue
        text = ctx.paragraph_text(i)
        start = max(text.rfind(". ", 0, mention.start) + 2, 0)
        if not _DERIVED.search(text[start : mention.start]):
            continue
        levels = _levels_stated(ctx, i, back=bool(_REFERS_BACK.match(text[start : mention.start])))
        if len(levels) == 2 and same_dimension(ctx, levels):
            a, b = levels
            part, whole = (a, b) if (ctx.midpoint(a) or 0) <= (ctx.midpoint(b) or 0) else (b, a)
            check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
            yield Relation(i, check, 0.75, f"{ID}: a rate the text derives from the two levels it stated")
        elif len(levels) == 1:
            whole = {"source": FILL + "a source id", "series": FILL + "the whole the rate is of"}
            if mention.period:
                whole["period"] = mention.period
            check = {"share": {"part": ctx.ref(levels[0]), "whole": whole}}
            note = "the whole is not stated in the document: name the source that gives it"
            rule = f"{ID}: a rate of a stated level in a whole from outside"
            yield Relation(i, check, 0.6, rule, todo=True, note=note)


def _levels_stated(ctx: Context, i: int, back: bool) -> list[int]:
    """The levels (counts, not rates or changes) before the rate in its sentence, or in the sentence
    before too when the rate's sentence refers back to it."""
    sentence = ctx.sentence_of[i][1]
    first = sentence - 1 if back else sentence
    return [
        j
        for j in ctx.in_paragraph(i)
        if j < i
        and first <= ctx.sentence_of[j][1] <= sentence
        and ctx.statistic(j)
        and ctx.mentions[j].type == "count"
        and ctx.quantities[j] is not None
        and ctx.dimension(j) not in ("percent", "points", "permille")
        and not re.fullmatch(r"(?:19|20)\d\d", ctx.mentions[j].value)
    ]
