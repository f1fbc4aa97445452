"""Periods of the year so far, as monthly releases write them in English: "The average payroll
employees since January 2016 was 7,433 thousand", "the same period of January to August".

Why: read word by word, "since January 2016" is January alone and "January to August" two months;
the figures are averages over the months from January to the release's month.

- an aggregate ("average", "total", "cumulative", "accumulated") named before "since <month>
  [year]" in its clause: the months from that one to the release's month, of the release's year
  ("the highest since January 2025" is no span: a record since a month names that month's figure);
- "year-to-date": the months from January to the release's;
- "<month> to <month>" with no year after it (with a year, the period reader has it): the two
  months of the release's year, the year before when the last month is after the release's; "the
  same period of" before it names the span itself, no base of comparison.
"""

from __future__ import annotations

import re

from factcheck.extract.timing import PeriodMention, Reference

_MONTHS = "january february march april may june july august september october november december".split()
_SINCE = re.compile(
    r"(?i)\b(?:average|total|cumulative|accumulated)\b[^,.;:()]{0,50}?\bsince\s+$",
)
_PERIOD_OF = re.compile(r"(?i)\b(?:the\s+(?:same\s+)?)?period\s+of\s+$")
_TO = re.compile(r"(?i)^\s*(?:to|through|-|–)\s*$")


def with_year_to_date(text: str, reference: Reference | None, periods: list[PeriodMention]) -> list[PeriodMention]:
    """`periods` of a paragraph with "average … since January", "January to August" and "Year-to-date"
    read as spans."""
    if reference is None or reference.month is None:
        return periods
    periods = _with_written_year_to_date(text, reference.year, reference.month, periods)
    if "since" not in text and " to " not in text:
        return periods
    out: list[PeriodMention] = []
    skip = False
    for k, period in enumerate(periods):
        if skip:
            skip = False
            continue
        month = _month_of(period)
        since = _SINCE.search(text[: period.start]) if month is not None and period.year == reference.year else None
        if since is not None and month is not None and month < reference.month:
            start = text.rindex("since", 0, period.start)  # the span is "since January": no base of comparison
            opened = PeriodMention(start, period.end, text[start : period.end], "", "month", period.year)
            out.append(_span(opened, period.end, opened.text, reference.year, month, reference.month))
            continue
        later = periods[k + 1] if k + 1 < len(periods) else None
        if month is not None and later is not None and _bare(period) and _bare(later):
            last = _month_of(later)
            if last is not None and last > month and _TO.match(text[period.end : later.start]):
                year = reference.year if last <= reference.month else reference.year - 1
                named = _PERIOD_OF.search(text, 0, period.start)  # "the same period of January to August": its own
                start = named.start() if named else period.start
                opened = PeriodMention(start, period.end, text[start : period.end], "", "month", year)
                out.append(_span(opened, later.end, text[start : later.end], year, month, last))
                skip = True
                continue
        out.append(period)
    return out


_YEAR_TO_DATE = re.compile(r"(?i)\byear[- ]to[- ]date\b")


def _with_written_year_to_date(text: str, year: int, last: int, periods: list[PeriodMention]) -> list[PeriodMention]:
    """ "Year-to-date, the deficit decreased $0.5 billion": the months from January to the release's (`last`)."""
    canonical = f"{year}-01/{year}-{last:02d}" if last > 1 else f"{year}-01"
    added = [
        PeriodMention(found.start(), found.end(), found.group(), canonical, "range", year)
        for found in _YEAR_TO_DATE.finditer(text)
        if not any(p.start < found.end() and found.start() < p.end for p in periods)
    ]
    return sorted(periods + added, key=lambda period: period.start) if added else periods


def _month_of(period: PeriodMention) -> int | None:
    found = re.match(r"\d{4}-(\d{2})$", period.period) if period.type == "month" else None
    return int(found.group(1)) if found else None


def _bare(period: PeriodMention) -> bool:
    """A month written without its year ("January", not "January 2016")."""
    return period.text.strip().lower() in _MONTHS


def _span(first: PeriodMention, end: int, written: str, year: int, start: int, last: int) -> PeriodMention:
    canonical = f"{year}-{start:02d}/{year}-{last:02d}"
    return PeriodMention(first.start, end, written, canonical, "range", year)
