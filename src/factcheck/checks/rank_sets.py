"""The set of ranks a value can have among others when every value is an interval.

A rank is 1 + how many others are greater. With intervals, whether another value is greater
depends on where in its interval the ranked value really lies, so the answer is a set: for
each candidate point x of the ranked interval, every count between "surely greater than x"
and "possibly greater than x" is reachable. Both counts only change at the others' ends, so
checking those ends and one point between each pair of them is exact. Ties share a rank, so
the set can have gaps (two others both exactly equal to a value that may be below them).
"""

from __future__ import annotations

from fractions import Fraction

from factcheck.interval import Interval


def possible_ranks(of: Interval, others: list[Interval]) -> list[int]:
    """Every rank (1 = largest) that `of` can take among `others`, ascending."""
    ranks: set[int] = set()
    for x in _candidates(of, others):
        surely = sum(1 for other in others if _surely_above(other, x))
        possibly = sum(1 for other in others if _possibly_above(other, x))
        ranks.update(range(1 + surely, 2 + possibly))
    return sorted(ranks)


def _candidates(of: Interval, others: list[Interval]) -> list[Fraction]:
    ends = {end for other in others for end in (other.lo, other.hi) if end is not None}
    ends.update(end for end in (of.lo, of.hi) if end is not None)
    points = sorted(ends)
    if not points:
        points = [Fraction(0)]
    samples = list(points)
    samples += [(a + b) / 2 for a, b in zip(points, points[1:])]
    samples += [points[0] - 1, points[-1] + 1]
    return [x for x in samples if of.contains(x)]


def _surely_above(other: Interval, x: Fraction) -> bool:
    if other.lo is None:
        return False
    return other.lo > x or (other.lo == x and not other.lo_closed)


def _possibly_above(other: Interval, x: Fraction) -> bool:
    return other.hi is None or other.hi > x


def ranks_text(ranks: list[int]) -> str:
    """ "2", "1 or 2", "1, 2 or 4", or "1 to 9" for a long unbroken run."""
    if not ranks:
        return "none"
    if len(ranks) > 4 and ranks == list(range(ranks[0], ranks[-1] + 1)):
        return f"{ranks[0]} to {ranks[-1]}"
    words = [str(rank) for rank in ranks]
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} or {words[-1]}"
