"""Periods and dates written in running text: 2022年, 2022年1-11月份, 12月17日, 到2026年, Q3 2022.

A draft's `period` uses the spec's canonical forms (`2022`, `2022-11`, `2022-Q3`, `2022-H1`,
`2022-01/2022-11`, `2022-08-26`). A month or a date written without its year (1-11月, 12月17日)
takes the document's year, the year the document mentions most often outside targets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from factcheck.extract.numbers import fold_same_length

_Y = r"(?P<y>(?:19|20)\d\d)"
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Order matters: the longest forms first; a span once matched is not matched again.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(rf"{_Y}年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})[日号]")),
    ("date", re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")),
    ("range", re.compile(rf"(?:{_Y}年)?(?P<m>\d{{1,2}})月?[-~至到—–](?P<m2>\d{{1,2}})月(?:份)?")),
    ("range", re.compile(rf"(?:{_Y}年)?前(?P<q>[一二三四1-4])季度")),
    ("quarter", re.compile(rf"(?:{_Y}年)?第?(?P<q>[一二三四1-4])季度")),
    ("half", re.compile(rf"(?:{_Y}年)?(?P<h>上|下)半年")),
    ("month", re.compile(rf"{_Y}年(?P<m>\d{{1,2}})月(?:份|底|末|初|上旬|中旬|下旬)?")),
    ("month", re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?:份|底|末|初|上旬|中旬|下旬)")),
    ("year", re.compile(rf"{_Y}年(?:度)?")),
    ("date", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b")),
    ("date", re.compile(rf"(?i)\b(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_NAME})\s+{_Y}\b")),
    (
        "range",
        re.compile(
            rf"(?i)\b(?:between\s+)?(?P<mn>{_MONTH_NAME})\s*(?:-|–|to|through|and)\s*(?P<mn2>{_MONTH_NAME})\s+{_Y}\b"
        ),
    ),
    ("quarter", re.compile(rf"(?i)\bQ(?P<q>[1-4])\s+{_Y}\b")),
    ("quarter", re.compile(rf"(?i)\b{_Y}\s*-?\s*Q(?P<q2>[1-4])\b")),
    ("quarter", re.compile(rf"(?i)\b(?P<qw>first|second|third|fourth)\s+quarter\s+(?:of\s+)?{_Y}\b")),
    ("half", re.compile(rf"(?i)\b(?P<hw>first|second)\s+half\s+(?:of\s+)?{_Y}\b")),
    ("month", re.compile(rf"(?i)\b(?P<mn>{_MONTH_NAME})\s+{_Y}\b")),
    (
        "year",
        re.compile(
            rf"(?i)(?:(?<=\bin )|(?<=\bby )|(?<=\bsince )|(?<=\bof )|(?<=\bfor )|(?<=\bfrom )|"
            rf"(?<=\bto )|(?<=\buntil )|(?<=\bduring )|(?<=\byear )|(?<=\bfiscal )|"
            rf"(?<=\bend-)|(?<=\bmid-))\b{_Y}\b(?![\d%.,]\d|\s*(?:%|percent|per cent))"
        ),
    ),
)
_TARGET_BEFORE = re.compile(r"(?:到|至|力争到|争取到|目标到)$|(?i:\bby\s+(?:the\s+end\s+of\s+)?)$")
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period: str  # canonical (see docs/claim-format.md); "" when the year is unknown
    type: str  # date, range, quarter, half, month, year
    year: int | None
    target: bool = False  # written as a deadline: 到2026年, by 2026
    day: str = ""  # for a date: the day of the month as written ("26")


def find_periods(text: str, folded: str, year: int | None) -> list[PeriodMention]:
    """Every period or date in `folded` (a same-length fold of `text`), left to right."""
    starts: list[int] = []  # the spans taken so far, disjoint, sorted: an overlap test is one bisect
    ends: list[int] = []  # (a scan of every span taken was quadratic over a whole document)
    found: list[PeriodMention] = []
    for type_, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            at = bisect_left(starts, match.end())  # spans before `at` start before the match ends
            if at and ends[at - 1] > match.start():
                continue
            mention = _build(type_, match, text, folded, year)
            if mention is not None:
                starts.insert(at, match.start())
                ends.insert(at, match.end())
                found.append(mention)
    return sorted(found, key=lambda mention: mention.start)


def _build(type_: str, match: re.Match[str], text: str, folded: str, doc_year: int | None) -> PeriodMention | None:
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else doc_year
    target = bool(_TARGET_BEFORE.search(folded[max(0, match.start() - 20) : match.start()]))
    canonical = _canonical(type_, groups, year)
    if canonical is None:
        return None
    day = text[match.start("d") : match.end("d")] if groups.get("d") else ""
    return PeriodMention(
        match.start(), match.end(), text[match.start() : match.end()], canonical, type_, year, target, day
    )


def _canonical(type_: str, groups: dict[str, str | None], year: int | None) -> str | None:
    month = _month(groups.get("m"), groups.get("mn"))
    if type_ == "year":
        return str(year)
    if year is None:
        return ""
    if type_ == "date":
        day = int(groups["d"] or 0)
        return f"{year}-{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None
    if type_ == "month":
        return f"{year}-{month:02d}" if month else None
    if type_ == "range":
        quarters = groups.get("q")
        if quarters:
            return f"{year}-01/{year}-{3 * _CN_Q[quarters]:02d}"
        last = _month(groups.get("m2"), groups.get("mn2"))
        return f"{year}-{month:02d}/{year}-{last:02d}" if month and last and month < last else None
    if type_ == "quarter":
        quarter = _CN_Q.get(groups.get("q") or groups.get("q2") or "") or _ORDINAL_WORDS.get(
            (groups.get("qw") or "").lower()
        )
        return f"{year}-Q{quarter}" if quarter else None
    if type_ == "half":
        first = groups.get("h") == "上" or (groups.get("hw") or "").lower() == "first"
        return f"{year}-H{1 if first else 2}"
    return None


def _month(number: str | None, name: str | None) -> int | None:
    if number:
        value = int(number)
        return value if 1 <= value <= 12 else None
    if name:
        key = name.lower().rstrip(".")[:3]
        return next((i for i, month in enumerate(_MONTHS, 1) if month.startswith(key)), None)
    return None


def document_year(text: str) -> int | None:
    """The year a document reports on: the year it names most often, deadlines (到2026年) aside."""

    folded = fold_same_length(text)
    counts: Counter[int] = Counter()
    for mention in find_periods(text, folded, None):
        if mention.year and not mention.target:
            counts[mention.year] += 1
    if not counts:
        return None
    best = max(counts.values())
    return next(year for year in counts if counts[year] == best)  # a tie: the year named first
