"""Months written in short, as the name of a figure or right after it, for `timing`.

- "Jun-19", "Mar'24": a month and a two-digit year, as chart axes and table headings write them.
- "the revised May rate of 1,399,000", "the June 2023 estimate of 1,415,000": the month names the
  figure right after it, so it is that figure's period (a month without a year is the reference
  year's, or the year before when it comes after the reference month).
- "increased to 13.8% in September from 13.2% in August": a period right after a figure and its unit
  is that figure's own, though another stands before it in the sentence.
- the month or quarter before a reference period, and a window of months before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

#: After a month name: "-19" or "'24", not a day or a longer number ("Jun-19-2024", "May-10.5").
AXIS_YEAR = r"[-'’](?P<yy>\d\d)\b(?![-.,:/]?\d)"

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_FIGURE = re.compile(
    r"(?i)\b(?:the|its|a)\s+(?:(?:revised|preliminary|advance|final|upwardly revised|downwardly revised)\s+)?"
    r"(?P<mn>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?\s+(?:rate|figure|estimate|level|reading|total|value)\s+(?:of|was|at)\s+"
    r"(?:about\s+|around\s+|an?\s+)?\$?$"
)


def short_year(digits: str | None) -> int | None:
    """The year of a two-digit year: 19 → 2019, 85 → 1985; None when there is none."""
    if not digits:
        return None
    short = int(digits)
    return short + (2000 if short < 70 else 1900)


def named_figure_period(folded: str, start: int, value_start: int, year: int | None, month: int | None) -> str | None:
    """The month of "the revised May rate of" right before the number at `value_start`, else None;
    `year` and `month` are the document's reference period."""
    named = _NAMED_FIGURE.search(folded, start, value_start)
    if not named:
        return None
    named_month = _MONTHS.index(named.group("mn")[:3].lower()) + 1
    if named.group("y"):
        return f"{named.group('y')}-{named_month:02d}"
    if year is None:
        return None
    if month and named_month > month:
        year -= 1  # "the revised December figure" in a January release
    return f"{year}-{named_month:02d}"


def previous_period(period: str, unit: str) -> str | None:
    """The quarter or month before `period` ("2023-Q1" → "2022-Q4", "2023-03" → "2023-02"), when it is one."""
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if unit == "quarter" and quarter:
        year, number = int(quarter.group(1)), int(quarter.group(2))
        return f"{year}-Q{number - 1}" if number > 1 else f"{year - 1}-Q4"
    month = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if unit == "month" and month:
        year, number = int(month.group(1)), int(month.group(2))
        return f"{year}-{number - 1:02d}" if number > 1 else f"{year - 1}-12"
    return None


def months_before(year: int, month: int, count: int) -> str:
    """The `count` months before the month `year`-`month`, as an interval (2022-09/2023-02)."""
    last = year * 12 + month - 2  # months since year 0, the month before
    first = last - count + 1
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"


#: Between an English figure and the period that is its own: its unit, then "in": "from 9.5% in August",
#: "up from 9.0 percentage points in August", "to 64,500 in November" (no other word, no comma).
#: "from 5.9% recorded in February", "7.6 percent which was recorded in February", "the record of 754,835,
#: which was set in 2015": a figure, then when it was recorded.
_UNIT_THEN_IN = re.compile(
    r"(?i)(?:\s*%|\s+(?:percent|per cent|percentage points?|points?|[a-z]+))?"
    r"(?:,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:recorded|registered|reported|observed|set))?"
    r"\s+(?:in|during|for|at the end of)\s+"
    r"(?:the\s+)?(?:(?:same\s+)?(?:year|quarter|month)\s+(?:of\s+)?)?$"  # "for the year 2015", "at the end of June"
)


def period_right_after(folded: str, periods: list, value_start: int) -> object | None:
    """The period written right after an English figure and its unit ("13.2% in August"), which is the
    figure's own even when another period stands before it in the sentence ("increased to 13.8% in
    September from 13.2% in August"); None when the text between holds anything else."""
    number = _FIGURE.match(folded, value_start)
    if number is None:
        return None
    for period in periods:
        if period.start >= number.end() and period.period and period.type != "date" and not period.target:
            gap = folded[number.end() : period.start]
            return period if len(gap) <= 40 and _UNIT_THEN_IN.fullmatch(gap) else None
    return None


_UNIT_THEN_ON = re.compile(r"(?i)(?:\s*%|\s+[a-z]+){0,2}\s+(?:on|as\s+(?:of|at))\s+(?:the\s+)?$")


def day_right_after(folded: str, periods: list, value_start: int) -> object | None:
    """The date written right after a figure and its unit ("the 5.3 million head on March 1, 2030"): the
    day a stock stood at, in a document about stocks on a day; None when the text between holds more."""
    number = _FIGURE.match(folded, value_start)
    if number is None:
        return None
    following = next((p for p in periods if p.start >= number.end() and p.period), None)
    if following is None or following.type != "date" or following.start - number.end() > 30:
        return None
    return following if _UNIT_THEN_ON.fullmatch(folded, number.end(), following.start) else None


_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?")


# "from 9.7% to 10.7%": the first figure of a change from one level to another ("Greece (14.3% to 21.0%"
# stays a list's item: its order is the list's, not the change's)
# (or "from K71.00 to K70.61": a currency sign before each figure)
_SIGN = r"(?:[$€£¥₦₹]|(?-i:[A-Z]{1,3})\$?)?"
_HEDGE = r"(?:(?:just\s+)?(?:under|over)\s+|(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+)?"
_FIRST_OF_TWO = re.compile(
    rf"(?i)(?<!ranged )(?<!ranges )(?<!ranging )(?<!range )\bfrom\s+{_HEDGE}{_SIGN}$"
)  # no range
_SECOND_OF_TWO = re.compile(rf"(?i)\bfrom\s+(?:[^.;]|\.\d)*?\bto\s+{_HEDGE}{_SIGN}$")
# "… 24.497 million in 2017 to 27.794 million": words of its unit and period may come before "to"
_TO_FIGURE = re.compile(
    rf"(?i)[\d.,]*\s*(?:%|percent|per cent)?(?:\s+(?:[a-z]+|(?:19|20)\d\d)){{0,4}}?\s+to\s+{_HEDGE}{_SIGN}[-+]?\d"
)
_TO_THEN_FROM = re.compile(
    rf"(?i)\b(?:to|stood\s+at)\s+{_SIGN}[-+]?\d[\d.,]*\s*(?:%|percent|per cent)?\s+from\s+{_SIGN}$"
)


def level_left(folded: str, value_start: int) -> bool:
    """ "climbed 5% from $60,559 to $63,399", "fell to 2,278 from 3,214": the figure is the level a change
    started from."""
    if not _FIRST_OF_TWO.search(folded, max(0, value_start - 24), value_start):
        return False
    return bool(
        _TO_FIGURE.match(folded, value_start) or _TO_THEN_FROM.search(folded, max(0, value_start - 50), value_start)
    )


def one_of_two_levels(folded: str, value_start: int) -> bool:
    """ "from 24.497 million in 2017 to 27.794 million in 2018": either level of a change from one to the other."""
    return level_left(folded, value_start) or bool(
        _SECOND_OF_TWO.search(folded, max(0, value_start - 120), value_start)
    )


def same_part_of_year(reference_period: str, year: str) -> str | None:
    """The reference's month, quarter or half in `year` (2019-Q1 and 2018 → 2018-Q1); None for a year or a span."""
    found = re.fullmatch(r"\d{4}(-(?:\d\d|Q[1-4]|H[12]))", reference_period)
    return f"{year}{found.group(1)}" if found else None


def first_point_between(folded: str, periods: list, sentence: tuple[int, int], value_start: int) -> object | None:
    """ "Between February 2011 and February 2012, the rate increased from 9.7% to 10.7%": the first
    figure of a change from one level to another is of the first of the two points it runs between."""
    if not level_left(folded, value_start):
        return None
    dated = [p for p in periods if sentence[0] <= p.start < sentence[1] and p.period and p.type != "date"]
    for first, second in zip(dated, dated[1:]):
        opens = re.search(r"(?i)\bbetween\s+(?:the\s+)?$", folded[max(0, first.start - 14) : first.start])
        if opens and re.fullmatch(r"\s+and\s+(?:the\s+)?", folded[first.end : second.start]):
            return first
    return next((earlier for p in dated if (earlier := _first_of_between(p)) is not None), None)


_BETWEEN_MONTHS = re.compile(r"(?i)between\s+(?P<first>[a-z]{3})[a-z]*\.?\s*(?:and|to|-|–)\s*[a-z]")


def _first_of_between(period: object) -> object | None:
    """ "between February and March 2015", read as March (a change's later point): February, the first point."""
    found = _BETWEEN_MONTHS.match(period.text) if period.type == "month" else None
    if found is None or found.group("first").lower() not in _MONTHS:
        return None
    year, later = int(period.period[:4]), int(period.period[5:7])
    first = _MONTHS.index(found.group("first").lower()) + 1
    return replace(period, period=f"{year if first < later else year - 1}-{first:02d}")
