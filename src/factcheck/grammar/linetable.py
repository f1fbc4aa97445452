"""A whole table flattened onto one line: its header, then its rows one after another.

A web page's text copy may give a table as one line: the column groups and period headings, then
each row as a label and its figures ("NOK Billion Change in per cent … April 2025 March 2025 - April
2025 … Exports 146.2 -5.7 -7.3 648.5 11.4 Crude oil 33.5 -2.0 …"), or a chart's data table ("Year
Month Number of bankruptcies 2016 October 303 2016 November 417 …"). The rows are a run of the same
shape repeated: a label (words, or a period such as "2016 October"), then the same number k of
figures, at least three times. What comes before the first row is the header: its period headings
(read by `flatheader.header_columns`) name the columns, its unit words ("NOK Billion", "Change in
per cent", "Number of bankruptcies", "- so far this year") each column's unit and span. A row whose
label is a period states its figures for that period. Both `factcheck extract` (to draft a cell)
and the citation check (to accept a quote that runs from the header to the row) read these lines
with `line_table`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.grammar.flatheader import Column, header_columns
from factcheck.grammar.tables import Cell, ColumnUnit

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = re.compile(
    r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_QUARTER = re.compile(r"Q[1-4]|I{1,3}|IV")
_FIGURE = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_EMPTY = re.compile(r"[-–—]|\.\.|…|n\.a\.?")  # a cell with no figure, after a figure of its row
_LEAST_ROWS = 3
_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


@dataclass(frozen=True)
class LineRow:
    label: Cell  # offsets in the line
    cells: tuple[Cell, ...]
    period: str | None  # the label's own period ("2016 October": 2016-10), else None

    @property
    def end(self) -> int:
        return self.cells[-1].end


@dataclass(frozen=True)
class LineTable:
    header: Cell  # the text before the first row
    headings: Cell | None  # the period headings at the header's end ("April 2025 March 2025 - …"), if any
    columns: tuple[Column, ...]  # one per figure of a row (periods None when the header names none)
    units: tuple[ColumnUnit | None, ...]  # each column's unit ("NOK Billion": " billion" NOK)
    rows: tuple[LineRow, ...]


def line_tables(line: str, least: int = _LEAST_ROWS) -> list[LineTable]:
    """The tables a line holds whole, left to right: each a header, then at least three rows of one
    shape (`least`: fewer, for a quote that runs from the header to one of the first rows)."""
    if len(line) < 40 or "|" in line:
        return []
    return list(_line_tables(line, least))


@lru_cache(maxsize=4096)  # each paragraph is read by the mention finder, the cells and two relation patterns
def _line_tables(line: str, least: int) -> tuple[LineTable, ...]:
    segments = _segments(line)
    found: list[LineTable] = []
    first, floor = 0, 0
    while first < len(segments):
        last = first
        while (
            last + 1 < len(segments)
            and len(segments[last + 1][1]) == len(segments[first][1])
            and _row(line, *segments[last + 1]) is not None  # else a note and the next table's header
        ):
            last += 1
        table = _table(line, segments[first : last + 1], floor) if last - first + 1 >= least else None
        if table is not None:
            found.append(table)
            floor = table.rows[-1].end  # the next table's header starts after this one's last row
        first = last + 1
    return tuple(found)


def line_table(line: str, least: int = _LEAST_ROWS) -> LineTable | None:
    """The table of a line with the most rows (`line_tables`), else None."""
    found = line_tables(line, least)
    return max(found, key=lambda table: len(table.rows)) if found else None


def _segments(line: str) -> list[tuple[list[Cell], list[Cell]]]:
    """The line as (words, figures) pairs: a run of words (a year beside a month or quarter is a
    word: "2016 October", "April 2025"), then the run of figures after it."""
    tokens = [Cell(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line)]
    kinds = [_FIGURE.fullmatch(t.text) is not None for t in tokens]
    for i, token in enumerate(tokens):
        if kinds[i] and _YEAR.fullmatch(token.text):
            near = [tokens[j].text for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
            if any(_MONTH.fullmatch(n) or _QUARTER.fullmatch(n) for n in near):
                kinds[i] = False  # a period's year, not a figure
        elif not kinds[i] and i and kinds[i - 1] and _EMPTY.fullmatch(token.text):
            kinds[i] = True  # "0.0 - -100.0": an empty cell among the row's figures
    segments: list[tuple[list[Cell], list[Cell]]] = []
    for token, figure in zip(tokens, kinds, strict=True):
        if figure and segments:
            segments[-1][1].append(token)
        elif not figure:
            if not segments or segments[-1][1]:
                segments.append(([], []))
            segments[-1][0].append(token)
    return [part for words, figures in segments if figures for part in _year_rows(words, figures)]


def _year_rows(words: list[Cell], figures: list[Cell]) -> list[tuple[list[Cell], list[Cell]]]:
    """A run of figures that is rows labelled by years one after another ("2015 303 2016 417 2017
    332"): one segment a row, the year its label; any other run as it is."""
    for k in range(1, 5):
        if len(figures) % (k + 1) or len(figures) < 3 * (k + 1):
            continue
        years = figures[:: k + 1]
        if all(_YEAR.fullmatch(y.text) for y in years) and all(
            int(b.text) - int(a.text) == 1 for a, b in zip(years, years[1:], strict=False)
        ):
            rows = [([year], figures[i * (k + 1) + 1 : (i + 1) * (k + 1)]) for i, year in enumerate(years)]
            return [([*words, *rows[0][0]], rows[0][1]), *rows[1:]]
    return [(words, figures)]


def _table(line: str, run: list[tuple[list[Cell], list[Cell]]], floor: int) -> LineTable | None:
    k = len(run[0][1])
    rows: list[LineRow] = []
    for words, figures in run[1:]:
        row = _row(line, words, figures)
        if row is None:
            return None
        rows.append(row)
    first_words, first_figures = run[0]
    if rows:
        period_labels = all(r.period is not None for r in rows)
    else:  # one row (a quote's): its label is a period when its last two words are one
        period_labels = (
            len(first_words) > 2 and _label_period(line[first_words[-2].start : first_words[-1].end]) is not None
        )
    first_words = [w for w in first_words if w.start >= floor]
    if not first_words:
        return None
    split = _first_label(line, first_words, k, period_labels, floor) or _after_units(line, first_words, k, floor)
    if split is None:
        return None
    header_end, header_columns_found, headings = split
    label_words = [w for w in first_words if w.start >= header_end]
    first = _row(line, label_words, first_figures)
    if first is None or (first.period is None) != (not period_labels):
        return None
    opening = floor + len(line[floor:]) - len(line[floor:].lstrip())
    header = Cell(opening, header_end, line[opening:header_end].rstrip())
    columns = header_columns_found or tuple(Column(None) for _ in range(k))
    groups = _groups(header.text)
    if not header_columns_found and not period_labels and k > 1 and len(groups) >= k:
        columns = tuple(Column(None, g[1], g[1]) for g in groups[-k:])  # "Value (NOK million) Change (%)"
    units = _column_units(header.text, columns)
    if not header_columns_found and not any(units) and not period_labels:
        return None  # nothing says what the figures are: a sentence listing numbers, no table
    columns = _year_to_date(header.text, columns)
    return LineTable(header, headings, columns, units, (first, *rows))


def _row(line: str, words: list[Cell], figures: list[Cell]) -> LineRow | None:
    if not words:
        return None
    text = line[words[0].start : words[-1].end]
    period = _label_period(text)
    if period is None and (len(text) > 80 or not text[0].isupper() or text.endswith(".") or _SENTENCE.search(text)):
        return None  # a label is a name opening with a capital, no sentence
    if period is None and not re.search(r"[A-Za-z]{2}", text):
        return None
    return LineRow(Cell(words[0].start, words[-1].end, text), tuple(figures), period)


def _label_period(text: str) -> str | None:
    """The period a row label names alone: "2016 October", "October 2016", "2011 Q1", "2011 I"."""
    parts = text.split()
    if len(parts) == 1:
        return parts[0] if _YEAR.fullmatch(parts[0]) else None  # a row of years: "2016 303 2017 417"
    if len(parts) != 2:
        return None
    year, other = (parts[0], parts[1]) if _YEAR.fullmatch(parts[0]) else (parts[1], parts[0])
    if not _YEAR.fullmatch(year):
        return None
    if _MONTH.fullmatch(other):
        return f"{year}-{_MONTHS.index(other[:3].lower()) + 1:02d}"
    if (year == parts[0] or other.startswith("Q")) and _QUARTER.fullmatch(other):
        quarter = other[1] if other.startswith("Q") else str(("I", "II", "III", "IV").index(other) + 1)
        return f"{year}-Q{quarter}"
    return None


def _first_label(
    line: str, words: list[Cell], k: int, period_labels: bool, floor: int
) -> tuple[int, tuple[Column, ...], Cell | None] | None:
    """Where the header ends in the words before the first row's figures, the header's period
    columns (when it names k of them) and where they are: the first row's label is the words after."""
    if period_labels:  # the first label is a period like the others: its last two words, or a year
        for size in (2, 1):
            label = words[-size:]
            if len(words) > size and _label_period(line[label[0].start : label[-1].end]) is not None:
                return label[0].start, (), None
        return None
    for size in range(1, min(9, len(words) + 1)):
        label = words[-size:]
        if not label[0].text[:1].isupper():
            continue
        before = [Cell(m.start(), m.end(), m.group()) for m in re.compile(r"\S+").finditer(line, floor, label[0].start)]
        for start in range(max(0, len(before) - 40), len(before)):
            text = line[before[start].start : before[-1].end]
            columns = header_columns(text)
            if len(columns) == k:
                return label[0].start, columns, Cell(before[start].start, before[-1].end, text)
    return None


def _after_units(line: str, words: list[Cell], k: int, floor: int) -> tuple[int, tuple[Column, ...], None] | None:
    """A header of column groups and no periods ("Value (NOK million) Change (%)", "Region Number of
    firms"): the first row's label is the words after the last unit named, one for each of the k columns."""
    before = line[: words[-1].end]
    named = list(_GROUP.finditer(before, floor))
    if not named or len(_groups(before[floor:])) != k:
        return None
    end = named[-1].end()
    end = end + 1 if before[end : end + 1] == ")" else end
    label = [w for w in words if w.start >= end]
    if not 1 <= len(label) <= 8 or not label[0].text[:1].isupper():
        return None
    return label[0].start, (), None


#: Unit words of a column group: a currency and scale ("NOK Billion", "Million US Dollars"), a
#: change in percent ("Change in per cent", "% change", "Per cent"), a count ("Number of bankruptcies").
_CURRENCY = r"(?P<cur>[A-Z]{3}|US\s?dollars?|dollars?|euros?|pounds?)"
_SCALE = r"(?P<scale>thousands?|millions?|billions?|bn|mn)"
_GROUP = re.compile(
    rf"(?i)(?-i:{_CURRENCY.replace('(?P<cur>', '(?P<cur1>', 1)})\s+{_SCALE.replace('(?P<scale>', '(?P<scale1>', 1)}\b"
    rf"|{_SCALE}\s+(?:of\s+)?(?:US\s)?{_CURRENCY}\b"
    r"|(?P<pct>(?:change|growth)\s+in\s+per\s?cent|(?:%|per\s?cent|percent|percentage)\s+change|change\s+\(%\)|per\s?cent\b|%)"
    r"|number\s+of\s+(?P<noun>[a-z]+)"
    r"|(?P<index>index\b)"
)
_ISO = frozenset("NOK SEK DKK ISK EUR USD GBP CHF JPY CNY CAD AUD NZD HKD SGD INR KRW ZAR PLN CZK HUF".split())
_YEAR_TO_DATE = re.compile(r"(?i)\s*[-–(,]?\s*(?:so\s+far\s+this\s+year|year[- ]to[- ]date|ytd)\b")
_CHANGE_WORD = re.compile(r"(?i)\b(?:change|growth)\b")


def _groups(header: str) -> list[tuple[ColumnUnit | None, bool, bool]]:
    """(unit, a change, year to date) of each column group the header's unit words name, in order."""
    found: list[tuple[ColumnUnit | None, bool, bool]] = []
    for match in _GROUP.finditer(header):
        ytd = _YEAR_TO_DATE.match(header, match.end()) is not None
        if match.group("pct"):
            found.append((ColumnUnit("", "%"), True, ytd))
        elif match.group("noun"):
            found.append((ColumnUnit("", match.group("noun").lower()), False, ytd))
        elif match.group("index"):
            found.append((None, False, ytd))
        else:
            currency = match.group("cur1") or match.group("cur")
            if re.fullmatch(r"[A-Z]{3}", currency) and currency not in _ISO:
                continue
            scale = (match.group("scale1") or match.group("scale")).lower().rstrip("s")
            scale = {"bn": "billion", "mn": "million"}.get(scale, scale)
            found.append((ColumnUnit(f" {scale}", _currency(currency)), False, ytd))
    return found


def _currency(name: str) -> str:
    lowered = name.lower().replace(" ", "")
    if lowered.startswith(("usdollar", "dollar")):
        return "$"
    if lowered.startswith("euro"):
        return "€"
    if lowered.startswith("pound"):
        return "£"
    return name


def _column_units(header: str, columns: tuple[Column, ...]) -> tuple[ColumnUnit | None, ...]:
    """Each column's unit: the header's groups over the runs of level and change columns (a group
    spans the columns of one kind next to each other), or one group a column, or one for all."""
    groups = _groups(header)
    if not groups:
        return tuple(None for _ in columns)
    runs: list[list[int]] = []
    for i, column in enumerate(columns):
        if runs and columns[runs[-1][-1]].change == column.change:
            runs[-1].append(i)
        else:
            runs.append([i])
    units: list[ColumnUnit | None] = [None] * len(columns)
    if len(groups) >= len(runs) and any(c.change for c in columns):
        chosen = groups[-len(runs) :]
        if all(g[1] == columns[run[0]].change for g, run in zip(chosen, runs, strict=True)):
            for (unit, _, _), run in zip(chosen, runs, strict=True):
                for i in run:
                    units[i] = unit
            return tuple(units)
    if len(columns) == 1:
        return (groups[-1][0],)  # the column's heading: the unit named last
    levels, changes = {g[0] for g in groups if not g[1]}, {g[0] for g in groups if g[1]}
    if len(levels) > 1 or len(changes) > 1:
        return tuple(units)  # groups of several units that cannot be matched with the columns
    level, change = next(iter(levels), None), next(iter(changes), None)
    if not any(c.change for c in columns):
        return tuple(level or change for _ in columns)  # "Per cent" over columns of levels: all percent
    percent = ColumnUnit("", "%")
    return tuple((change or (percent if c.percent else None)) if c.change else level for c in columns)


def _year_to_date(header: str, columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns of a group named "so far this year" span the months of the year to their own."""
    groups = _groups(header)
    runs = 1 + sum(1 for a, b in zip(columns, columns[1:], strict=False) if a.change != b.change)
    if len(groups) < runs or not any(g[2] for g in groups):
        return columns
    flags, run = [], 0
    chosen = groups[-runs:]
    for i, column in enumerate(columns):
        if i and column.change != columns[i - 1].change:
            run += 1
        flags.append(chosen[run][2])
    return tuple(
        replace(c, period=_from_january(c.period)) if ytd and c.period else c
        for c, ytd in zip(columns, flags, strict=True)
    )


def _from_january(period: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d\d)", period)
    if match is None or match.group(2) == "01":
        return period
    return f"{match.group(1)}-01/{period}"


def line_table_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each cell of the one-line tables in `text`: what a quote running
    from such a table's header to one of its rows states."""
    found = []
    for line in text.splitlines():
        for table in line_tables(line, 1):
            for row in table.rows:
                found.extend((c.text, u) for c, u in zip(row.cells, table.units, strict=True) if u is not None)
    return found


@dataclass(frozen=True)
class SeriesPoint:
    period: str  # "2011-Q1"
    value: Cell  # the figure, offsets in the line
    glued: bool = True  # the quarter may touch the figure ("2011 I101.8"); not so an ISO month ("2023-03 44.9")


#: One point of a chart's series on a line: a year, a quarter in Roman numerals or Q1-Q4 glued to
#: the figure or apart from it ("2011 I101.8", "2011 IV99.8", "2011 Q2 101.7").
_POINT = re.compile(r"(?P<year>(?:19|20)\d\d)\s?(?P<quarter>Q[1-4]|IV|I{1,3})\s?(?P<value>[-+−]?\d+(?:\.\d+)?)")


#: A point dated by an ISO month or quarter, the figure apart: "2023-03 44.925", "2023-Q1 101.2".
_ISO_POINT = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?:(?P<month>0[1-9]|1[0-2])|(?P<quarter>Q[1-4]))\s+(?P<value>[-+−]?\d+(?:\.\d+)?)"
)


def series_point(line: str) -> SeriesPoint | None:
    """The point a line of a chart's series states alone, else None."""
    match = _POINT.fullmatch(line.strip())
    iso = _ISO_POINT.fullmatch(line.strip()) if match is None else None
    if iso is not None:
        offset = len(line) - len(line.lstrip())
        value = Cell(offset + iso.start("value"), offset + iso.end("value"), iso.group("value"))
        return SeriesPoint(f"{iso.group('year')}-{iso.group('month') or iso.group('quarter')}", value, glued=False)
    if match is None:
        return None
    period = _label_period(f"{match.group('year')} {match.group('quarter')}")
    offset = len(line) - len(line.lstrip())
    value = Cell(offset + match.start("value"), offset + match.end("value"), match.group("value"))
    return SeriesPoint(period, value) if period is not None else None
