"""A line per person and the same line for a household of N persons (English): `formula`.

"The poverty line (PL) stood at $60.10 per person, up from $59.80 in May. The PL for an average
five persons stood at $300.50, up from $299.00 in May": the per-person figure is the household's
over N, and so is its earlier level (the first figure after each of the same dimension and period).
The two sentences must name one measure by an abbreviation in capitals ("PL") both hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "per-person"

#: "for an average five persons", "for a household of five persons": N before.
_HOUSEHOLD = re.compile(r"(?i)\bfor\s+(?:an?\s+)?(?:average\s+)?(?:(?:of|family of|household of)\s+)?$")
_MEMBERS = ("persons", "people", "members")  # "five families" counts households, not persons
_PER_PERSON = re.compile(r"(?i)^\s*per\s+(?:person|capita|head)\b")
_ONE_PERSON = re.compile(r"(?i)\bfor\s+one\s+person\b[^.;\d]{0,40}$")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for n in range(len(ctx.mentions) - 1):
        household = n + 1
        if not _HOUSEHOLD.search(ctx.before(n, 40)) or ctx.mentions[n].unit not in _MEMBERS:
            continue
        if not re.fullmatch(r"[^.;\d]{0,40}", ctx.between(n, household)):
            continue
        size = ctx.midpoint(n)
        if size is None or size < 2 or size != int(size) or ctx.sentence_of[n] != ctx.sentence_of[household]:
            continue
        person = _per_person(ctx, household)
        if person is None:
            continue
        yield _formula(ctx, person, household, n)
        earlier = _earlier_level(ctx, person), _earlier_level(ctx, household)
        if None not in earlier:
            yield _formula(ctx, earlier[0], earlier[1], n)  # type: ignore[arg-type]


def _formula(ctx: Context, person: int, household: int, size: int) -> Relation:
    check = {"formula": f"{{{ctx.ref(household)}}} / {{{ctx.ref(size)}}}"}
    why = f"{ID}: the household's line over its {ctx.mentions[size].value} persons"
    relation = Relation(person, check, 0.6, why)
    relation.fields = {"per": ctx.mentions[size].unit}  # "up from $59.80": per person, though not said again
    return relation


def _acronyms(ctx: Context, k: int) -> set[str]:
    text = ctx.paragraph_text(k)
    start = text.rfind(". ", 0, ctx.mentions[k].start) + 1
    return set(_ACRONYM.findall(text[start : ctx.mentions[k].start]))


def _per_person(ctx: Context, household: int) -> int | None:
    """The nearest earlier figure of the household's dimension stated per person, one abbreviation in common."""
    named = _acronyms(ctx, household)
    for k in range(household - 1, -1, -1):
        if ctx.mentions[household].paragraph - ctx.mentions[k].paragraph > 2:
            return None
        if not ctx.statistic(k) or not same_dimension(ctx, [k, household]):
            continue
        stated = _PER_PERSON.match(ctx.after(k, 20)) or _ONE_PERSON.search(ctx.before(k, 60))
        if stated and named & _acronyms(ctx, k) and ctx.mentions[k].period == ctx.mentions[household].period:
            return k
    return None


def _earlier_level(ctx: Context, k: int) -> int | None:
    """The first figure after `k` in its paragraph of its dimension and another period."""
    for j in ctx.in_paragraph(k):
        if j > k and ctx.statistic(j) and same_dimension(ctx, [j, k]):
            return j if ctx.mentions[j].period != ctx.mentions[k].period else None
    return None
