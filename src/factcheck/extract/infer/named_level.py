"""A change and its percent whose level the sentence before states, named again (English).

"At the end of August, the total payroll employees, at 7,472 thousand, increased by 8 thousand (or
0.10%) from last month. In comparison with August 2015, payroll employees increased by 54 thousand
(or 0.73%)." The second change is of the level of the first sentence: its words name it again
("payroll employees"), no level of its own stands in its sentence, and the percent is the change
over the earlier level, N ÷ (L − N) × 100, as in the sentence before.

- the percent follows its change as "(or r%)" or ", or r%";
- no figure of the change's unit stands before the change in its sentence;
- no level of its own follows the percent ("… or 3.5 percent to 1083");
- the sentence before, in the same paragraph, states one level of that unit and period, not a
  change, whose words share two content words with the words before the change.

The percent carries the check (0.7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words

ID = "named-level"

_OR = re.compile(r"(?i)^\s*[,(]?\s*or\s*$")
_PERCENT = ("%", "percent", "per cent")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(1, len(ctx.mentions)):
        n = r - 1
        if ctx.mentions[r].unit not in _PERCENT or ctx.sentence_of[n] != ctx.sentence_of[r]:
            continue
        if ctx.mentions[n].type not in ("change", "difference", "growth") or not _OR.match(ctx.between(n, r)):
            continue
        if ctx.dimension(n) in (None, "percent", "points") or any(
            j < n and same_dimension(ctx, [j, n]) for j in ctx.in_sentence(n)
        ):
            continue
        if _own_level_after(ctx, n, r):
            continue  # "decreased by 39 or 3.5 percent to 1083": the level is its own sentence's
        level = _level_before(ctx, n)
        if level is not None:
            formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
            yield Relation(r, {"formula": formula}, 0.7, f"{ID}: the change over the level the sentence before names")


def _level_before(ctx: Context, n: int) -> int | None:
    paragraph, sentence = ctx.sentence_of[n]
    levels = [
        j
        for j in ctx.in_paragraph(n)
        if ctx.sentence_of[j] == (paragraph, sentence - 1)
        and ctx.statistic(j)
        and ctx.mentions[j].type == "count"
        and same_dimension(ctx, [j, n])
    ]
    if len(levels) != 1 or ctx.mentions[levels[0]].period != ctx.mentions[n].period:
        return None
    text = ctx.paragraph_text(n)
    own = words(text[max(text.rfind(". ", 0, ctx.mentions[n].start), -1) + 1 : ctx.mentions[n].start])
    level = ctx.mentions[levels[0]]
    named = words(text[max(text.rfind(". ", 0, level.start), -1) + 1 : level.start])
    return levels[0] if len(own & named) >= 2 else None


def _own_level_after(ctx: Context, n: int, r: int) -> bool:
    """The change's level stated right after its percent: "by 39 or 3.5 percent to 1083"."""
    k = r + 1
    return (
        k < len(ctx.mentions)
        and ctx.sentence_of[k] == ctx.sentence_of[r]
        and ctx.mentions[k].type == "count"
        and bool(re.fullmatch(r"(?i)\s*\)?\s*to\s*", ctx.between(r, k)))
        and same_dimension(ctx, [n, k])
    )
