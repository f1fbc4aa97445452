"""Two figures in brackets compared by "higher … than" / "lower … than" (English): `order`.

"Men continued to have a slightly higher union membership rate (11.2 percent) than women (10.2
percent)"; "Public-sector workers had a union membership rate (34.4 percent) more than five times
higher than that of private-sector workers (6.4 percent)". The sentence says which of the two it
gives is the larger: the first figure, then the second (`order`), ascending for "lower". Only two
neighbouring figures of one dimension and period, each in brackets after its name, with the
comparative in their clause and nothing but "than" and the second's name between them; never a
fall or a negative figure ("fell more (-2.1%) than"), where larger and higher part ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "than-bracketed"

_HIGHER = ("higher", "greater", "larger", "above")
#: The comparative before the first figure, in its clause: "a slightly higher union membership rate (".
_BEFORE = re.compile(r"(?i)\b(?P<word>higher|lower|greater|larger|smaller|above|below)\b[^.;,()\d]{0,60}\(\s*$")
#: Between the two: " percent) than women (", " percent) more than five times higher than that of … (".
_BETWEEN = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*\)\s*(?:(?:more than |about |nearly |almost )?[a-z-]+ times )?"
    r"(?P<word>higher|lower|greater|larger|smaller|above|below)?\s*than\b[^.;,()\d]{1,60}\(\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions) - 1):
        j = i + 1
        if ctx.mentions[j].unit == "times" and j + 1 < len(ctx.mentions):
            j += 1  # "more than five times higher than": the multiple is of the words between
        if ctx.sentence_of[i] != ctx.sentence_of[j] or not _comparable(ctx, i, j):
            continue
        between = _BETWEEN.match(ctx.between(i, j))
        if between is None:
            continue
        before = _BEFORE.search(ctx.before(i, 80))
        word = between.group("word") or (before.group("word") if before else None)
        if word is None or (between.group("word") and before):
            continue  # no comparative, or two: which one ranks them is not plain
        if word.lower() in _HIGHER:
            check: dict = {"order": [ctx.ref(j)]}
        else:
            check = {"order": {"then": [ctx.ref(j)], "order": "ascending"}}
        yield Relation(i, check, 0.7, f"{ID}: two figures in brackets, {word.lower()} than")


def _comparable(ctx: Context, i: int, j: int) -> bool:
    first, second = ctx.mentions[i], ctx.mentions[j]
    return (
        all(ctx.statistic(k) and ctx.quantities[k] is not None for k in (i, j))
        and first.type == second.type == "count"
        and first.period == second.period
        and same_dimension(ctx, [i, j])
        and not any(m.negative or m.value.lstrip().startswith(("-", "−")) for m in (first, second))
    )
