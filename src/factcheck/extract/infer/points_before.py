"""Points between a rate of the sentence before and the rate named after "than" (English): `difference`.

"The Non-Food group recorded a year-on-year inflation rate of 9.8 percent in September 2020. The
Non-Food inflation for September 2020 was 0.1 percentage point lower than the 9.9 percent recorded
for August 2020": the points sentence names its subject again and states only the rate compared
with; the rate now is the one rate of the sentence before, of the points' period, whose words hold
every word of that subject. (Both rates in one sentence: the `change` pattern's.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import PERIOD_WORDS, Context, Relation, words

ID = "points-before"

_THAN = re.compile(r"(?i)^[^.;\d]{0,12}\b(?:(lower|below|less)|(higher|above|more))\s+than\s+(?:the\s+)?[^.;\d]{0,30}$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "points" or mention.type != "difference":
            continue
        rates = [j for j in ctx.in_sentence(i) if ctx.dimension(j) == "percent"]
        if len(rates) != 1 or rates[0] != i + 1:
            continue
        old = rates[0]
        found = _THAN.match(ctx.between(i, old))
        if found is None:
            continue
        paragraph, number = ctx.sentence_of[i]
        before = [j for j in ctx.by_sentence.get((paragraph, number - 1), []) if ctx.dimension(j) == "percent"]
        if len(before) != 1 or ctx.mentions[before[0]].period != mention.period:
            continue
        new = before[0]
        subject = _subject(ctx, i)
        if not subject or not subject <= _subject(ctx, new):
            continue  # the points' sentence names its subject again, every word of it
        down = bool(found.group(1)) and not mention.negative  # "0.1 … lower" read as +0.1
        pair = [ctx.ref(old), ctx.ref(new)] if down else [ctx.ref(new), ctx.ref(old)]
        yield Relation(i, {"difference": pair}, 0.7, f"{ID}: the points between the rate before and the one after than")


def _subject(ctx: Context, j: int) -> frozenset[str]:
    """The words of the figure's sentence before it, months, periods and reporting words left out."""
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    found = words(text[max(text.rfind(". ", 0, start), -1) + 1 : start])
    return found - PERIOD_WORDS - _MONTHS - _GENERIC


_MONTHS = frozenset("january february march april may june july august september october november december".split())
#: Words of any rate's sentence, naming no subject.
_GENERIC = frozenset("recorded rate stood was were figure level".split())
