"""The period a whole document reports on, read from its title, headings and text.

A release names many periods: its own, the ones it compares with ("from 61.4 percent in April
2017", 比2000年), and the dates its methods changed ("Starting April 2016, the survey adopted …").
Only the first kind says what the document is about.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from factcheck.extract.bases import compared_period, of_compared_number
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.periodforms import month_number
from factcheck.extract.timing import PeriodMention, Reference, find_periods
from factcheck.extract.undated import dated_title_period, publication_line

#: An index's base closing a title line, also when the line is a table's cell ("(2006 = 100) |").
_INDEX_BASE = re.compile(r"(?:=\s*100(?:\.0)?\s*\)?|为\s*100\s*[)）]?)\s*\|?\s*$")
# "Starting April 2016, the survey adopted …", "Beginning with the January 2020 data": when a
# method changed, not what the release reports on.
_AS_OF = re.compile(r"(?i)\bas\s+(?:of|at)\s+$")
_CHANGE_SINCE = re.compile(r"(?i)\b(?:starting|beginning|effective)\s+(?:(?:in|with|from)\s+)?(?:the\s+)?$")


def document_year(text: str) -> int | None:
    """The year a document reports on: the year it names most often, deadlines (到2026年) aside."""

    folded = fold_same_length(text)
    counts: Counter[int] = Counter()
    bases: Counter[int] = Counter()
    for mention in find_periods(text, folded, None):
        if mention.year and not mention.target:
            (bases if compared_period(folded, mention) else counts)[mention.year] += 1
    counts = counts or bases
    if not counts:
        return None
    best = max(counts.values())
    return next(year for year in counts if counts[year] == best)  # a tie: the year named first


def document_period(titles: list[str], text: str, headings: tuple[str, ...] = ()) -> Reference | None:
    """The period a document reports on: a heading's "for <period>" ("Main points for July to September
    2018"), else the first period its title or headings name (中华人民共和国2024年…统计公报; 上半年 in the year of
    a date line), else the one its text names most often as its own, dates aside (a tie: the one named
    first)."""
    named = [
        (title, mention)
        for title in titles
        if not _INDEX_BASE.search(title) and not publication_line(title)  # an index's base ("= 100)"), a date
        for folded_title in (fold_same_length(title),)
        for mention in find_periods(title, folded_title, None)
        if mention.type != "date"
        and mention.period
        and not mention.target
        and not _not_its_own(folded_title, mention)  # "… Compared to April 2030, …": a base, even in a title
    ]
    stated = [
        mention
        for line in (*titles, *headings)
        for mention in find_periods(line, fold_same_length(line), None)
        if mention.period and mention.type != "date" and re.search(r"(?i)\bfor\s+(?:the\s+)?$", line[: mention.start])
    ]
    if stated or named:  # "Main points for July to September 2018" says it outright; else the title's
        return Reference.of((stated or [m for _, m in named])[0].period)
    if dated := dated_title_period(titles, text, find_periods):
        return Reference.of(dated)
    folded = fold_same_length(text)
    every = find_periods(text, folded, None)  # once: a scan of the whole document
    found = [m for m in every if m.period and not m.target]
    own = [m for m in found if not _not_its_own(folded, m)]
    # Dates are events, not what a text reports on, unless its one period of its own is a date: a
    # census "以2010年11月1日零时为标准时点" against 2000 named only as a base is about November 2010.
    # A stock "as of January 1, 2018" with no other period of its own is of that day (its release
    # date is an event); "as of September 30, 2022", the month's last day, closes the month 2022-09.
    if not own and (after := _after_bases(text, [m.period for m in found if m.type != "date"])):
        return Reference.of(after)
    yearless = next((m for m in every if m.type == "month" and not m.year), None)
    compares = any(m.type == "month" for m in found) or _SAME_PERIOD.search(folded)  # not "results of the 2022 census"
    if (
        not own
        and yearless is not None
        and compares
        and (after := _month_after_bases(yearless.text, [m.period for m in found]))
    ):
        return Reference.of(after)
    periods = (
        [m.period for m in own if m.type != "date"]
        or [_month_if_its_end(m.period) for m in own if _AS_OF.search(folded, max(0, m.start - 10), m.start)]
        or [m.period[:7] for m in own]
    )
    counts = Counter(periods or [m.period for m in found if m.type != "date"])
    if not counts:
        return None
    best = max(counts.values())
    tied = [period for period in counts if counts[period] == best]
    if _month_run(tied):
        return Reference.of(_after_series(max(tied), yearless))
    return Reference.of(_month_of_twelve(tied[0], text))


def _month_of_twelve(period: str, text: str) -> str:
    """ "… rose 6.8% year on year in April" and "for the year ending April 2017": twelve months ending in the
    month the text names alone are that month's annual rates, so the release is of the month."""
    found = re.fullmatch(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)", period)
    if (
        found is None
        or int(found.group(3)) * 12 + int(found.group(4)) - int(found.group(1)) * 12 - int(found.group(2)) != 11
    ):
        return period
    named = {month_number(None, m.group("month")) for m in _YEARLESS_MONTH.finditer(text)}
    return period[-7:] if int(found.group(4)) in named else period


def _month_run(periods: list[str]) -> bool:
    """Three months or more, one after the other (a table's rows, each named once)."""
    if len(periods) < 3 or not all(re.fullmatch(r"\d{4}-\d\d", period) for period in periods):
        return False
    months = sorted(int(period[:4]) * 12 + int(period[5:]) for period in periods)
    return all(later - earlier == 1 for earlier, later in zip(months, months[1:]))


def _after_series(newest: str, month: PeriodMention | None) -> str:
    """A table's rows of past months, each named once, and the text's own month without its year
    (8月份 over rows 2022年8月 … 2023年7月): the release is of that month, at or after the newest row;
    with no such month, of the newest row. `month`: the text's first month without its year, if any."""
    found = re.match(r"\s*(\d{1,2})\s*月", month.text) if month is not None else None
    if found is None or not 1 <= int(found.group(1)) <= 12:
        return newest
    year, last = int(newest[:4]), int(newest[5:])
    named = int(found.group(1))
    return f"{year if named >= last else year + 1}-{named:02d}"


def _month_if_its_end(day: str) -> str:
    """ "2022-09-30" → "2022-09": a stock on a month's last day is the month's; other days stay."""
    year, month, date = (int(part) for part in day.split("-"))
    return day[:7] if date == calendar.monthrange(year, month)[1] else day


def _not_its_own(folded: str, mention: PeriodMention) -> bool:
    """A base (比2000年, "than in 2021"), the period of a compared figure ("from the LFPR of 61.4
    percent in April 2017") or the date a method changed ("Starting April 2016")."""
    return (
        compared_period(folded, mention)
        or of_compared_number(folded, mention)
        or bool(_CHANGE_SINCE.search(folded, max(0, mention.start - 30), mention.start))
    )


#: A quarter named without its year: "the economy grew by 5.2 percent during the first quarter".
_YEARLESS_QUARTER = re.compile(
    r"(?i)\b(first|second|third|fourth)\s+quarter\b(?!,?\s*(?:of\s+)?(?:19|20)\d\d)(?!\s+(?:\w+\s+){0,2}(?:19|20)\d\d)"
)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _after_bases(text: str, bases: list[str]) -> str | None:
    """Every period the text names with a year is a base ("compared to the first quarter of 2018"), and it
    names a quarter without one: the release is of that quarter, the first one after the newest base
    (the same quarter a year on, as a year-on-year comparison says)."""
    quarter = _YEARLESS_QUARTER.search(text)
    if quarter is None:
        return _yearless_month_after_bases(text, bases)
    ends = [_quarter_end(base) for base in bases]
    if not ends or None in ends:
        return None
    year, last = max(end for end in ends if end is not None)
    named = _QUARTERS[quarter.group(1).lower()]
    return f"{year if named > last else year + 1}-Q{named}"


def _quarter_end(period: str) -> tuple[int, int] | None:
    """(year, quarter) a period ends in: "2018" -> (2018, 4), "2018-Q1" -> (2018, 1), "2018-05" -> (2018, 2)."""
    found = re.fullmatch(r"(\d{4})(?:-Q([1-4])|-(\d\d))?", period)
    if found is None:
        return None
    if found.group(2):
        return int(found.group(1)), int(found.group(2))
    return int(found.group(1)), (int(found.group(3)) + 2) // 3 if found.group(3) else 4


_SAME_PERIOD = re.compile(r"(?i)\bsame\s+(?:period|month|quarter|week|time\s*frame|time\s+period)\b")


def _month_after_bases(month_name: str, bases: list[str]) -> str | None:
    """Every period the text names with a year is a base ("up 11 percent from February 2022") and it names
    a month without one ("As for the month of February"): the release is of that month, the first one
    after the newest base (the same month a year on, as a year-on-year comparison says)."""
    named = month_number(None, month_name.strip())
    ends = [_month_end(base) for base in bases]
    if named is None or not ends or None in ends:
        return None
    year, last = max(end for end in ends if end is not None)
    return f"{year if named > last else year + 1}-{named:02d}"


#: A month named without its year: "grew by 2.92 percent last August", "rose 1.9 percent in October".
_YEARLESS_MONTH = re.compile(
    r"(?i)\b(?:in|last|during|for)\s+(?P<month>january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b(?![ ,]*(?:\d|of\b))"
)


#: What makes the years named bases of a year-on-year comparison (not "the 2022 census" released "in March").
_YEAR_ON_YEAR = re.compile(
    r"(?i)\bsame (?:month|period)\b|\b(?:year-on-year|year-over-year|on an? (?:annual|yearly) basis)\b"
)


def _yearless_month_after_bases(text: str, bases: list[str]) -> str | None:
    """A month named without its year after "in", "last", "during" or "for" ("grew by 2.92 percent last
    August") in a text that compares year on year: the month after the bases, as `_month_after_bases`."""
    month = _YEARLESS_MONTH.search(text)
    if month is None or not _YEAR_ON_YEAR.search(text):
        return None
    return _month_after_bases(month.group("month"), bases)


def _month_end(period: str) -> tuple[int, int] | None:
    """(year, month) a period ends in: "2022" -> (2022, 12), "2022-02" -> (2022, 2), "2022-Q1" -> (2022, 3)."""
    quarter = _quarter_end(period)
    if quarter is None:
        return None
    found = re.fullmatch(r"\d{4}-(\d\d)", period)
    return quarter[0], int(found.group(1)) if found else quarter[1] * 3
