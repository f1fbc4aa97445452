"""Rates of change "these figures" give, with their changes in brackets, for the levels just stated (English).

"… total imports … was $30.6 billion, total exports were $23.5 billion, for a trade deficit of $7.15
billion. These figures are 13% ($3.6 billion), 10.7% ($2.3 billion) and 23% ($1.3 billion) higher than
in 1998 respectively": the k-th rate is the k-th change over the k-th level's earlier value,
N ÷ (L − N) × 100 (`formula`, as `bracket-change` drafts it). A trade balance listed with the
exports and the imports keeps its relation in the changes: a deficit's change is the imports' change
minus the exports' (a surplus's the other way round; `difference`).

- the sentence opens with "These figures are / were" and lists "R% (N)" pairs, then says "higher /
  more / up … than"; a fall ("lower than") is left alone (its changes are written unsigned);
- the levels are the figures of the sentence before (in its paragraph, or ending the paragraph
  before) of the changes' dimension, as many as the pairs and in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level

ID = "these-figures"

_OPENS = re.compile(r"(?i)(?:^|\.\s+)these figures (?:are|were)\s*$")
_OPEN = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*\(\s*[$£€]?\s*$")
_NEXT = re.compile(r"(?i)^\s*\)\s*(?:,|and|,\s*and)\s*$")
_HIGHER = re.compile(r"(?i)^\s*\)\s*(?:higher|more|up|above)\b[^.;]*?\bthan\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r, mention in enumerate(ctx.mentions):
        if ctx.dimension(r) != "percent" or not _OPENS.search(ctx.paragraph_text(r)[: mention.start]):
            continue
        pairs = _pairs(ctx, r)
        if pairs is None:
            continue
        levels = _levels_before(ctx, r, pairs[0][1])
        if len(levels) != len(pairs):
            continue
        why = f"{ID}: each rate is its change over the level it is of, in the order stated"
        for (rate, change), level in zip(pairs, levels, strict=True):
            formula = f"{{{ctx.ref(change)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(change)}}}) * 100"
            yield Relation(rate, {"formula": formula}, 0.6, why)
        yield from _changes_of_a_difference(ctx, levels, [change for _, change in pairs])


def _pairs(ctx: Context, r: int) -> list[tuple[int, int]] | None:
    """The "R% (N)" pairs from `r` on, when the list ends in "higher … than"."""
    pairs: list[tuple[int, int]] = []
    rate = r
    while rate + 1 < len(ctx.mentions) and ctx.sentence_of[rate + 1] == ctx.sentence_of[r]:
        change = rate + 1
        if ctx.dimension(rate) != "percent" or not _OPEN.match(ctx.between(rate, change)):
            return None
        pairs.append((rate, change))
        after = ctx.paragraph_text(change)[ctx.mentions[change].end :]
        if _HIGHER.match(after):
            return pairs if len(pairs) >= 2 else None
        rate = change + 1
        if rate >= len(ctx.mentions) or not _NEXT.match(ctx.between(change, rate)):
            return None
    return None


def _levels_before(ctx: Context, r: int, change: int) -> list[int]:
    """The levels of the sentence before `r`'s (its paragraph's, or the last of the paragraph before)."""
    paragraph, number = ctx.sentence_of[r]
    if number > 0:
        before = ctx.by_sentence.get((paragraph, number - 1), [])
    else:
        last = max((s for (p, s) in ctx.by_sentence if p == paragraph - 1), default=None)
        before = ctx.by_sentence.get((paragraph - 1, last), []) if last is not None else []
    return [j for j in before if is_level(ctx, j) and same_dimension(ctx, [j, change])]


def _changes_of_a_difference(ctx: Context, levels: list[int], changes: list[int]) -> Iterator[Relation]:
    """A trade balance among the levels, with the exports and the imports: its change is the exports'
    change minus the imports' (a surplus) or the imports' minus the exports' (a deficit)."""
    named = {name: [k for k, j in enumerate(levels) if pattern.search(_own_words(ctx, j))] for name, pattern in _TRADE}
    if any(len(found) != 1 for found in named.values()):
        return
    balance, exports, imports = (named[name][0] for name in ("balance", "exports", "imports"))
    deficit = "deficit" in _own_words(ctx, levels[balance]).lower()
    pair = (imports, exports) if deficit else (exports, imports)
    check = {"difference": [ctx.ref(changes[pair[0]]), ctx.ref(changes[pair[1]])]}
    yield Relation(changes[balance], check, 0.6, f"{ID}: a trade balance's change is the difference of the changes")


_TRADE = (
    ("balance", re.compile(r"(?i)\b(?:deficit|surplus)\b")),
    ("exports", re.compile(r"(?i)\bexports?\b(?!.*\b(?:deficit|surplus)\b)")),
    ("imports", re.compile(r"(?i)\bimports?\b(?!.*\b(?:deficit|surplus)\b)")),
)


def _own_words(ctx: Context, j: int) -> str:
    """The figure's words back to the previous figure of its paragraph (or its sentence's start)."""
    text = ctx.paragraph_text(j)
    start = max(
        [ctx.mentions[k].end for k in ctx.in_paragraph(j) if k < j]
        + [text.rfind(". ", 0, ctx.mentions[j].start) + 1, 0]
    )
    return text[start : ctx.mentions[j].start]
