"""Per-capita values and rates per mille of the year's average population, which a bulletin
divides by and seldom states.

When the year-end population gives the stated value within the rounding of the figures, the check
divides by it. When it gives it only within the drift a population has over a year (the year's
stated change, else 1%), the value is of the average population: the check waits under `x-todo` for
a source that states it. Further off, no plausible population gives the value: the check divides by
the population the text gives (the average of its two levels when it states the change), and fails.
"""

from __future__ import annotations

from factcheck.extract.infer.base import FILL, Context, Relation

#: How far a population drifts from its year-end level over a year when the text does not say.
YEAR_DRIFT = 0.01


def year_end_reading(ctx: Context, claim: int, numerator: int, pop: int, scale: float, change: int | None) -> str:
    """ "rounding", "drift" or "far": how near numerator ÷ year-end population × scale comes to the claim."""
    stated, whole, people = ctx.quantities[claim], ctx.quantities[numerator], ctx.quantities[pop]
    if stated is None or whole is None or people is None:
        return "rounding"
    try:
        (stated_lo, stated_hi), (whole_lo, whole_hi), (people_lo, people_hi) = (
            (float(q.interval.lo) * float(q.unit.factor), float(q.interval.hi) * float(q.unit.factor))
            for q in (stated, whole, people)
        )
        lo, hi = whole_lo / people_hi * scale, whole_hi / people_lo * scale
    except (TypeError, ZeroDivisionError):
        return "rounding"
    if stated_lo <= hi and lo <= stated_hi:
        return "rounding"
    level, moved = ctx.midpoint(pop), ctx.midpoint(change) if change is not None else None
    drift = abs(moved / level) if moved and level else YEAR_DRIFT  # a stated change bounds the average
    return "drift" if stated_lo <= hi * (1 + drift) and lo * (1 - drift) <= stated_hi else "far"


def of_average(ctx: Context, i: int, numerator: int, rule: str) -> Relation:
    """Mention i as the numerator per person of an average population from a source (a rate in ‰ or a
    per-capita value: the ratio takes the claim's unit)."""
    people = {"source": FILL + "a source id", "series": FILL + "the year's average population"}
    if ctx.mentions[i].period:
        people["period"] = ctx.mentions[i].period
    check = {"ratio": [ctx.ref(numerator), people]}
    note = "the year's average population is not in the document: name the source that gives it"
    return Relation(i, check, 0.6, rule, todo=True, note=note)
