"""A Chinese table header whose period columns are bare month numbers: "指标名称 | 11 | 比去年同月增长(%) |
1-11 | 比去年同期增长(%)".

A monthly release heads the month's column with its number alone ("11", the month) and the months to
date with a range ("1-11", January to November). Such a row is a header, not a row of figures: it
names both a month and a range of months ending in a month, every figure of it is one of these,
and its first cell (over the rows' labels) is neither nor names a unit. A column that is no month (the growth beside
it, "比去年同月增长(%)") is of the period of the month column to its left.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"(\d{1,2})\s*(?:月份?)?")
_RANGE = re.compile(r"(\d{1,2})\s*[-—–~～至]\s*(\d{1,2})\s*(?:月份?)?")


def _months(text: str) -> tuple[int, int] | None:
    """(first, last) month of a header cell "11" (11, 11) or "1-11" (1, 11); None for any other."""
    bare = _BARE.fullmatch(text)
    if bare:
        month = int(bare.group(1))
        return (month, month) if 1 <= month <= 12 else None
    span = _RANGE.fullmatch(text)
    if span and 1 <= int(span.group(1)) < int(span.group(2)) <= 12:
        return int(span.group(1)), int(span.group(2))
    return None


def month_columns(names: list[str]) -> list[tuple[int, int] | None] | None:
    """The months of each column of a header row of cell texts `names` (None under a column that
    is no month: the label's, a growth), or None when the row is no such header: it needs a bare
    month and a range of months, a first cell that is none, and no other figure."""
    months = [_months(name.strip()) for name in names]
    if not names or months[0] is not None or re.search(r"[\d(（]", names[0]):
        return None  # the label's column: a month or a unit ("销售率(%) | 5 | | 1-5"), a row's label
    if any(month is None and re.search(r"\d", name) for month, name in zip(months, names, strict=True)):
        return None  # "100.9", "2020年": a figure or a period of another kind
    single = any(month is not None and month[0] == month[1] for month in months)
    spans = any(month is not None and month[0] < month[1] for month in months)
    return months if single and spans else None


def month_periods(names: list[str], year: int, month: int | None) -> tuple[str, ...]:
    """The period of each column of a header of bare months (`month_columns`) in a release for the
    month `month` of `year`: "11" → 2020-11, "1-11" → 2020-01/2020-11, a column with no month of its
    own the one to its left, the label's ""; () when the header's last month is not the release's."""
    months = month_columns(names)
    if months is None or month is None or max(m[1] for m in months if m is not None) != month:
        return ()
    periods: list[str] = []
    current = ""
    for found in months:
        if found is not None:
            first, last = found
            current = f"{year}-{last:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"
        periods.append(current)
    return tuple(periods)


#: A row label of a ratio, a share, an index or an average (or no Chinese one): its own unit, none carried.
_OWN_UNIT_LABEL = re.compile(r"率|比重|比例|指数|占|人均|平均|增长|增速|^[^\u4e00-\u9fff]*$")


def carries(label: str) -> bool:
    """Whether a Chinese row label's unit ("工业总产值(亿元)") covers the rows under it that name none
    ("#国有控股"), and whether such a row takes it: no ratio's, share's or average's."""
    return not _OWN_UNIT_LABEL.search(label)
