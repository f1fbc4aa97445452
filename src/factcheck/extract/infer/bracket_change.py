"""A growth rate with its change in brackets, of a level stated before (English): the rate from them.

"The country's labor force was estimated at 43.256 million with the total household population of
15 years old and over registered at 71.014 million … but at slower pace than the 2.0 percent
(1.409 million) growth rate of the household population of 15 years old and over during the
period." The rate is the change over the level before it: N ÷ (L − N) × 100, L the level the
text stated for the subject the rate names.

- the percent is followed by its change in brackets and then "growth (rate) of" / "increase in" a
  subject (up to "during", "in", "over", a comma);
- the level is the one figure before it in its paragraph whose sentence, up to it, holds every
  word of that subject; a level of the change's dimension, not itself a change;
- two such levels, or none: nothing drafted.

The rate carries the check (0.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words

ID = "bracket-change"

_OPEN = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*\(\s*[$£€]?\s*$")
_NAMED = re.compile(
    r"(?i)^\s*\)\s*(?:growth|increase|rise|decline|decrease|drop)(?:\s+rate)?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?P<subject>[^,.;()]{3,80}?)(?=\s+(?:during|in|over|for|from|between)\b|[,.;()]|$)"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions) - 1):
        n = r + 1
        if ctx.dimension(r) != "percent" or ctx.sentence_of[n] != ctx.sentence_of[r]:
            continue
        if not _OPEN.match(ctx.between(r, n)):
            continue
        named = _NAMED.match(ctx.paragraph_text(n)[ctx.mentions[n].end :])
        if named is None or ctx.dimension(n) in (None, "percent", "points"):
            continue
        subject = words(re.sub(r"\d+", " ", named.group("subject")))
        if not subject:
            continue
        levels = [j for j in ctx.in_paragraph(r) if j < r and _level_of(ctx, j, n, subject)]
        if len(levels) == 1:
            level = levels[0]
            formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
            yield Relation(r, {"formula": formula}, 0.6, f"{ID}: the change in brackets over the level it is of")


def _level_of(ctx: Context, j: int, change: int, subject: frozenset[str]) -> bool:
    mention = ctx.mentions[j]
    if not ctx.statistic(j) or mention.type != "count" or not same_dimension(ctx, [j, change]):
        return False
    text = ctx.paragraph_text(j)
    start = text.rfind(". ", 0, mention.start)
    before = text[start + 2 if start >= 0 else 0 : mention.start]
    earlier = [ctx.mentions[k].end for k in ctx.in_sentence(j) if k < j]
    if earlier:
        before = text[max(earlier) : mention.start]  # the words of this figure, not of the one before
    return subject <= words(re.sub(r"\d+", " ", before))
