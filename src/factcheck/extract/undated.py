"""A title naming its period without a year (河北省上半年生产总值…, 一季度…), under the release's date
line (2022-07-20 18:46:44): the period is the latest one of that name that has ended by the date
(上半年 dated July 2022 is 2022-H1; 四季度 dated January 2023 is 2022-Q4). So is a lead whose first
period has no year ("… averaged $47/barrel in August" dated September 9, 2015: August 2015)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from factcheck.extract.numbers import fold_same_length
from factcheck.grammar.periods import parse_period

#: How many lines at the top of a document may hold its date line (title, source, date).
_DATE_LINES = 5
#: （2023年4月） on its own line under the issuer's name: when the release was published, not what it reports on.
_PUBLISHED = re.compile(r"\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]\s*")


def publication_line(line: str) -> bool:
    """A line that is only a bracketed year and month (or day): the release's date, never its period."""
    return bool(_PUBLISHED.fullmatch(line))


def dated_title_period(titles: list[str], text: str, find: Callable[..., list[Any]]) -> str | None:
    """The period a yearless title names, read in the year of the first date at the document's top
    (the year before when that period had not ended by then); None without both."""
    top = [line for line in text.splitlines()[:_DATE_LINES] if line.strip()]
    dated = next(
        (
            m.period
            for line in top
            for m in find(line, fold_same_length(line), None)
            if m.type == "date" and m.period and not _EVENT_DATE.search(line[: m.start])
        ),
        None,
    )
    if dated is None:
        return None
    released = parse_period(dated).start
    lead = _lead(text, find)
    for title in (*titles, *lead):
        yearless = [m for m in find(title, fold_same_length(title), None) if m.type != "date" and not m.period]
        if not yearless:
            continue
        for year in (released.year, released.year - 1):
            named = [
                m for m in find(title, fold_same_length(title), year) if m.type != "date" and m.period and not m.target
            ]
            if (
                title in lead
            ):  # "increased from May to June": the period a change starts from is not the one reported on
                named = [m for m in named if not _FROM.search(title[: m.start])]
            if named and parse_period(named[0].period).end < released:
                return named[0].period
    return None


#: "a tax raised effective since January 1, 2011": a date the prose tells of, not the release's date.
_EVENT_DATE = re.compile(r"(?i)\b(?:since|effective|from|until|till|starting|beginning|before|after)\s+(?:on\s+)?$")
_FROM = re.compile(r"(?i)\b(?:from|since|than|over)\s+(?:the\s+)?$")
#: A paragraph of prose is longer than a title or a date line.
_PROSE = 120


def _lead(text: str, find: Callable[..., list[Any]]) -> list[str]:
    """The first paragraph of prose that names a period, when the first period it names has no year
    ("Brent crude oil prices averaged $47/barrel in August, …" under "Release Date: September 9,
    2015"): a lead names the period the release reports on first. Else none."""
    for line in text.splitlines():
        if len(line) <= _PROSE:
            continue
        periods = [m for m in find(line, fold_same_length(line), None) if m.type != "date"]
        if periods:
            return [line] if not periods[0].period else []
    return []
