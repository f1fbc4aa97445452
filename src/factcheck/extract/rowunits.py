"""Table rows that carry their own unit and period cells before their figures.

A data page copied as text gives each row as one line: a label, the row's unit, the period of its
latest figure, then the figures ("Primary Sector Rs M Q3/20 4,166 3,288", "Exports USD M 2020Q3
1,204 1,187"). The unit is the words that end the label in every row of a run of at least three rows
that name a period before their figures (the longest such ending, at most three short words, or a
unit the grammar knows): each figure of those rows is in that unit, as written. The period cell is
the period of the row's first figure and no figure itself; when the text before the rows names a
column "previous period", the second figure is for the period before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.errors import ValueParseError
from factcheck.extract.tablecells import Mention
from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.units import is_unknown, parse_unit

_FIGURES = re.compile(r"(?:\s+[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d/]))+\s*$")
_FIGURE = re.compile(r"[-+−]?[\d,.]+")
_QUARTER_SLASH = re.compile(r"(?i)(Q[1-4]|H[12])/(\d\d)")  # "Q3/20": the third quarter of 2020
_LEAST_ROWS = 3
_MOST_UNIT_WORDS = 3


@dataclass(frozen=True)
class _Row:
    head: str  # the label and the unit, as written
    period: str
    period_start: int  # offsets in the line
    period_end: int
    figures: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class UnitRow:
    unit: str
    period: str
    period_span: tuple[int, int]
    figures: tuple[tuple[int, int], ...]
    previous: bool  # the second figure is for the period before `period`


def _period(text: str) -> str | None:
    slash = _QUARTER_SLASH.fullmatch(text)
    if slash is not None:
        return f"20{slash.group(2)}-{slash.group(1).upper()}" if int(slash.group(2)) < 50 else None
    return cell_period(text) if re.search(r"[A-Za-z/-]", text) else None  # a bare year may be a figure


def _row(line: str) -> _Row | None:
    figures = _FIGURES.search(line)
    if figures is None or "\t" in line:
        return None
    before = line[: figures.start()].rstrip()
    words = list(re.finditer(r"\S+", before))
    for count in (2, 1):  # "Sep 2020", "Q3 2020" or one token ("Q3/20", "2020Q3", "Sep-20")
        if len(words) <= count:
            continue
        start, end = words[-count].start(), words[-1].end()
        period = _period(before[start:end])
        if period is not None:
            spans = tuple((m.start(), m.end()) for m in _FIGURE.finditer(line, figures.start()))
            return _Row(before[:start].rstrip(), period, start, end, spans)
    return None


def _unit(heads: list[str]) -> str | None:
    """The words every head of a run ends with (at most three), when they look like a unit."""
    split = [head.split() for head in heads]
    unit: list[str] = []
    for back in range(1, _MOST_UNIT_WORDS + 1):
        if any(len(words) <= back for words in split):  # the label keeps a word
            break
        if len({words[-back] for words in split}) != 1:
            break
        unit.insert(0, split[0][-back])
    text = " ".join(unit)
    if not unit or re.search(r"\d", text):
        return None
    if all(len(word) <= 4 for word in unit):  # "Rs M", "USD M", "%", "mn t"
        return text
    try:
        return None if is_unknown(parse_unit(text)[1]) else text
    except ValueParseError:
        return None


def unit_rows(document_text: str) -> dict[str, UnitRow]:
    """The rows of the document (each a line, as written) that have a unit and a period cell."""
    lines = document_text.split("\n")
    rows = [(index, _row(line)) for index, line in enumerate(lines)]
    found: dict[str, UnitRow] = {}
    by_last: dict[str, list[tuple[int, _Row]]] = {}
    for index, row in rows:
        if row is not None and row.head.split():
            by_last.setdefault(row.head.split()[-1], []).append((index, row))
    for group in by_last.values():
        if len(group) < _LEAST_ROWS:
            continue
        unit = _unit([row.head for _, row in group])
        if unit is None:
            continue
        before = "\n".join(lines[: group[0][0]]).lower()
        previous = "previous period" in before
        for index, row in group:
            found[lines[index]] = UnitRow(unit, row.period, (row.period_start, row.period_end), row.figures, previous)
    return found


def separated(text: str, row: UnitRow) -> str:
    """The row with tabs, not spaces, between its period cell and figures (same length): "Q3/20 306
    147" is a period and two figures, not 20,306 and 147."""
    chars = list(text)
    bounds = [row.period_span, *row.figures]
    for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
        for at in range(end, start):
            if chars[at] == " ":
                chars[at] = "\t"
    return "".join(chars)


def apply_unit_row(row: UnitRow, found: list[Mention]) -> None:
    """Give each figure of the row its unit and period; drop what was read in the period cell."""
    first, last = row.period_span
    found[:] = [m for m in found if not first <= m.value_start < last]
    for mention in found:
        if mention.kind == "label":
            continue
        index = next((i for i, (a, b) in enumerate(row.figures) if a <= mention.value_start < b), None)
        if index is None:
            continue
        if mention.unit is None:
            mention.unit = row.unit
        if index == 0:
            mention.period = row.period
        elif index == 1 and row.previous:
            mention.period = _before(row.period) or mention.period


def _before(period: str) -> str | None:
    """The period just before a year, quarter, half or month ("2020-Q3" → "2020-Q2")."""
    match = re.fullmatch(r"(\d{4})(?:-(Q|H)?(\d{1,2}))?", period)
    if match is None:
        return None
    year, kind, number = int(match.group(1)), match.group(2), match.group(3)
    if number is None:
        return str(year - 1)
    if kind:
        size = 4 if kind == "Q" else 2
        step = int(number) - 1
        return f"{year}-{kind}{step}" if step else f"{year - 1}-{kind}{size}"
    month = int(number) - 1
    return f"{year}-{month:02d}" if month else f"{year - 1}-12"
