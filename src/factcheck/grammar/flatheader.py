"""The header of a table flattened to text: the columns it names, each a period or a change between two.

A release copied as text keeps a table's column header as one line ("March 2011 February 2012r March
2012p February to March 2012 March 2011 to March 2012", "Group Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug
97/ Jul 97", "Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth", "11/20-01/21 02-04/2021 …
10/2021", "Q1 2023 Q2 2023", "2022 2023"), or as a row of cells ("Flows | Sep 18 | Sep 19 | Growth (%)").
A column is:

- a period (March 2011, Aug 96, Sep '18, Jan-Sep 19, 2012, Q1 2023, 2021M10): the level of that period;
- a change between two periods named by both ("February to March 2012", "March 2011 to March 2012",
  "Aug 97/ Aug 96", "Change from: Aug. 2019-Sept. 2019"), the earlier one first in time;
- a change named by a word ("Growth", "% change1", "Change", "Growth (%)", "%") after a period: the
  change between the two period columns just before it when there are two of one kind and no other
  column since the last change (its `base` the earlier), else a change ending in the last period.

A line is a header only when every token after an optional label of words is a column (a mark of
preliminary or revised figures, "p", "r", "(p)", allowed) and it names two periods: a sentence naming
years is none, and so is a change that runs backwards or between periods of two kinds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factcheck.grammar.headerunit import PERIODIC_PERCENT
from factcheck.grammar.tables import cells

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s?[-–—]\s?"
#: One period of a header line (named groups say which form), then a mark of preliminary/revised figures.
_PERIOD = rf"""
    (?: (?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})\s?(?P<my>{_YEAR}|'?\d\d)  # Jan-Sep 2019, Jan-Sep 18
      | (?P<mn>{_MONTH})[\s-]?(?P<mny>{_YEAR}|'?\d\d)                   # September 2019, Sep 18, Sep '18, Sep-22
      | (?P<a1>\d\d?)/(?P<ay1>\d\d(?:\d\d)?){_DASH}(?P<a2>\d\d?)/(?P<ay2>\d\d(?:\d\d)?)  # 11/20-01/21
      | (?P<b1>\d\d?){_DASH}(?P<b2>\d\d?)/(?P<by>{_YEAR})                 # 02-04/2021
      | (?P<c>\d\d?)/(?P<cy>{_YEAR})                                      # 10/2021
      | (?P<iy>{_YEAR})[M-](?P<im>\d\d)                                   # 2021M10, 2021-10
      | (?P<q>Q[1-4]|H[12])\s?(?P<qy>{_YEAR})                             # Q1 2023, H1 2023
      | (?P<qy2>{_YEAR})\s?(?P<q2>Q[1-4]|H[12])                           # 2023Q1, 2023 Q1
      | (?P<y>{_YEAR})                                                    # 2022
    )
    (?:[pre]|\*+|\s?\([pre]\))?(?=\s|$|/\s?[A-Za-z]|[-–]\s?[A-Za-z])
"""
_TOKEN = re.compile(f"(?ix){_PERIOD}")
#: "February to March 2012": a change over the months named, from the first to the last.
_MONTHS_TO = re.compile(rf"(?i)(?P<t1>{_MONTH})\s+to\s+(?P<t2>{_MONTH})\s?(?P<ty>{_YEAR})(?:[pre])?(?=\s|$)")
_TO = re.compile(r"(?i)to\s+|/\s?|[-–]\s?")  # "March 2011 to March 2012", "Aug 97/ Aug 96", "Aug. 2019-Sept. 2019"
#: A column of changes named by a word: "Growth", "% change1", "Change", "% chg", "Growth (%)", "Change, %".
_CHANGE_WORD = re.compile(
    r"(?i)(?P<pct>(?:%|per\s?cent|percent)\s?)?(?:change|growth|chg\.?|var\.?)\d?"
    r"(?P<unit>\s?\((?:%|per\s?cent|percent)\)|,\s?(?:%|per\s?cent|percent))?(?:\s+from:?)?(?=\s|$)|(?P<alone>%)(?=\s|$)"
)
_OPEN = re.compile(r"\s?\(\s?")
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z&/,'’()-]*")


@dataclass(frozen=True)
class Column:
    period: str | None  # the column's period ("2012-02"); a change column: the period it ends in
    change: bool = False
    percent: bool = False  # the header says so: "% change", "%", "Growth (%)"
    base: str | None = None  # a change column: the period it starts from, when the header says which
    heading: str = field(default="", compare=False)  # the header's words for the column


def header_columns(line: str) -> tuple[Column, ...]:
    """The columns a header line names, left to right; () for any other line (a row of cells too)."""
    text = line.strip()
    if not text or "|" in text or len(text) > 200 or text.endswith("."):
        return ()
    position, columns, words = 0, [], 0
    while position < len(text):
        column, end = _column_at(text, position, columns)
        if column is not None:
            columns.append(column)
            position = end
        else:
            word = _LABEL_WORD.match(text, position)
            if word is None or columns or _TOKEN.match(text, position):  # a word after the first column,
                return ()  # or a period that is none ("Sep-Jan 2019"): no header
            words += 1
            position = word.end()
        while position < len(text) and text[position].isspace():
            position += 1
    periods = sum(1 for column in columns if not column.change)
    return _resolve(columns) if periods >= 2 and words <= 6 and not columns[0].change else ()


def header_cells(line: str) -> tuple[Column, ...]:
    """The columns of a header row of cells, one a cell after its label cell ("Flows | Sep 18 | Sep 19
    | Growth (%)"); () for a row with a cell that is no column, or with no period."""
    row = [cell.text for cell in cells(line)]
    while row and not row[-1]:
        row.pop()  # "| Nov 2021 | % change |": the empty cell after the last bar names no column
    if len(row) < 3 or re.fullmatch(r"[-+−]?\d[\d,]*(?:\.\d+)?%?", row[0]):
        return ()  # a row of figures
    labels = 1
    while labels < len(row) - 2 and not re.search(r"\d", row[labels]) and _column_at(row[labels], 0, [])[0] is None:
        labels += 1  # "Group | Item | DEC 2016 | …": two label columns
    columns: list[Column] = []
    for text in row[labels:]:
        column, end = _column_at(text, 0, columns) if text else (None, 0)
        if column is None or end != len(text):
            return ()
        columns.append(column)
    return _resolve(columns) if any(not column.change for column in columns) else ()


def _column_at(text: str, position: int, before: list[Column]) -> tuple[Column | None, int]:
    ranged = _MONTHS_TO.match(text, position)
    if ranged is not None:  # "November to January 2012": November 2011
        year, last, first = int(ranged.group("ty")), _month(ranged.group("t2")), _month(ranged.group("t1"))
        base = f"{year if first < last else year - 1}-{first:02d}"
        return Column(f"{year}-{last:02d}", True, base=base, heading=ranged.group()), ranged.end()
    match = _TOKEN.match(text, position)
    if match is not None:
        period = _canonical(match)
        if period is None:
            return None, position
        glued = text[match.end() : match.end() + 1] in ("/", "-", "–")
        to = _TO.match(text, match.end() + (0 if glued else 1)) if match.end() < len(text) else None
        after = _TOKEN.match(text, to.end()) if to is not None else None
        other = _canonical(after) if after is not None else None
        if after is not None and other is not None:  # "March 2011 to March 2012": to March 2012
            slash = text.startswith("/", match.end())  # "Aug 97/ Aug 96": to Aug 97
            later, earlier = (period, other) if slash else (other, period)
            if not _comparable(earlier, later) or earlier >= later:
                return None, position  # backwards, or a month against a year: a change of what?
            return Column(later, True, base=earlier, heading=text[position : after.end()]), after.end()
        return (Column(period, heading=match.group()), match.end()) if not glued else (None, position)
    periodic = PERIODIC_PERCENT.match(text[position:]) if position == 0 else None
    latest = next((c.period for c in reversed(before) if not c.change and c.period), None)
    if periodic is not None and latest is not None:  # "Monthly % change": the latest column's change over a month
        base = _shifted(latest, periodic.group("span").lower())
        return Column(latest, True, True, base if base else None, text), len(text)
    change = _CHANGE_WORD.match(text, position)
    if change is not None and before:
        over = _column_at(text, change.end() + 1, []) if change.end() < len(text) else (None, 0)
        if over[0] is not None and over[0].change:  # "Change from: Aug. 2019-Sept. 2019": one column
            return over[0], over[1]
        bracket = _OPEN.match(text, change.end())
        inner = text[bracket.end() :].rstrip() if bracket else ""
        inner = inner[:-1].rstrip() if inner.endswith(")") else ""
        within = _column_at(inner, 0, []) if inner else (None, 0)
        if within[0] is not None and within[0].change and within[1] == len(inner):  # "% change (Nov 2020 - Nov 2021)"
            return replace(within[0], percent=within[0].percent or bool(change.group("pct"))), len(text)
        percent = bool(change.group("pct") or change.group("alone") or change.group("unit"))
        return Column(before[-1].period, True, percent, heading=change.group()), change.end()
    return None, position


def _resolve(columns: list[Column]) -> tuple[Column, ...]:
    """A change named by a word: the change between the two period columns just before it (and no
    other column since the last change), from the earlier to the later."""
    out: list[Column] = []
    since: list[Column] = []
    for column in columns:
        if column.change and column.base is None and len(since) == 2 and all(not c.change for c in since):
            early, late = sorted(c.period or "" for c in since)
            if early < late and _comparable(early, late):
                column = Column(late, True, column.percent, early, column.heading)
        out.append(column)
        since = [] if column.change else [*since, column]
    return tuple(out)


def _comparable(a: str, b: str) -> bool:
    """Two periods of one kind (two months, two spans of months, two years, two quarters)."""
    return re.sub(r"\d", "", a) == re.sub(r"\d", "", b)


def cell_period(text: str) -> str | None:
    """The period a table's header cell names alone ("2022", "Sep 2019p", "Q1 2023"), else None."""
    match = _TOKEN.fullmatch(text.strip())
    return _canonical(match) if match is not None else None


def header_periods(line: str) -> tuple[str | None, ...]:
    """The period of each column of a header line; () for a line that is no header."""
    return tuple(column.period for column in header_columns(line))


def _canonical(match: re.Match[str]) -> str | None:
    group = match.groupdict()
    if group["m1"]:
        first, last, year = _month(group["m1"]), _month(group["m2"]), _full(group["my"])
        return _interval(year, first, year, last)
    if group["mn"]:
        return f"{_full(group['mny'])}-{_month(group['mn']):02d}"
    if group["a1"]:
        return _interval(_full(group["ay1"]), int(group["a1"]), _full(group["ay2"]), int(group["a2"]))
    if group["b1"]:
        year = int(group["by"])
        return _interval(year, int(group["b1"]), year, int(group["b2"]))
    if group["c"]:
        return f"{group['cy']}-{int(group['c']):02d}" if 1 <= int(group["c"]) <= 12 else None
    if group["iy"]:
        return f"{group['iy']}-{group['im']}" if 1 <= int(group["im"]) <= 12 else None
    if group["q"] or group["q2"]:
        return f"{group['qy'] or group['qy2']}-{(group['q'] or group['q2']).upper()}"
    return group["y"]


def _shifted(period: str, span: str) -> str:
    """The period a change over `span` ("monthly", "annual", …) compares `period` with: "2023-04" for a
    monthly change of "2023-05", "2022-05" for its annual one; "" when the span does not fit the period."""
    month = re.fullmatch(r"(\d{4})-(\d\d)", period)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    yearly = span.startswith(("annual", "yearly", "year", "12", "twelve"))
    if yearly and (month or quarter or re.fullmatch(r"\d{4}", period)):
        return str(int(period[:4]) - 1) + period[4:]
    if month and span.startswith("month"):
        year, number = int(month.group(1)), int(month.group(2))
        return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
    if quarter and span.startswith("quarter"):
        year, number = int(quarter.group(1)), int(quarter.group(2))
        return f"{year - 1}-Q4" if number == 1 else f"{year}-Q{number - 1}"
    return ""


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _full(year: str) -> int:
    digits = year.lstrip("'")  # "Aug 97", "Sep 18", "Sep '18"
    return int(digits) if len(digits) == 4 else (2000 if int(digits) < 50 else 1900) + int(digits)


def _interval(first_year: int, first: int, last_year: int, last: int) -> str | None:
    if not (1 <= first <= 12 and 1 <= last <= 12) or (first_year, first) >= (last_year, last):
        return None
    return f"{first_year}-{first:02d}/{last_year}-{last:02d}"


#: A quarter under a year of the header line above: "I qtr", "IV quarter", "Q1", "1st qtr", "Qtr 2".
_QUARTER = re.compile(
    r"(?i)(?:(?P<r>I{1,3}|IV)|(?P<d>[1-4])(?:st|nd|rd|th)?)\s?(?:qtr\.?|quarter)(?=\s|$)|(?:Q|qtr\.?\s?)(?P<q>[1-4])(?=\s|$)"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TRAILING_CAPTION = re.compile(r"\s+[A-Za-z][A-Za-z ]{0,30}\([^()\d]{1,30}\)$")


def quarter_columns(line: str, years: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns of a line of quarters under a header line of years ("2013 2014 2015" over "I qtr II
    qtr III qtr IV qtr I qtr …"): each quarter in the year it falls in, the next year starting where the
    quarters start again; () unless the line is quarters alone and they use every year, in order."""
    if not years or any(c.change or not re.fullmatch(r"(?:19|20)\d\d", c.period or "") for c in years):
        return ()
    text, position, quarters = line.strip(), 0, []
    caption = _TRAILING_CAPTION.search(text)  # "Q1 Q2 Q3 Q4 Q1 Value (BND million)": the unit after the quarters
    text = text[: caption.start()] if caption else text
    while position < len(text):
        match = _QUARTER.match(text, position)
        if match is None:
            return ()
        quarters.append(_ROMAN.get((match.group("r") or "").lower()) or int(match.group("d") or match.group("q")))
        position = match.end()
        while position < len(text) and text[position].isspace():
            position += 1
    if len(quarters) < 2:
        return ()
    year, columns = 0, []
    for k, quarter in enumerate(quarters):
        year += 1 if k and quarter <= quarters[k - 1] else 0
        if year >= len(years):
            return ()
        columns.append(Column(f"{years[year].period}-Q{quarter}", heading=f"{years[year].period} Q{quarter}"))
    consecutive = all(int(b.period) == int(a.period) + 1 for a, b in zip(years, years[1:]))  # type: ignore[arg-type]
    return tuple(columns) if year == len(years) - 1 and consecutive else ()
