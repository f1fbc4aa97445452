"""Arithmetic on quantities: exact intervals that carry their unit (see docs/checks.md).

The interval arithmetic is `interval.py`'s; this module decides what unit a result has and
refuses what cannot be computed. + and − need one dimension (a bare number takes its
partner's unit; % − % gives percentage points, % ± pp gives %); × and ÷ treat a bare number,
a percentage or points as the plain written number (57.9, not 0.579) and divide like units
away, so `{part} / {whole} * 100` is a pure number that a claim in % compares with.

Units per unit: money ÷ a count is money per count (元/人), and times the count it is money
again (元/人 × 人 = 元); money ÷ money per count is the count. A value in the plain unit beside
one per unit (a source that publishes per-capita income in 元, a claim 人均…元) is read as
the same per-unit value: statistics write per-capita money in 元.
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.grammar.units import PERCENT, POINTS, per_parts
from factcheck.interval import Interval
from factcheck.model import CURRENCY_SIGNS, PURE, Quantity, Unit

PERCENT_SYMBOL = "%"
POINTS_SYMBOL = "pp"


class UnitMismatch(ArithmeticError):
    """Two quantities whose units cannot be combined; the message is for users."""


def percent_unit() -> Unit:
    return PERCENT


def points_unit() -> Unit:
    return POINTS


def is_percent(unit: Unit) -> bool:
    return unit.symbol == PERCENT_SYMBOL


def is_points(unit: Unit) -> bool:
    """Percentage points in any of their units (pp, basis points)."""
    return unit.dimension == POINTS.dimension


def describe(unit: Unit) -> str:
    """How a message names a unit: "%", "percentage points", "家", "a pure number"."""
    if unit.is_pure:
        return "a pure number"
    if is_points(unit):
        return "percentage points" if unit.symbol == POINTS_SYMBOL else unit.label()
    return unit.label()


def suffix(unit: Unit) -> str:
    """The unit written after a number in explanations: "57.9%", "1793 家", "7.5 pp"."""
    if unit.is_pure:
        return ""
    if is_percent(unit):
        return "%"
    if unit.label().lower() in CURRENCY_SIGNS:  # "[33.175, 33.185] USD", not "… $"
        return f" {unit.symbol}"
    return f" {unit.label()}"


def quantity(interval: Interval, unit: Unit = PURE) -> Quantity:
    return Quantity(interval, unit)


# -- + and − ------------------------------------------------------------------------------
def add(a: Quantity, b: Quantity) -> Quantity:
    return _additive(a, b, negate=False)


def subtract(a: Quantity, b: Quantity) -> Quantity:
    return _additive(a, b, negate=True)


def negate(a: Quantity) -> Quantity:
    return Quantity(-a.interval, a.unit)


def _additive(a: Quantity, b: Quantity, negate: bool) -> Quantity:
    unit, a_in, b_in = _common(a, b, "subtract" if negate else "add")
    interval = a_in - b_in if negate else a_in + b_in
    # A bare number takes its partner's unit first: 69% − 61.5 is 69% − 61.5%.
    a_unit = b.unit if a.unit.is_pure else a.unit
    b_unit = a.unit if b.unit.is_pure else b.unit
    if negate and is_percent(a_unit) and is_percent(b_unit):
        unit = points_unit()
    return Quantity(interval, unit)


def as_per(plain: Quantity, per: Unit) -> Quantity | None:
    """`plain` (元) read in `per`'s unit (元/人) when `per` is a unit per unit of its dimension."""
    parts = per_parts(per)
    if parts is None or "/" in plain.unit.dimension or plain.unit.dimension != parts[0].dimension:
        return None
    return Quantity(plain.to(parts[0]).interval, per)


def _align(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """A plain value beside a value per unit of its dimension takes the per unit (see above)."""
    if a.unit.dimension == b.unit.dimension:
        return a, b
    return as_per(a, b.unit) or a, as_per(b, a.unit) or b


def _common(a: Quantity, b: Quantity, verb: str) -> tuple[Unit, Interval, Interval]:
    """Both intervals in one unit for + and −; a pure number takes its partner's unit."""
    a, b = _align(a, b)
    if a.unit.is_pure:
        return b.unit, a.interval, b.interval
    if b.unit.is_pure:
        return a.unit, a.interval, b.interval
    if {a.unit.dimension, b.unit.dimension} == {PERCENT.dimension, POINTS.dimension}:
        # A rate moved by some points is still a rate: 61.5% + 7.5 pp = 69% (3.5% + 25 bp = 3.75%).
        a_in = a.to(PERCENT if a.unit.dimension == PERCENT.dimension else POINTS)
        b_in = b.to(PERCENT if b.unit.dimension == PERCENT.dimension else POINTS)
        return percent_unit(), a_in.interval, b_in.interval
    if a.unit.dimension != b.unit.dimension:
        raise UnitMismatch(f"cannot {verb} {describe(a.unit)} and {describe(b.unit)}: different dimensions")
    return a.unit, a.interval, b.to(a.unit).interval


def total(quantities: list[Quantity]) -> Quantity:
    """The sum of several quantities in the unit of the first one that has a unit."""
    result = quantities[0]
    for quantity_ in quantities[1:]:
        result = add(result, quantity_)
    return result


# -- × and ÷ ------------------------------------------------------------------------------
def _as_number(a: Quantity) -> Quantity:
    """% and pp multiply as their written numbers: 57.9% × 2 is 115.8, a pure number."""
    if is_percent(a.unit) or is_points(a.unit):
        return Quantity(a.interval, PURE)
    return a


def multiply(a: Quantity, b: Quantity) -> Quantity:
    a, b = _as_number(a), _as_number(b)
    if a.unit.is_pure:
        return Quantity(a.interval * b.interval, b.unit)
    if b.unit.is_pure:
        return Quantity(a.interval * b.interval, a.unit)
    for per, count in ((a, b), (b, a)):
        if per.unit.dimension.endswith(f"/{count.unit.dimension}"):  # 元/人 × 人 = 元
            dimension = per.unit.dimension[: -len(count.unit.dimension) - 1]
            label = _numerator_label(per.unit)
            factor = per.unit.factor * count.unit.factor
            return Quantity(a.interval * b.interval, Unit(label, "" if dimension == "1" else dimension, factor, label))
    unit = Unit(
        f"{a.unit.label()}·{b.unit.label()}", f"{a.unit.dimension}*{b.unit.dimension}", a.unit.factor * b.unit.factor
    )
    return Quantity(a.interval * b.interval, unit)


def _numerator_label(unit: Unit) -> str:
    parts = per_parts(unit)
    if parts is not None:
        return parts[0].label()
    return unit.label().split("/")[0]


def divide(a: Quantity, b: Quantity) -> Quantity:
    """a ÷ b; raises interval.EmptyDenominator when b may be zero."""
    a, b = _as_number(a), _as_number(b)
    if "/" in a.unit.dimension or "/" in b.unit.dimension:
        a, b = _align(a, b)  # 人均 income this year ÷ last year's in plain 元: a pure ratio
    if b.unit.is_pure:
        return Quantity(a.interval / b.interval, a.unit)
    if a.unit.dimension == b.unit.dimension:
        return Quantity(a.interval / b.to(a.unit).interval, PURE)
    if b.unit.dimension.startswith(f"{a.unit.dimension}/") and not a.unit.is_pure:  # 元 ÷ 元/人 = 人
        dimension = b.unit.dimension[len(a.unit.dimension) + 1 :]
        parts = per_parts(b.unit)
        label = parts[1].label() if parts is not None else b.unit.label().split("/")[-1]
        return Quantity(a.interval / b.interval, Unit(label, dimension, a.unit.factor / b.unit.factor, label))
    over = "1" if a.unit.is_pure else a.unit.label()
    dimension = f"{a.unit.dimension or '1'}/{b.unit.dimension}"
    unit = Unit(f"{over}/{b.unit.label()}", dimension, a.unit.factor / b.unit.factor)
    return Quantity(a.interval / b.interval, unit)


def scale(a: Quantity, factor: Fraction | int) -> Quantity:
    return Quantity(a.interval.scale(Fraction(factor)), a.unit)


def as_percent(a: Quantity) -> Quantity:
    """A pure ratio already multiplied by 100, labelled %; anything else is refused."""
    if not a.unit.is_pure:
        raise UnitMismatch(f"a percentage needs a pure ratio, not {describe(a.unit)}")
    return Quantity(a.interval, percent_unit())


# -- against the claim --------------------------------------------------------------------
def express(result: Quantity, stated: Quantity) -> Quantity:
    """`result` in the claim's unit, or UnitMismatch naming both units.

    A pure result takes the claim's unit (an operand with no unit standing alone); a claim
    with no unit takes the result's.
    """
    if result.unit.is_pure:
        return Quantity(result.interval, stated.unit)
    if stated.unit.is_pure:
        return result
    result = as_per(result, stated.unit) or result
    if result.unit.dimension != stated.unit.dimension:
        hint = ""
        if result.unit.dimension.startswith(f"{stated.unit.dimension}/"):
            per = _denominator_label(result.unit)
            hint = f" (a value per {per}: say so in the claim, 人均 or per capita, or write `per: {per}`)"
        raise UnitMismatch(f"stated in {describe(stated.unit)}, computed in {describe(result.unit)}{hint}")
    return result.to(stated.unit)


def _denominator_label(unit: Unit) -> str:
    parts = per_parts(unit)
    if parts is not None:
        return parts[1].label()
    return unit.label().split("/")[-1]


def common_unit(quantities: list[Quantity], what: str) -> list[Quantity]:
    """Quantities brought to the first one's unit for comparing (rank); pure ones kept."""
    base = next((q.unit for q in quantities if not q.unit.is_pure), PURE)
    base = next((q.unit for q in quantities if per_parts(q.unit) is not None), base)
    result = []
    for q in quantities:
        q = as_per(q, base) or q
        if q.unit.is_pure or base.is_pure:
            result.append(Quantity(q.interval, base))
        elif q.unit.dimension != base.dimension:
            raise UnitMismatch(f"{what}: cannot compare {describe(base)} with {describe(q.unit)}")
        else:
            result.append(q.to(base))
    return result
