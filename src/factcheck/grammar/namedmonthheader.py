"""An English table header whose columns name months without a year: "Item | Nov | Dec | Jan".

A monthly release heads its latest columns with the month names alone, in order, and states the
year once: in the heading over them, which a copy as text leaves in the row's first cell ("2009 CPI
Classification | … | Nov | Dec | Jan"), else in the release's own period. The year is the last
month's; the months run forward, so a month not before the one after it is of the year before
(Nov, Dec of 2008 before Jan 2009). The row's other cells are periods of their own ("2022", "Q1
2023") or years split over two calendar years ("2004-05 | 2005-06", fiscal or crop years): no
month, though "2004-05" reads as one, so no period a figure under it could take.
"""

from __future__ import annotations

import re

from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.tables import cells

_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = re.compile(
    r"(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_SPLIT_YEAR = re.compile(r"((?:19|20)\d\d)\s?[-–/]\s?(\d\d)")
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-])")
_LEAST_MONTHS = 2


def _month(text: str) -> int | None:
    match = _MONTH.fullmatch(text.strip().rstrip("."))
    return _MONTH_NAMES.index(match.group()[:3].lower()) + 1 if match else None


def _split_year(text: str) -> bool:
    """ "2004-05": a year running into the next, not May 2004."""
    match = _SPLIT_YEAR.fullmatch(text.strip())
    return match is not None and (int(match.group(1)) + 1) % 100 == int(match.group(2))


def named_month_periods(line: str, year: int | None, month: int | None) -> tuple[str, ...]:
    """The period of each column of a header row naming two or more months by name alone, counted
    after the first cell (over the rows' labels); "" for a split year's column; () for any other
    row. `year` and `month` are the release's, used when the row names no year of its own."""
    names = [cell.text for cell in cells(line) if cell.text]
    if len(names) < _LEAST_MONTHS + 1 or _month(names[0]) is not None:
        return ()
    columns = names[1:]
    months = [_month(name) for name in columns]
    if sum(found is not None for found in months) < _LEAST_MONTHS:
        return ()
    named = zip(months, columns, strict=True)
    if any(found is None and cell_period(name) is None and not _split_year(name) for found, name in named):
        return ()  # a cell that is no period: no header of periods
    last = _last_year(names[0], [m for m in months if m is not None][-1], year, month)
    if last is None:
        return ()
    periods: list[str] = []
    after: int | None = None
    current = last
    for found, name in zip(reversed(months), reversed(columns), strict=True):
        if found is None:
            periods.insert(0, "" if _split_year(name) else cell_period(name) or "")
            continue
        if after is not None and found >= after:
            current -= 1
        periods.insert(0, f"{current}-{found:02d}")
        after = found
    return tuple(periods)


def _last_year(stub: str, last_month: int, year: int | None, month: int | None) -> int | None:
    """The year of the last month column: the one year the first cell names, else the release's
    (the year before when the month comes after the release's month)."""
    named = set(_YEAR.findall(stub))
    if len(named) == 1:
        return int(named.pop())
    if named or year is None:
        return None
    return year - 1 if month is not None and last_month > month else year


def column_years(line: str) -> tuple[int | None, ...]:
    """The year each column of a header row names after its first cell: a calendar year ("2022") or
    the first of a split year ("2004-05" → 2004); None for any other column; () for a row naming
    fewer than two years."""
    names = [cell.text.strip() for cell in cells(line) if cell.text.strip()][1:]
    years: list[int | None] = []
    for name in names:
        split = _SPLIT_YEAR.fullmatch(name)
        if split is not None and _split_year(name):
            years.append(int(split.group(1)))
        else:
            years.append(int(name) if _YEAR.fullmatch(name) else None)
    return tuple(years) if sum(year is not None for year in years) >= _LEAST_MONTHS else ()
