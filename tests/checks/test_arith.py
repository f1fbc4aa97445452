"""Units in arithmetic (see docs/checks.md), on quantities built from the unit table."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks import arith, growth, share
from factcheck.grammar.units import PERCENT, POINTS, parse_unit
from factcheck.interval import EmptyDenominator, Interval
from factcheck.model import PURE, Quantity


def q(lo, hi=None, unit: str | None = None) -> Quantity:
    scale, parsed = parse_unit(unit)
    interval = Interval.closed(Fraction(str(lo)), Fraction(str(hi if hi is not None else lo)))
    return Quantity(interval.scale(scale), parsed)


def test_same_dimension_converts_by_factor():
    total = arith.add(q(1, unit="兆瓦"), q(500, unit="千瓦"))
    assert total.unit.symbol == "MW" and total.interval == Interval.point(Fraction(3, 2))
    assert arith.express(total, q(1500, unit="千瓦")).interval == Interval.point(1500)


def test_counts_combine_and_pure_takes_the_partners_unit():
    assert arith.add(q(38, unit="家"), q(2, unit="个")).interval == Interval.point(40)
    assert arith.add(q(2), q(38, unit="家")).unit.symbol == "家"
    assert arith.express(q(5), q(5, unit="家")).unit.symbol == "家"


def test_percent_and_points():
    assert arith.subtract(q(69, unit="%"), q(61.5, unit="%")).unit == POINTS
    assert arith.subtract(q(69, unit="%"), q(61.5)).unit == POINTS
    assert arith.add(q(61.5, unit="%"), q(7.5, unit="个百分点")).unit == PERCENT
    assert arith.subtract(q(69, unit="%"), q(7.5, unit="pp")).unit == PERCENT
    assert arith.add(q(1, unit="%"), q(2, unit="%")).unit == PERCENT
    with pytest.raises(arith.UnitMismatch, match="stated in %, computed in percentage points"):
        arith.express(arith.subtract(q(69, unit="%"), q(61.5, unit="%")), q(7.5, unit="%"))


def test_different_dimensions_are_refused():
    with pytest.raises(arith.UnitMismatch, match="cannot add 家 and 元"):
        arith.add(q(1, unit="家"), q(1, unit="元"))
    with pytest.raises(arith.UnitMismatch, match="cannot subtract"):
        arith.subtract(q(1, unit="元"), q(1, unit="美元"))


def test_multiplication_and_division():
    ratio = arith.divide(q(3500, unit="亿元"), q(2800, unit="万元"))
    assert ratio.unit == PURE and ratio.interval == Interval.point(12500)
    assert arith.divide(q(1200, unit="元"), q(2)).unit.symbol == "CNY"
    assert arith.multiply(q(57.9, unit="%"), q(2)).unit == PURE  # a percentage multiplies as its number
    per_person = arith.divide(q(10, unit="公里"), q(2, unit="人"))
    assert per_person.unit.dimension == "length/count"
    with pytest.raises(EmptyDenominator):
        arith.divide(q(1), q(-1, 1))


def test_as_percent_needs_a_pure_ratio():
    assert arith.as_percent(q(50)).unit == PERCENT
    with pytest.raises(arith.UnitMismatch):
        arith.as_percent(q(50, unit="家"))


def test_describe():
    assert arith.describe(POINTS) == "percentage points"
    assert arith.describe(PERCENT) == "%"
    assert arith.describe(PURE) == "a pure number"


# -- the checks' own formulas hold every pointwise result ---------------------------------
positive = st.builds(Fraction, st.integers(1, 10**6), st.integers(1, 100))
spans = st.tuples(positive, st.builds(Fraction, st.integers(0, 10**4), st.integers(1, 100)))
ts = st.builds(Fraction, st.integers(0, 100), st.just(100))


@settings(max_examples=200)
@given(spans, spans, ts, ts)
def test_growth_and_share_contain_every_pointwise_result(a, b, s, t):
    qa = Quantity(Interval.closed(a[0], a[0] + a[1]), parse_unit("家")[1])
    qb = Quantity(Interval.closed(b[0], b[0] + b[1]), parse_unit("个")[1])
    x, y = a[0] + a[1] * s, b[0] + b[1] * t
    assert growth.compute([qa, qb]).interval.contains((y - x) / x * 100)
    assert share.compute([qa, qb]).interval.contains(x / y * 100)
