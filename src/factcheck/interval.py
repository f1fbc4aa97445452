"""Exact interval arithmetic on Fractions, with open, closed and infinite ends.

Every written number stands for an interval of true values (rounding, qualifiers), so every
check computes on intervals. Ends are `Fraction`s, never floats: 0.1 + 0.2 must be 0.3 for a
check to touch a closed end exactly. An infinite end is `None` and always open.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

# An end for the arithmetic: a Fraction, or +1/-1 times infinity, with its closedness.
_INF = object()


class EmptyDenominator(ArithmeticError):
    """Division by an interval that contains zero: no bounded answer exists."""


@dataclass(frozen=True, slots=True)
class _End:
    value: Fraction | None  # None: infinite
    sign: int  # for an infinite end: +1 or -1; ignored otherwise
    closed: bool

    def key(self) -> tuple[int, Fraction]:
        if self.value is None:
            return (self.sign, Fraction(0))
        return (0, self.value)


def _lt(a: _End, b: _End) -> bool:
    return a.key() < b.key()


def _times(a: _End, b: _End) -> _End:
    if a.value is not None and b.value is not None:
        product = a.value * b.value
        if product == 0:
            closed = (a.value == 0 and a.closed) or (b.value == 0 and b.closed) or (a.closed and b.closed)
        else:
            closed = a.closed and b.closed
        return _End(product, 0, closed)
    # At least one infinite end. Zero times infinity stands for the limit of products
    # near the zero end: zero, attained only if the zero end is closed.
    for x, _other in ((a, b), (b, a)):
        if x.value is not None and x.value == 0:
            return _End(Fraction(0), 0, x.closed)
    sign_a = a.sign if a.value is None else (1 if a.value > 0 else -1)
    sign_b = b.sign if b.value is None else (1 if b.value > 0 else -1)
    return _End(None, sign_a * sign_b, False)


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of reals {x : lo (<|<=) x (<|<=) hi}; `None` ends are infinite."""

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool = True
    hi_closed: bool = True

    def __post_init__(self) -> None:
        if self.lo is None and self.lo_closed:
            object.__setattr__(self, "lo_closed", False)
        if self.hi is None and self.hi_closed:
            object.__setattr__(self, "hi_closed", False)
        if self.lo is not None and not isinstance(self.lo, Fraction):
            object.__setattr__(self, "lo", Fraction(self.lo))
        if self.hi is not None and not isinstance(self.hi, Fraction):
            object.__setattr__(self, "hi", Fraction(self.hi))

    # -- construction -------------------------------------------------------------------
    @classmethod
    def point(cls, x: Fraction | int | str) -> Interval:
        value = Fraction(x)
        return cls(value, value)

    @classmethod
    def closed(cls, lo: Fraction | int | str, hi: Fraction | int | str) -> Interval:
        return cls(Fraction(lo), Fraction(hi))

    @classmethod
    def everything(cls) -> Interval:
        return cls(None, None, False, False)

    # -- predicates ---------------------------------------------------------------------
    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    def is_empty(self) -> bool:
        if self.lo is None or self.hi is None:
            return False
        if self.lo > self.hi:
            return True
        return self.lo == self.hi and not (self.lo_closed and self.hi_closed)

    def contains(self, x: Fraction | int) -> bool:
        x = Fraction(x)
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        if self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)):
            return False
        return True

    def contains_zero(self) -> bool:
        return self.contains(0)

    def overlaps(self, other: Interval) -> bool:
        """True when some real number lies in both intervals."""
        return not self.intersection(other).is_empty()

    def intersection(self, other: Interval) -> Interval:
        lo, lo_closed = _max_lo((self.lo, self.lo_closed), (other.lo, other.lo_closed))
        hi, hi_closed = _min_hi((self.hi, self.hi_closed), (other.hi, other.hi_closed))
        return Interval(lo, hi, lo_closed, hi_closed)

    def gap(self, other: Interval) -> Fraction:
        """Distance between two intervals; zero when they overlap or touch."""
        if self.hi is not None and other.lo is not None and self.hi <= other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi <= self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def midpoint(self) -> Fraction | None:
        if self.lo is None or self.hi is None:
            return self.lo if self.hi is None else self.hi
        return (self.lo + self.hi) / 2

    # -- arithmetic ---------------------------------------------------------------------
    def _ends(self) -> tuple[_End, _End]:
        return _End(self.lo, -1, self.lo_closed), _End(self.hi, 1, self.hi_closed)

    def __neg__(self) -> Interval:
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi, self.lo_closed and other.lo_closed, self.hi_closed and other.hi_closed)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval) -> Interval:
        candidates = [_times(a, b) for a in self._ends() for b in other._ends()]
        low = candidates[0]
        high = candidates[0]
        for end in candidates[1:]:
            if _lt(end, low) or (end.key() == low.key() and end.closed):
                low = end
            if _lt(high, end) or (end.key() == high.key() and end.closed):
                high = end
        # An infinite end is open whatever the candidates said.
        return Interval(
            low.value, high.value, low.closed and low.value is not None, high.closed and high.value is not None
        )

    def reciprocal(self) -> Interval:
        if self.contains_zero():
            raise EmptyDenominator(f"the denominator {self.format()} contains zero")
        lo, hi = self.lo, self.hi
        # The interval lies wholly on one side of zero; an end at zero is open here.
        new_lo = Fraction(0) if hi is None else (None if hi == 0 else 1 / hi)
        new_hi = Fraction(0) if lo is None else (None if lo == 0 else 1 / lo)
        lo_closed = hi is not None and hi != 0 and self.hi_closed
        hi_closed = lo is not None and lo != 0 and self.lo_closed
        if hi is not None and hi == 0:  # (lo, 0): reciprocal runs to -inf
            return Interval(None, new_hi, False, hi_closed)
        if lo is not None and lo == 0:  # (0, hi): reciprocal runs to +inf
            return Interval(new_lo, None, lo_closed, False)
        return Interval(new_lo, new_hi, lo_closed, hi_closed)

    def __truediv__(self, other: Interval) -> Interval:
        return self * other.reciprocal()

    def scale(self, factor: Fraction | int) -> Interval:
        return self * Interval.point(factor)

    def widen(self, absolute: Fraction = Fraction(0), relative: Fraction = Fraction(0)) -> Interval:
        """Move each finite end outward by `absolute` plus `relative` times its own size."""
        lo = None if self.lo is None else self.lo - absolute - abs(self.lo) * relative
        hi = None if self.hi is None else self.hi + absolute + abs(self.hi) * relative
        return Interval(lo, hi, self.lo_closed, self.hi_closed)

    def hull(self, other: Interval) -> Interval:
        lo, lo_closed = _min_lo((self.lo, self.lo_closed), (other.lo, other.lo_closed))
        hi, hi_closed = _max_hi((self.hi, self.hi_closed), (other.hi, other.hi_closed))
        return Interval(lo, hi, lo_closed, hi_closed)

    # -- output -------------------------------------------------------------------------
    def to_json(self) -> list[float | int | None]:
        """`[low, high]` as JSON numbers; `null` for an infinite end (see docs/report.md)."""
        return [json_number(self.lo), json_number(self.hi)]

    def format(self, digits: int = 6) -> str:
        """Mathematical notation: `[1792.5, 1793.5]`, `(800, +∞)`, `{1793}` for a point."""
        if self.is_point:
            return format_number(self.lo, digits)
        left = "[" if self.lo_closed else "("
        right = "]" if self.hi_closed else ")"
        lo = "−∞" if self.lo is None else format_number(self.lo, digits)
        hi = "+∞" if self.hi is None else format_number(self.hi, digits)
        return f"{left}{lo}, {hi}{right}"

    def __str__(self) -> str:
        return self.format()


def _max_lo(a: tuple[Fraction | None, bool], b: tuple[Fraction | None, bool]) -> tuple[Fraction | None, bool]:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return a[0], a[1] and b[1]
    return a if a[0] > b[0] else b


def _min_hi(a: tuple[Fraction | None, bool], b: tuple[Fraction | None, bool]) -> tuple[Fraction | None, bool]:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return a[0], a[1] and b[1]
    return a if a[0] < b[0] else b


def _min_lo(a: tuple[Fraction | None, bool], b: tuple[Fraction | None, bool]) -> tuple[Fraction | None, bool]:
    if a[0] is None or b[0] is None:
        return None, False
    if a[0] == b[0]:
        return a[0], a[1] or b[1]
    return a if a[0] < b[0] else b


def _max_hi(a: tuple[Fraction | None, bool], b: tuple[Fraction | None, bool]) -> tuple[Fraction | None, bool]:
    if a[0] is None or b[0] is None:
        return None, False
    if a[0] == b[0]:
        return a[0], a[1] or b[1]
    return a if a[0] > b[0] else b


def total(intervals: Iterable[Interval]) -> Interval:
    """The sum of several intervals (an empty sum is zero)."""
    result = Interval.point(0)
    for interval in intervals:
        result = result + interval
    return result


def json_number(x: Fraction | None) -> float | int | None:
    """An exact end as a JSON number: an int when whole, else the nearest float."""
    if x is None:
        return None
    if x.denominator == 1:
        return int(x.numerator)
    return float(x)


def format_number(x: Fraction | None, digits: int = 6) -> str:
    """A readable number: exact decimals when short, else `digits` significant digits.

    Whole numbers print in full (1793, 72500000); terminating decimals print exactly when
    they have few digits (57.85); others round to `digits` significant digits (33.333333).
    """
    if x is None:
        return "∞"
    if x.denominator == 1:
        return str(x.numerator)
    denominator = x.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator == 1 and max(twos, fives) <= 10:
        places = max(twos, fives)
        scaled = x * 10**places
        text = f"{abs(scaled.numerator):0{places + 1}d}"
        sign = "-" if x < 0 else ""
        return f"{sign}{text[:-places]}.{text[-places:]}".rstrip("0").rstrip(".")
    return f"{float(x):.{digits}g}" if abs(x) < 10**digits else f"{float(x):.{digits + 3}g}"
