"""Years of the Republic of China calendar (民國 years) in Taiwanese releases: 112年 is 2023.

Taiwan's statistics (主計總處 and others) write years as 民國 years: 112年第2季 is 2023-Q2, 111年 is
2022, 113年起 is 2024 on. Whether a document counts years so is decided once per document, from
evidence in its text: it names 民國, or it writes a year under 200 beside a month, a quarter or a
half (112年5月, 112年第2季, 112年上半年) at least twice. Elsewhere 112年 stays what it says (a
count of years, 建成112年), and a mainland text is read as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from factcheck.extract.hanperiods import first_written_period, written_periods
from factcheck.extract.loosemonths import loose_month_periods
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.timing import PeriodMention, Reference

_OFFSET = 1911  # 民國1年 = 1912
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NAMED = re.compile(r"民[國国]\s*(?:前\s*)?\d{1,3}\s*年|中[華华]民[國国]\s*\d{2,3}\s*年")
_BESIDE = r"(?: ?第?(?P<q>[一二三四1-4]) ?季(?!节|節)(?:度)?| ?(?P<h>上|下)半年| ?(?P<m>\d{1,2}) ?月(?:份)?)"
_BESIDE_MONTH = re.compile(rf"(?<![\d.])(?<!\d,)1[0-4]\d ?年{_BESIDE}")
# A three-digit year 100-149 (2011-2060) alone; a two-digit one (98年 = 2009) only beside a month,
# a quarter or a half, since 50年 alone is as often fifty years.
_ROC_YEAR = re.compile(rf"(?<![\d.])(?<!\d,)(?P<y>1[0-4]\d|[4-9]\d) ?年(?:度)?{_BESIDE}?")


@dataclass(frozen=True)
class RocReference(Reference):
    """The period of a document that writes 民國 years."""


def is_roc_document(text: str) -> bool:
    """Whether the text counts years from 民國 (see the module's note)."""
    folded = fold_same_length(text)
    return bool(_NAMED.search(folded)) or len(_BESIDE_MONTH.findall(folded)) >= 2


def roc_reference(reference: Reference | None, text: str, given: bool) -> Reference | None:
    """The document's reference, marked as 民國-counting when its text is; a reference found in the
    text (not `given` by the user) is then the 民國 year the text names most often. A document whose
    periods are all written in Chinese numerals (二零一五年第四季) takes the first its title names."""
    if not is_roc_document(text):
        if reference is None and not given and (period := first_written_period(text.split("\n", 1)[0])):
            return Reference.of(period)
        return reference
    if given and reference is not None:
        return RocReference(reference.period, reference.year, reference.month)
    folded = fold_same_length(text)
    counts = Counter(mention.year for mention in _mentions(text, folded) if mention.year)
    if not counts:
        return RocReference(reference.period, reference.year, reference.month) if reference else None
    best = max(counts.values())
    year = next(year for year in counts if counts[year] == best)  # a tie: the year named first
    return RocReference(str(year), year)


def with_roc_years(
    text: str, folded: str, reference: Reference | None, periods: list[PeriodMention]
) -> list[PeriodMention]:
    """`periods` of a paragraph with the periods Hong Kong and Taiwan write (二零一五年, 第四季) and,
    when the document writes them, its 民國 years read as periods."""
    added = written_periods(text, folded, reference.year if reference else None)
    if not isinstance(reference, RocReference):  # 5月, 前5个月: a Taiwanese bare month has no period
        read = added + [p for p in periods if p.type != "year"]  # 2019年前5个月: one period, not 2019
        added += [m for m in loose_month_periods(text, folded, reference) if not _overlaps(m, read)]
    if isinstance(reference, RocReference):
        roc = _mentions(text, folded)
        roc += [m for m in _bare_months(text, folded, reference.year) if not _overlaps(m, roc)]
        added = roc + [a for a in added if not _overlaps(a, roc)]
    if not added:
        return periods
    return sorted([p for p in periods if not _overlaps(p, added)] + added, key=lambda mention: mention.start)


def _overlaps(mention: PeriodMention, others: list[PeriodMention]) -> bool:
    return any(mention.start < other.end and other.start < mention.end for other in others)


#: A month written alone (7月概估數): Taiwanese releases name months so (7月份, 7月底 and 7月18日 are read
#: before). No figure's number, and no figure's period either: 7月 is as often when an estimate was made.
_BARE_MONTH = re.compile(r"(?<![\d.年/~～-])(?P<m>1[0-2]|[1-9]) ?月(?=[\u4e00-\u9fff])(?![份底末初日号])")


def _bare_months(text: str, folded: str, year: int | None) -> list[PeriodMention]:
    return [
        PeriodMention(m.start(), m.end(), text[m.start() : m.end()], "", "month", year)
        for m in _BARE_MONTH.finditer(folded)
    ]


def _mentions(text: str, folded: str) -> list[PeriodMention]:
    found = []
    for match in _ROC_YEAR.finditer(folded):
        year = int(match.group("y")) + _OFFSET
        quarter, half, month = match.group("q"), match.group("h"), match.group("m")
        if len(match.group("y")) == 2 and not (quarter or half or month):
            continue
        if quarter:
            type_, period = "quarter", f"{year}-Q{_CN_Q[quarter]}"
        elif half:
            type_, period = "half", f"{year}-H{1 if half == '上' else 2}"
        elif month and 1 <= int(month) <= 12:
            type_, period = "month", f"{year}-{int(month):02d}"
        elif month:
            continue  # 112年13月: no month
        else:
            type_, period = "year", str(year)
        found.append(PeriodMention(match.start(), match.end(), text[match.start() : match.end()], period, type_, year))
    return found
