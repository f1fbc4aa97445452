"""Periods (see docs/claim-format.md): the calendar span a figure is about.

Accepted forms (full-width digits are folded; `q`/`h` may be lower case):

| written                 | span                         |
|-------------------------|------------------------------|
| `2022` (or YAML 2022)   | 2022-01-01 … 2022-12-31      |
| `2022-11`               | a month: 2022-11-01 … 2022-11-30 |
| `2022-Q3`               | a quarter: 2022-07-01 … 2022-09-30 |
| `2022-H1`               | a half-year: 2022-01-01 … 2022-06-30 |
| `2022-08-26`            | one day                      |
| `2022-01/2022-11`       | ISO interval: each side any form above, end ≥ start (1-11月) |

`Period.end` is the last day of the span, so a target for `2026` has ended on 2027-01-01.
Anything else is a ValueParseError naming the text and these forms.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import Any

from factcheck.errors import ValueParseError
from factcheck.grammar.textnorm import to_halfwidth
from factcheck.model import Period

FORMS = "2022, 2022-11, 2022-Q3, 2022-H1, 2022-08-26 or an interval 2022-01/2022-11"

_ONE_PATTERN = "[0-9０-９]{4}(-([qQ][1-4]|[hH][12]|[0-9０-９]{2}(-[0-9０-９]{2})?))?"
#: For editors (the claim file's JSON Schema): the forms above, one or an interval; the day of
#: the month and a month past 12 are left to the loader, which names the exact problem.
SCHEMA_PATTERN = f"^\\s*{_ONE_PATTERN}(\\s*/\\s*{_ONE_PATTERN})?\\s*$"

_ONE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<quarter>[qQ][1-4])|(?P<half>[hH][12])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?",
    re.ASCII,
)


def parse_period(text: Any) -> Period:
    """The Period written as `text` (a string, or a YAML int year)."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise ValueParseError(f"period must be text such as {FORMS}, not {text!r}")
    return _parse_text(str(text))


@functools.lru_cache(maxsize=4096)  # claims repeat a few periods; a Period is immutable, so shared
def _parse_text(text: str) -> Period:
    written = to_halfwidth(text).strip()
    if "/" in written:
        first, _, second = written.partition("/")
        start, end = _one(first.strip(), written), _one(second.strip(), written)
        if end.end < start.start:
            raise ValueParseError(f"period {written!r} ends before it starts")
        return Period(f"{start.text}/{end.text}", start.start, end.end)
    return _one(written, written)


def _one(text: str, whole: str) -> Period:
    match = _ONE.fullmatch(text)
    if match is None:
        raise ValueParseError(f"period {whole!r} is not one of: {FORMS}")
    year = int(match["year"])
    if year < 1:
        raise ValueParseError(f"period {whole!r}: there is no year 0")
    if match["quarter"]:
        quarter = int(match["quarter"][1])
        return _span(f"{year}-Q{quarter}", year, 3 * quarter - 2, 3 * quarter)
    if match["half"]:
        half = int(match["half"][1])
        return _span(f"{year}-H{half}", year, 6 * half - 5, 6 * half)
    if match["month"] is None:
        return _span(f"{year:04d}", year, 1, 12)
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise ValueParseError(f"period {whole!r}: month {month} does not exist")
    if match["day"] is None:
        return _span(f"{year:04d}-{month:02d}", year, month, month)
    day = int(match["day"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueParseError(f"period {whole!r}: {year:04d}-{month:02d} has no day {day}")
    return Period(f"{year:04d}-{month:02d}-{day:02d}", date(year, month, day), date(year, month, day))


def _span(text: str, year: int, first_month: int, last_month: int) -> Period:
    last_day = calendar.monthrange(year, last_month)[1]
    return Period(text, date(year, first_month, 1), date(year, last_month, last_day))
