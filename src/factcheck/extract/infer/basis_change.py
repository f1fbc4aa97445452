"""A rate of change stated in one sentence, its level and change in another (English national accounts):
`formula` change ÷ (level − change) × 100 on the rate.

"Gross domestic product (GDP) at constant prices increased by 2.7% year-on-year in the first quarter
of 2024. … After converting to constant prices, the value of GDP reached EUR 21.9 billion and was
higher by EUR 583 million year-on-year." The level then is the level now less the change, so the rate
is the change over it.

- the later sentence holds a level, then right after "and was higher by" / "and was lower by" (or ",
  which represented a … increase of") its change, of one dimension, and words of a comparison
  ("year-on-year", "quarter-on-quarter");
- the rate is a change in percent before it in the text, naming the same comparison, and its
  sentence and the level's both name one price basis ("constant prices", "current prices") and the
  same measure ("GDP"): a figure at current prices is never the growth of one at constant prices;
- that rate is the only such one.

The rate carries the check (0.6); a wrong digit in any of the three fails it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words

ID = "basis-change"

_BASIS = re.compile(r"(?i)\b(constant|current|chain-linked|real|nominal) prices(?![a-z])")  # "prices1)": a note mark
_COMPARISON = re.compile(r"(?i)\b(year|quarter|month)-on-(year|quarter|month)\b")
_CHANGE = re.compile(
    r"(?i)^\s*,?\s*(?:and (?:was|were) (?:higher|lower) by"
    r"|, which represented an? (?:[a-z-]+ )?(?:increase|decrease) of)"
    r"(?: (?:more|less) than)?\s*(?:[A-Z]{3}\s?)?[$£€]?\s*$"
)
_MEASURES = frozenset({"gdp", "gross", "value", "added", "consumption", "investment", "export", "import"})


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for n in range(1, len(ctx.mentions)):
        level = n - 1
        if ctx.sentence_of[level] != ctx.sentence_of[n] or not _CHANGE.match(ctx.between(level, n)):
            continue
        if ctx.dimension(n) in (None, "percent", "points") or not same_dimension(ctx, [level, n]):
            continue
        sentence = _sentence(ctx, n)
        basis, comparison = _BASIS.search(sentence), _COMPARISON.search(sentence)
        if basis is None or comparison is None:
            continue
        named = (basis.group(1).lower(), comparison.group().lower())
        rates = [r for r in range(level) if _rate_of(ctx, r, *named, sentence)]
        if len(rates) == 1:
            formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
            yield Relation(rates[0], {"formula": formula}, 0.6, f"{ID}: the change over the level a year before")


def _rate_of(ctx: Context, r: int, basis: str, comparison: str, sentence: str) -> bool:
    """A change in percent naming the comparison, in a sentence of the same price basis and measure."""
    if ctx.dimension(r) != "percent" or ctx.mentions[r].type != "growth":
        return False
    own = _sentence(ctx, r)
    if comparison not in ctx.after(r, 30).lower():
        return False
    bases = {m.group(1).lower() for m in _BASIS.finditer(own)}
    return bases == {basis} and bool(words(own) & words(sentence) & _MEASURES)


def _sentence(ctx: Context, i: int) -> str:
    text = ctx.paragraph_text(i)
    start = text.rfind(". ", 0, ctx.mentions[i].start) + 1
    end = text.find(". ", ctx.mentions[i].end)
    return text[start : end if end >= 0 else len(text)]
