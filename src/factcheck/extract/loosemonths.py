"""Months mainland and Macau releases name without 份 or a year: "5月,我国进出口…" (May of the report's
year), "2019年前5个月" (January to May: the year to date).

`timing` reads 5月份, 2019年5月, 1-5月, 首八个月 and 至8月为止的十二个月; these add the bare forms. A
bare month after the report's month is of the year before ("12月" in a January release); a count of
months that is no span from January ("连续5个月") is no period.
"""

from __future__ import annotations

import re

from factcheck.extract.timing import PeriodMention, Reference
from factcheck.grammar.numerals import parse_numeral

#: 5月 alone: not 2019年5月, 1-5月, 5月份, 5月20日 (read by `timing`).
_BARE_MONTH = re.compile(r"(?<![\d./~～—–-])(?<!\d年)(?<!\d 年)(?P<m>1[0-2]|[1-9])\s?月(?![份底末初日号\d])")
#: 2019年前5个月: the months from January.
_FIRST_MONTHS = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)\s?年\s?)?前(?P<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?个月"
)


def loose_month_periods(text: str, folded: str, reference: Reference | None) -> list[PeriodMention]:
    """The bare months and year-to-date spans of a paragraph, dated by `reference`'s year."""
    year = reference.year if reference else None
    found: list[PeriodMention] = []
    if "月" not in folded:  # every match holds one: most English paragraphs skip the scans
        return found
    for match in _FIRST_MONTHS.finditer(folded):
        at = int(match["y"]) if match["y"] else year
        last = int(parse_numeral(match["n"]).value)
        period = f"{at}-01/{at}-{last:02d}" if at and last and last > 1 else ""
        found.append(PeriodMention(match.start(), match.end(), text[match.start() : match.end()], period, "range", at))
    for match in _BARE_MONTH.finditer(folded):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        month = int(match["m"])
        at = year - 1 if year and reference and reference.month and month > reference.month else year
        period = f"{at}-{month:02d}" if at else ""
        found.append(PeriodMention(match.start(), match.end(), text[match.start() : match.end()], period, "month", at))
    return found
