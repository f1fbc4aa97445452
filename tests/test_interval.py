"""Property tests of interval.py: every computed interval holds every possible result.

For any points a ∈ A and b ∈ B, a ∘ b ∈ A ∘ B, with open, closed and infinite ends; and the
bounded closed case is tight (its ends are the extreme endpoint results).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.interval import EmptyDenominator, Interval, format_number

fractions = st.builds(Fraction, st.integers(-60, 60), st.integers(1, 8))
maybe_end = st.one_of(st.none(), fractions)


@st.composite
def intervals(draw, bounded: bool = False) -> Interval:
    lo = draw(fractions if bounded else maybe_end)
    hi = draw(fractions if bounded else maybe_end)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    lo_closed, hi_closed = draw(st.booleans()), draw(st.booleans())
    if lo is not None and lo == hi:
        lo_closed = hi_closed = True
    return Interval(lo, hi, lo_closed, hi_closed)


@st.composite
def point_in(draw, interval: Interval) -> Fraction:
    """A point of `interval`: an end when closed, else somewhere strictly inside."""
    choices = []
    if interval.lo is not None and interval.lo_closed:
        choices.append(interval.lo)
    if interval.hi is not None and interval.hi_closed:
        choices.append(interval.hi)
    t = draw(st.builds(Fraction, st.integers(1, 99), st.just(100)))
    far = draw(st.builds(Fraction, st.integers(1, 10**4), st.integers(1, 7)))
    if interval.lo is not None and interval.hi is not None:
        choices.append(interval.lo + (interval.hi - interval.lo) * t)
    elif interval.lo is not None:
        choices.append(interval.lo + far)
    elif interval.hi is not None:
        choices.append(interval.hi - far)
    else:
        choices.append(far * draw(st.sampled_from([-1, 1])))
    x = draw(st.sampled_from(choices))
    assert interval.contains(x), (interval, x)
    return x


@st.composite
def operands(draw, bounded: bool = False) -> tuple[Interval, Interval, Fraction, Fraction]:
    a, b = draw(intervals(bounded)), draw(intervals(bounded))
    return a, b, draw(point_in(a)), draw(point_in(b))


@settings(max_examples=200)
@given(operands())
def test_sum_contains_every_sum(case):
    a, b, x, y = case
    assert (a + b).contains(x + y)


@settings(max_examples=200)
@given(operands())
def test_difference_contains_every_difference(case):
    a, b, x, y = case
    assert (a - b).contains(x - y)


@settings(max_examples=200)
@given(operands())
def test_product_contains_every_product(case):
    a, b, x, y = case
    assert (a * b).contains(x * y)


@settings(max_examples=200)
@given(operands())
def test_quotient_contains_every_quotient_or_refuses_zero(case):
    a, b, x, y = case
    if b.contains(0):
        with pytest.raises(EmptyDenominator):
            a / b
        return
    assert (a / b).contains(x / y)


closed_bounded = st.builds(lambda x, y: Interval(min(x, y), max(x, y)), fractions, fractions)


@settings(max_examples=200)
@given(closed_bounded, closed_bounded)
def test_closed_bounded_products_are_tight(a, b):
    products = [p * q for p in (a.lo, a.hi) for q in (b.lo, b.hi)]
    assert a * b == Interval(min(products), max(products))
    assert a + b == Interval(a.lo + b.lo, a.hi + b.hi)


@settings(max_examples=300)
@given(intervals(), intervals(), st.data())
def test_overlap_means_a_common_point(a, b, data):
    common = a.intersection(b)
    assert a.overlaps(b) == b.overlaps(a)
    if a.overlaps(b):
        x = data.draw(point_in(common))
        assert a.contains(x) and b.contains(x)
        assert a.gap(b) == 0
    elif a.gap(b) > 0:
        assert not a.overlaps(b)


@settings(max_examples=200)
@given(intervals(), st.data())
def test_negation_and_reciprocal_contain_images(a, data):
    x = data.draw(point_in(a))
    assert (-a).contains(-x)
    if not a.contains(0):
        assert a.reciprocal().contains(1 / x)


def test_touching_closed_ends_overlap_and_open_ends_do_not():
    assert Interval.closed(1, 2).overlaps(Interval.closed(2, 3))
    assert not Interval(Fraction(1), Fraction(2), True, False).overlaps(Interval.closed(2, 3))
    assert not Interval.closed(1, 2).overlaps(Interval(Fraction(2), Fraction(3), False, True))


def test_exact_decimal_arithmetic():
    tenth = Interval.point(Fraction(1, 10))
    assert (tenth + Interval.point(Fraction(2, 10))).overlaps(Interval.point(Fraction(3, 10)))


def test_infinite_ends_stay_open():
    at_least = Interval(Fraction(800), None)
    total = at_least + Interval.closed(1, 2)
    assert total.lo == 801 and total.hi is None and not total.hi_closed
    assert (at_least * Interval.point(-1)).hi == -800


def test_division_by_interval_touching_zero_is_unbounded():
    half_open = Interval(Fraction(0), Fraction(2), False, True)
    assert (Interval.point(1) / half_open) == Interval(Fraction(1, 2), None, True, False)


def test_format():
    assert Interval.point(1793).format() == "1793"
    assert Interval.closed(Fraction("57.85"), Fraction("57.95")).format() == "[57.85, 57.95]"
    assert Interval(Fraction(800), None, False, False).format() == "(800, +∞)"
    assert format_number(Fraction(1, 3)) == "0.333333"


def _closed_ends(interval: Interval) -> list[Fraction]:
    ends = []
    if interval.lo is not None and interval.lo_closed:
        ends.append(interval.lo)
    if interval.hi is not None and interval.hi_closed:
        ends.append(interval.hi)
    return ends


@settings(max_examples=200)
@given(intervals(), intervals())
def test_a_closed_product_end_is_attained(a, b):
    """No false closedness: a closed end of A × B is the product of two points of A and B.

    A wrongly closed end would let a check pass where the intervals only touch at open ends.
    """
    product = a * b
    for end, closed in ((product.lo, product.lo_closed), (product.hi, product.hi_closed)):
        if end is None or not closed:
            continue
        corners = {p * q for p in _closed_ends(a) for q in _closed_ends(b)}
        assert end in corners or (end == 0 and (a.contains(0) or b.contains(0))), (a, b, product)
