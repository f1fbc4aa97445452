"""Rows of a table flattened to text under its header, and the units of its columns.

Under a header line of periods (`grammar.flatheader`: "March 2011 February 2012r March 2012p February
to March 2012 March 2011 to March 2012"), maybe a line of units ("millions of dollars % change1") or a
caption above it ending in one ("… data bn €"), each row is a label and its figures, one per column
("Canada 46,889 48,741 49,657 1.9 5.9"), read from the right (`read_row`). `factcheck extract` (to
draft a cell with its column's period and unit), the citation check (to accept a quote that runs from
the header to the row) and the relations a table states (a growth column, a balance row) all read
these tables here, so that they agree on which figure stands in which column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.grammar.currencysigns import ISO_CODES
from factcheck.grammar.flatheader import Column, header_columns, quarter_columns
from factcheck.grammar.tables import Cell, ColumnUnit, cells

_CURRENCY = {"dollars": "$", "$": "$", "usd": "$", "euros": "€", "euro": "€", "€": "€", "eur": "€"}
_CURRENCY.update({"pounds": "£", "£": "£", "gbp": "£"})
_SCALE = {"thousand": " thousand", "million": " million", "mn": " million", "m": " million"}
_SCALE.update({"billion": " billion", "bn": " billion"})
_CUR = rf"(?P<cur>dollars|euros?|pounds|usd|eur|gbp|\$|€|£|(?-i:{'|'.join(sorted(ISO_CODES))}))"
_SC = r"(?P<scale>thousands?|millions?|billions?|bn|mn|m)"
_MONEY = re.compile(rf"(?i){_CUR}\s?{_SC}(?=\s|$)|(?:{_SC}\s+(?:of\s+)?)?{_CUR}(?=\s|$)".replace("?P<", "?P<a", 2))
_INDEX = re.compile(r"(?i)ind(?:ex|ices)(?=\s|$)")
#: A count's scale alone: "thousands", "Thousands of persons" (the noun is left to the row's label).
_COUNT_SCALE = re.compile(r"(?i)\(?(thousand|million|billion)s\)?(?:\s+of\s+(?:persons|people|jobs))?(?=\s|$)")
_PERCENT = re.compile(r"(?i)(?:%|per\s?cent|percent)(?:\s+change)?\d?(?=\s|$)")


def _money(match: re.Match[str]) -> ColumnUnit:
    scale = (match.group("ascale") or match.group("scale") or "").lower()
    currency = (match.group("acur") or match.group("cur")).lower()
    return ColumnUnit(_SCALE.get(scale.rstrip("s"), ""), _CURRENCY.get(currency, currency.upper()))  # "BND million"


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


#: A group header over the change columns: "Change (%)", "% change", "Annual change, per cent".
_GROUP_CHANGE = re.compile(
    r"(?i)^(?:(?:annual|monthly|yearly|percentage)\s+)?(?:change|growth|variation|rate of change)"
    r"\s*(?:\(\s*%\s*\)|,?\s*(?:in\s+)?(?:%|per\s?cent|percent))$|^(?:%|per\s?cent|percent)\s+change$"
)


def group_units_line(line: str) -> tuple[ColumnUnit | None, ColumnUnit | None] | None:
    """(unit of the level columns, unit of the change columns) of a row of cells (apart by tabs or
    two spaces) that names the label column, then groups each spanning several columns of the header
    under it: "Categories of Goods and Services⇥CPI (2015=100)⇥Change (%)"; None for another line."""
    parts = [part.strip() for part in re.split(r"\t| {2,}", line.strip())]
    if "|" in line or len(parts) != 3 or re.search(r"\d", parts[0]) or not re.search(r"[A-Za-z]{3}", parts[0]):
        return None
    level, change = parts[1:]
    if _GROUP_CHANGE.match(change) is None or not re.search(r"[A-Za-z(]", level):
        return None
    return ColumnUnit("", ""), ColumnUnit("", "%")  # the level group ("CPI (2015=100)") names no unit


def caption_money(line: str) -> ColumnUnit | None:
    """The money unit a caption ends in ("EA19 trade - non seasonally adjusted data bn €", "… (EUR
    million)"), or the scale of its counts in brackets ("Registered unemployed persons (thousands)")."""
    text = line.rstrip()
    if len(text) > 160 or text.endswith(".") or re.search(r"\d\s*$", text):
        return None
    bracket = re.search(r"\(([^()]{1,30})\)$", text)  # "… by main partner countries (EUR million)"
    if bracket is not None:
        inner = bracket.group(1).strip()
        money, count = _MONEY.fullmatch(inner), _COUNT_SCALE.fullmatch(inner)
        if money is not None and (money.group("ascale") or money.group("scale")):
            return _money(money)
        return ColumnUnit(f" {count.group(1).lower()}", "") if count is not None else None
    for match in _MONEY.finditer(text):
        if match.end() == len(text) and (match.group("ascale") or match.group("scale")):
            return _money(match)
    return None


_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?|(?:[-+−–]\s+)\d[\d,]*(?:\.\d+)?%?|\(\d[\d,]*(?:\.\d+)?%?\)")
_EMPTY = re.compile(r"[-–—]|\.\.|…|x|n\.?a\.?", re.I)  # a cell with no figure: "-", "..", "n.a."
_LEAD = re.compile(r"[-+−]?\d{1,3}")  # the first group of a number in groups of thousands: "1 692.3"
_GROUP = re.compile(r"\d{3}(?:\.\d+)?%?")
_THREE = re.compile(r"\d{3}")  # a group of a number in groups of thousands before its last


@dataclass(frozen=True)
class Row:
    label: str  # the words before the figures (the label cell of a row of cells)
    cells: tuple[tuple[Cell, int], ...]  # each cell with its column's index; < 0: an unheaded column left of them


def read_row(line: str, columns: tuple[Column, ...], spaced: bool | None = None) -> Row | None:
    """The row `line` states under a header's `columns`: the figures ending it (or its cells after the
    label cell), matched with the columns from the right; None for a line that is no row of them.

    Figures apart by one space are one number in groups of thousands ("1 692.3") in the one reading
    that gives as many cells as columns, its levels of periods of one kind within a factor of 5 of each
    other ("30 109.2" beside 110.9 is a weight and an index, not thirty thousand; nor, in a document
    that does not write "€1 741.9 bn", `spaced` False, when that one join makes the count); a row with
    more figures has unheaded columns on the left (a weight); one with as many as the columns that are
    no change fills those (a balance has no growth). "-", "..", "n.a." are empty cells."""
    if not columns:
        return None
    if "|" in line:
        return _cell_row(line, columns)
    tokens = [Cell(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line)]
    run: list[Cell] = []
    while tokens and (_FIGURE.fullmatch(tokens[-1].text) or _EMPTY.fullmatch(tokens[-1].text)):
        if len(run) == 3 * len(columns):
            break
        run.insert(0, tokens.pop())
    label = " ".join(token.text for token in tokens)
    if not run or not re.search(r"[A-Za-z]{2}", label):
        return None
    fitted = _fit(line, run, columns, spaced)
    return Row(label, tuple(fitted)) if fitted else None


def _fit(line: str, run: list[Cell], columns: tuple[Column, ...], spaced: bool | None) -> list[tuple[Cell, int]]:
    readings = _readings(line, run)
    if spaced is False and len(run) == len(columns) + 1:  # "Food 30 109.2 110.9 …": a weight, not 30 109.2
        readings = [reading for reading in readings if reading[1:] != run[2:]]
    exact = [r for r in readings if len(r) == len(columns) and (len(readings) == 1 or _plausible(r, columns))]
    if len(exact) == 1:
        return list(zip(exact[0], range(len(columns)), strict=True))
    if exact:
        return []  # two ways to read the spaces: which figures are cells cannot be told
    if len(run) > len(columns) and _plausible(run[len(run) - len(columns) :], columns):
        return [(cell, k - (len(run) - len(columns))) for k, cell in enumerate(run)]  # a weight on the left
    levels = [k for k, column in enumerate(columns) if not column.change]
    of_levels = tuple(columns[k] for k in levels)
    fitting = [r for r in readings if len(r) == len(levels) and _plausible(r, of_levels)]
    if len(fitting) == 1 and len(levels) < len(columns):
        return list(zip(fitting[0], levels, strict=True))  # the period columns only
    return []


def _plausible(reading: list[Cell], columns: tuple[Column, ...]) -> bool:
    """Levels of periods of one kind within a factor of 5 of each other."""
    values: dict[str, list[float]] = {}
    for cell, column in zip(reading, columns, strict=True):
        number = re.sub(r"[^\d.]", "", cell.text)
        if not column.change and number.strip("."):
            values.setdefault(re.sub(r"\d", "", column.period or ""), []).append(float(number))
    for group in values.values():
        positive = [v for v in group if v > 0]
        if positive and max(positive) > 5 * min(positive):
            return False
    return True


def _readings(line: str, run: list[Cell]) -> list[list[Cell]]:
    """The readings of a row's figures, the one without joins first: a figure of one to three digits
    may begin a number in groups of thousands with the next ("1 692.3", "1 234 567")."""
    found: list[list[Cell]] = []

    def walk(k: int, so_far: list[Cell]) -> None:
        if len(found) > 15:
            return
        if k == len(run):
            found.append(so_far)
            return
        walk(k + 1, [*so_far, run[k]])
        end = k
        while (
            end + 1 < len(run)
            and run[end + 1].start == run[end].end + 1
            and _GROUP.fullmatch(run[end + 1].text)
            and (_LEAD if end == k else _THREE).fullmatch(run[end].text)
        ):
            end += 1
            walk(end + 1, [*so_far, Cell(run[k].start, run[end].end, line[run[k].start : run[end].end])])

    walk(0, [])
    return found


def _cell_row(line: str, columns: tuple[Column, ...]) -> Row | None:
    """A row of cells: its label cell and the others, matched with the columns from the left."""
    row = cells(line)
    while row and not row[-1].text:
        row.pop()  # "| 5.6 | |": the empty cells after the last figure
    lead = 0  # "I | Food | 130.73 | …": a row numbered in a cell of its own, then its label
    while lead < len(row) and row[lead].text and not _FIGURE.fullmatch(row[lead].text):
        lead += 1
    label = " ".join(cell.text for cell in row[:lead])
    if lead < 1 or len(row) == lead or not re.search(r"[A-Za-z]{2}", label):
        return None
    figures = row[lead:]
    if len(figures) > len(columns):  # "All items | 100.0 | 110.2 | …" under "Group | Weight | May 2022 | …"
        extra = len(figures) - len(columns)
        if extra > 1 or not all(_FIGURE.fullmatch(c.text) for c in figures):
            return None
        return Row(label, tuple((cell, k - extra) for k, cell in enumerate(figures)))  # a weight: column −1
    if not all(not c.text or _FIGURE.fullmatch(c.text) or _EMPTY.fullmatch(c.text) for c in figures):
        return None
    levels = [k for k, column in enumerate(columns) if not column.change]
    if len(figures) == len(columns) or levels == list(range(len(figures))):
        return Row(label, tuple(zip(figures, range(len(figures)), strict=True)))  # a balance: no growth cells
    return None  # which cells were left out cannot be told


def row_cells(line: str, columns: tuple[Column, ...], spaced: bool | None = None) -> list[tuple[Cell, Column]]:
    """The cells ending `line`, each with its column (`read_row`; `spaced` None: either reading, for
    a quote); [] for another line, a row of cells too."""
    if "|" in line:
        return []
    found: list[tuple[Cell, Column]] = []
    for reading in (False, True) if spaced is None else (spaced,):
        row = read_row(line, columns, reading)
        found.extend((c, columns[k]) for c, k in (row.cells if row else ()) if k >= 0 and (c, columns[k]) not in found)
    return found


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
    quarters_line: bool = False  # the line read last named the quarters under the years: no figures in it

    def read(self, line: str, start: int = 0) -> None:
        """Take the line at `start`; `rows` are then its cells (none unless it is a row)."""
        self.rows = []
        quarters = quarter_columns(line, self.columns)  # "I qtr II qtr …" under "2013 2014 2015"
        self.quarters_line = bool(quarters)
        if quarters:
            self.columns = quarters
            self.level = caption_money(line) or self.level  # "… Q3 Value (BND million)"
            return
        columns = header_columns(line)
        if columns:
            self.columns, self.level, self.change, self.quote_from = columns, None, None, start
            if self.caption is not None:
                self.level, self.quote_from = self.caption
            if self.units is not None:  # "Index % Change" over "Group Aug 96 Jul 97 …"
                (self.level, self.change), self.quote_from = self.units[0], self.units[1]
            self.caption = self.units = None
            return
        units = units_line(line) or (group_units_line(line) if not self.columns else None)
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
