"""Possible ranks over intervals, against a brute force over sampled points."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.rank_sets import possible_ranks, ranks_text
from factcheck.interval import Interval

small = st.integers(0, 6).map(Fraction)


@st.composite
def intervals(draw) -> Interval:
    lo, hi = sorted((draw(small), draw(small)))
    if lo == hi:
        return Interval(lo, hi)
    return Interval(lo, hi, draw(st.booleans()), draw(st.booleans()))


def _points(interval: Interval) -> list[Fraction]:
    """Every point of the interval on a grid of quarters: enough for ends at whole numbers."""
    grid = [Fraction(k, 4) for k in range(-1, 4 * 6 + 2)]
    return [x for x in grid if interval.contains(x)]


def brute_force(of: Interval, others: list[Interval]) -> list[int]:
    ranks = set()

    def walk(x: Fraction, rest: list[Interval], above: int) -> None:
        if not rest:
            ranks.add(1 + above)
            return
        for y in _points(rest[0]):
            walk(x, rest[1:], above + (y > x))

    for x in _points(of):
        walk(x, others, 0)
    return sorted(ranks)


@settings(max_examples=150, deadline=None)
@given(intervals(), st.lists(intervals(), min_size=1, max_size=2))
def test_possible_ranks_are_exactly_the_reachable_ones(of, others):
    assert possible_ranks(of, others) == brute_force(of, others)


def test_ties_share_a_rank():
    five = Interval.point(5)
    assert possible_ranks(five, [five, Interval.point(9)]) == [2]
    assert possible_ranks(Interval.closed(4, 6), [five, five]) == [1, 3]


def test_unbounded_values():
    at_least = Interval(Fraction(10), None)
    assert possible_ranks(at_least, [Interval.point(10), Interval.point(20)]) == [1, 2]
    less_than = Interval(None, Fraction(10), False, False)
    assert possible_ranks(less_than, [Interval.point(10)]) == [2]


def test_ranks_text():
    assert ranks_text([2]) == "2"
    assert ranks_text([1, 2]) == "1 or 2"
    assert ranks_text([1, 3]) == "1 or 3"
    assert ranks_text([1, 2, 3, 4, 5, 6]) == "1 to 6"
