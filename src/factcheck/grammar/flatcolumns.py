"""Columns of a table flattened to text: their periods and units, from the header lines above the rows.

A release copied as text keeps a table's column header as one line ("March 2011 February 2012r March
2012p February to March 2012 March 2011 to March 2012", "Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep
19 Growth", "11/20-01/21 02-04/2021 … 10/2021", "Q1 2023 Q2 2023", "2022 2023"), maybe a line of units
under it ("millions of dollars % change1") or a caption above it ending in one ("… data bn €"), and
each row as a label and its figures, one per column ("Canada 46,889 48,741 49,657 1.9 5.9"). A column
is a period, or a change (a range "February to March 2012", or a word "Growth", "% change" after a
period: the period it ends in). A line is a header only when every token after an optional label of
words is a column (a mark of preliminary or revised figures, "p", "r", "(p)", allowed): a sentence
naming years is none. A row's figures are its cells, read from the right; figures apart by one space
are one number in groups of thousands ("1 692.3") when that reading, and not the other, gives as many
cells as there are columns. Both `factcheck extract` (to draft a cell) and the citation check (to
accept a quote that runs from the header to the row) read these tables with `FlatTable`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.grammar.tables import Cell, ColumnUnit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:19|20)\d\d"
_DASH = r"\s?[-–—]\s?"
#: One period of a header line (named groups say which form), then a mark of preliminary/revised figures.
_PERIOD = rf"""
    (?: (?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})\s?(?P<my>{_YEAR}|\d\d)    # Jan-Sep 2019, Jan-Sep 18
      | (?P<mn>{_MONTH})[\s-]?(?P<mny>{_YEAR}|\d\d)                     # September 2019, Sep 18, Sep-22
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
#: "February to March 2012": a change over the months named, ending in the last.
_MONTHS_TO = re.compile(rf"(?i)(?P<t1>{_MONTH})\s+to\s+(?P<t2>{_MONTH})\s?(?P<ty>{_YEAR})(?:[pre])?(?=\s|$)")
_TO = re.compile(r"(?i)to\s+|/\s?|[-–]\s?")  # "March 2011 to March 2012", "Aug 97/ Aug 96", "Aug. 2019-Sept. 2019"
#: A column of changes named by a word: "Growth", "% change1", "Change", "% chg".
_CHANGE_WORD = re.compile(
    r"(?i)(?P<pct>(?:%|per\s?cent|percent)\s?)?(?:change|growth|chg\.?|var\.?)\d?(?:\s+from:?)?(?=\s|$)|(?P<alone>%)(?=\s|$)"
)
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z&/,'’()-]*")


@dataclass(frozen=True)
class Column:
    period: str | None  # the column's period ("2012-02"); a change column: the period it ends in
    change: bool = False
    percent: bool = False  # the header says so: "% change", "%"


def header_columns(line: str) -> tuple[Column, ...]:
    """The columns a header line names, left to right; () for any other line."""
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
    periods = sum(1 for column in columns if not column.change or _MONTHS_TO.match(text) is not None)
    return tuple(columns) if periods >= 2 and words <= 6 and not columns[0].change else ()


def _column_at(text: str, position: int, before: list[Column]) -> tuple[Column | None, int]:
    ranged = _MONTHS_TO.match(text, position)
    if ranged is not None:
        year = int(ranged.group("ty"))
        return Column(f"{year}-{_month(ranged.group('t2')):02d}", True), ranged.end()
    match = _TOKEN.match(text, position)
    if match is not None:
        period = _canonical(match)
        if period is None:
            return None, position
        glued = text[match.end() : match.end() + 1] in ("/", "-", "–")
        to = _TO.match(text, match.end() + (0 if glued else 1)) if match.end() < len(text) else None
        after = _TOKEN.match(text, to.end()) if to is not None else None
        if after is not None and _canonical(after) is not None:  # "March 2011 to March 2012": to March 2012
            slash = text.startswith("/", match.end())  # "Aug 97/ Aug 96": the change to Aug 97
            return Column(period if slash else _canonical(after), True), after.end()
        return (Column(period), match.end()) if not glued else (None, position)
    change = _CHANGE_WORD.match(text, position)
    if change is not None and before:
        over = _column_at(text, change.end() + 1, []) if change.end() < len(text) else (None, 0)
        if over[0] is not None and over[0].change:  # "Change from: Aug. 2019-Sept. 2019": one column
            return over[0], over[1]
        return Column(before[-1].period, True, bool(change.group("pct") or change.group("alone"))), change.end()
    return None, position


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


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _full(year: str) -> int:
    return int(year) if len(year) == 4 else (2000 if int(year) < 50 else 1900) + int(year)  # "Aug 97", "Sep 18"


def _interval(first_year: int, first: int, last_year: int, last: int) -> str | None:
    if not (1 <= first <= 12 and 1 <= last <= 12) or (first_year, first) >= (last_year, last):
        return None
    return f"{first_year}-{first:02d}/{last_year}-{last:02d}"


_CURRENCY = {"dollars": "$", "$": "$", "usd": "$", "euros": "€", "euro": "€", "€": "€", "eur": "€"}
_CURRENCY.update({"pounds": "£", "£": "£", "gbp": "£"})
_SCALE = {"thousand": " thousand", "million": " million", "mn": " million", "m": " million"}
_SCALE.update({"billion": " billion", "bn": " billion"})
_CUR = r"(?P<cur>dollars|euros?|pounds|usd|eur|gbp|\$|€|£)"
_SC = r"(?P<scale>thousands?|millions?|billions?|bn|mn|m)"
_MONEY = re.compile(rf"(?i){_CUR}\s?{_SC}(?=\s|$)|(?:{_SC}\s+(?:of\s+)?)?{_CUR}(?=\s|$)".replace("?P<", "?P<a", 2))
_INDEX = re.compile(r"(?i)ind(?:ex|ices)(?=\s|$)")
#: A count's scale alone: "thousands", "Thousands of persons" (the noun is left to the row's label).
_COUNT_SCALE = re.compile(r"(?i)\(?(thousand|million|billion)s\)?(?:\s+of\s+(?:persons|people|jobs))?(?=\s|$)")
_PERCENT = re.compile(r"(?i)(?:%|per\s?cent|percent)(?:\s+change)?\d?(?=\s|$)")


def _money(match: re.Match[str]) -> ColumnUnit:
    scale = (match.group("ascale") or match.group("scale") or "").lower()
    currency = (match.group("acur") or match.group("cur")).lower()
    return ColumnUnit(_SCALE.get(scale.rstrip("s"), ""), _CURRENCY[currency])


def units_line(line: str) -> tuple[ColumnUnit | None, ColumnUnit | None] | None:
    """(unit of the level columns, unit of the change columns) of a line that is units alone
    ("millions of dollars % change1"); None for any other line."""
    text, position, level, change = line.strip(), 0, None, None
    while position < len(text):
        money, percent = _MONEY.match(text, position), _PERCENT.match(text, position)
        index = _INDEX.match(text, position)
        if index is not None and level is None and change is None:
            level, position = ColumnUnit("", ""), index.end()  # "Index % Change": levels without a unit
        elif money is not None and level is None:
            level, position = _money(money), money.end()
        elif (count := _COUNT_SCALE.match(text, position)) is not None and level is None:
            level, position = ColumnUnit(f" {count.group(1).lower()}", ""), count.end()
        elif percent is not None and change is None:
            change, position = ColumnUnit("", "%"), percent.end()
        else:
            return None
        while position < len(text) and text[position].isspace():
            position += 1
    return (level, change) if level is not None or change is not None else None


def caption_money(line: str) -> ColumnUnit | None:
    """The money unit a caption ends in ("EA19 trade - non seasonally adjusted data bn €")."""
    text = line.rstrip()
    if len(text) > 160 or text.endswith(".") or re.search(r"\d\s*$", text):
        return None
    for match in _MONEY.finditer(text):
        if match.end() == len(text) and (match.group("ascale") or match.group("scale")):
            return _money(match)
    return None


_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?")
_EMPTY = re.compile(r"[-–—]|\.\.|…|x|n\.?a\.?", re.I)  # a cell with no figure: "-", "..", "n.a."
_THOUSANDS_LEAD = re.compile(r"[-+−]?\d{1,3}")
_THOUSANDS_REST = re.compile(r"\d{3}(?:\.\d+)?%?")


def row_cells(line: str, columns: tuple[Column, ...], spaced: bool | None = None) -> list[tuple[Cell, Column]]:
    """The figures ending `line` that are its cells, each with its column: as many as the columns
    (groups of thousands joined when that makes the count, unless the one join would swallow the row's
    first figure that an unheaded column explains, in a document that does not write "€1 741.9 bn":
    `spaced` False; None: either reading, for a quote), or as many as the columns that are no change (a row
    of levels with its changes left empty); [] for another line."""
    if not columns or "|" in line:
        return []
    tokens = [Cell(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line)]
    run: list[Cell] = []
    while (
        tokens
        and (
            _FIGURE.fullmatch(tokens[-1].text)
            or run
            and _EMPTY.fullmatch(tokens[-1].text)
            or not run
            and _EMPTY.fullmatch(tokens[-1].text)
        )
        and len(run) < 3 * len(columns)
    ):
        run.insert(0, tokens.pop())
    if not run or not tokens or not re.search(r"[A-Za-z]{2}", " ".join(t.text for t in tokens)):
        return []
    joined = _join_thousands(line, run)
    if spaced is None and joined != run:
        return _cells(run, columns, run) + _cells(joined, columns, joined)
    if spaced is False and len(run) == len(columns) + 1 and joined[1:] == run[2:]:
        joined = run  # "Food 30 109.2 110.9 …": an unheaded column (weights) before the levels, not 30 109.2
    return _cells(run, columns, joined)


def _cells(run: list[Cell], columns: tuple[Column, ...], joined: list[Cell]) -> list[tuple[Cell, Column]]:
    levels = [column for column in columns if not column.change]
    for reading in (run, joined):
        if len(reading) == len(columns):
            return list(zip(reading, columns, strict=True))
    for reading in (run, joined):
        if len(reading) == len(levels):
            return list(zip(reading, levels, strict=True))
    if len(run) > len(columns) and len(joined) == len(run):  # "Food 30 109.2 …": a column without header
        return list(zip(run[len(run) - len(columns) :], columns, strict=True))  # (weights) before them
    return []


def _join_thousands(line: str, run: list[Cell]) -> list[Cell]:
    joined: list[Cell] = []
    for cell in run:
        last = joined[-1] if joined else None
        if (
            last is not None
            and cell.start == last.end + 1
            and _THOUSANDS_REST.fullmatch(cell.text)
            and re.fullmatch(r"[-+−]?\d{1,3}(?: \d{3})*", last.text)
        ):
            joined[-1] = Cell(last.start, cell.end, line[last.start : cell.end])
        else:
            joined.append(cell)
    return joined


@dataclass
class FlatTable:
    """The columns in force while reading a document (or a quote) line by line."""

    columns: tuple[Column, ...] = ()
    level: ColumnUnit | None = None  # the unit of the level columns ("millions of dollars")
    change: ColumnUnit | None = None  # of the change columns ("% change")
    quote_from: int = 0  # where a cell's quote starts: the header, or the caption stating the unit
    caption: tuple[ColumnUnit, int] | None = None  # a caption's unit, waiting for its header
    units: tuple[tuple[ColumnUnit | None, ColumnUnit | None], int] | None = None  # a units line, the same
    rows: list[tuple[Cell, Column, ColumnUnit | None]] = field(default_factory=list)
    spaced: bool | None = None  # the document writes thousands apart by a space ("€1 741.9 bn"); None: unknown

    def read(self, line: str, start: int = 0) -> None:
        """Take the line at `start`; `rows` are then its cells (none unless it is a row)."""
        self.rows = []
        columns = header_columns(line)
        if columns:
            self.columns, self.level, self.change, self.quote_from = columns, None, None, start
            if self.caption is not None:
                self.level, self.quote_from = self.caption
            if self.units is not None:  # "Index % Change" over "Group Aug 96 Jul 97 …"
                (self.level, self.change), self.quote_from = self.units[0], self.units[1]
            self.caption = self.units = None
            return
        units = units_line(line)
        if units is not None and not self.columns:
            self.units = (units, start)
            return
        if units is not None:
            self.level = units[0] or self.level
            self.change = units[1] or self.change
            return
        cells = row_cells(line, self.columns, self.spaced)
        if cells:
            for cell, column in cells:
                unit = self.change if column.change else self.level
                unit = ColumnUnit("", "%") if column.percent else unit
                if unit is None and self.level is None and not any(c.change for c in self.columns):
                    unit = self.change  # "percent" over columns of levels: every column a percent
                unit = None if unit is not None and not unit.unit and not unit.scale else unit  # "Index"
                self.rows.append((cell, column, unit))
            return
        money = caption_money(line)
        title = re.match(r"\s*(?:appendix\s+)?(?:table|figure|chart)\b", line, re.I)
        if money is not None or title or len(line) > 160 or line.rstrip().endswith(".") or _percent_caption(line):
            self.columns, self.level, self.change = (), None, None
            self.caption = (money, start) if money is not None else None


def _percent_caption(line: str) -> bool:
    """A caption naming percent for a new table ("Year-on-Year Growth in Percent"): the columns end."""
    return bool(re.search(r"(?:,\s*%|\bin\s+per\s?cent)\s*(?:\d\)\s*)?(?:\([^()]{1,20}\))?\s*$", line, re.I))


#: A number in groups of thousands apart by spaces, with its currency or scale: "€1 741.9 bn".
_SPACED = re.compile(
    r"[€$£]\s?\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d.])"
    r"|(?<![\d.,])\d{1,3}(?: \d{3})+(?:\.\d+)?\s?(?:bn|mn|million|billion)\b"
)


def writes_spaced_thousands(text: str) -> bool:
    """Whether a document writes thousands apart by a space, as in "€1 741.9 bn"."""
    return _SPACED.search(text) is not None


def flat_column_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each cell of the rows in `text` under a header of columns whose
    unit a units line or caption states: what a quote running from the header to a row states."""
    table = FlatTable()
    found = []
    for line in text.splitlines():
        table.read(line)
        found.extend((cell.text, unit) for cell, _, unit in table.rows if unit is not None)
    return found
