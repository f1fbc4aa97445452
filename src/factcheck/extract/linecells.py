"""Cells of a whole table flattened onto one line drafted with their column's unit and period
(`grammar.linetable`).

"NOK Billion Change in per cent … April 2025 March 2025 - April 2025 … Exports 146.2 -5.7 …" states
146.2 billion NOK in April 2025 and a change of -5.7 % to April 2025; "Year Month Number of
bankruptcies 2016 October 303 …" states 303 bankruptcies in October 2016. A cell's quote runs from
the table's header to its row, which the citation check reads the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.tablecells import Mention
from factcheck.grammar.linetable import LineTable, line_tables, series_point


def apply_line_table(document_text: str, start: int, text: str, found: list[Mention]) -> None:
    """Give each bare figure of a one-line table in the paragraph `text` (at `start`) its column's
    unit and its column's (or its row's own) period."""
    for table in line_tables(text):
        _apply(document_text, start, text, table, found)


def _apply(document_text: str, start: int, text: str, table: LineTable, found: list[Mention]) -> None:
    cells = {}
    for row in table.rows:
        for cell, column, unit in zip(row.cells, table.columns, table.units, strict=True):
            entry = (row, column.period, unit)
            cells[cell.start] = entry
            if cell.text[:1] in "+-−":
                cells[cell.start + 1] = entry  # the mention may start after the sign
    end = table.rows[-1].end
    note = _FOOTNOTE.match(text, end)  # "-1.9 1Due to the data collection …": a note's mark, no figure
    if note is not None:
        found[:] = [m for m in found if not note.start(1) <= m.value_start < note.end(1)]
    for mention in found:
        if mention.value_start not in cells or mention.kind == "label" or mention.type in ("date", "rank"):
            continue
        row, period, unit = cells[mention.value_start]
        if mention.unit is not None and _next_word(text, mention.value_start) == mention.unit.lower():
            mention.unit = None  # "51.1 Ships and oil platforms": the next row's label, no unit
        mention.period = row.period or period or mention.period
        if mention.unit is None and unit is not None:
            mention.value += unit.scale
            mention.unit = unit.unit or None
            mention.quote = document_text[start + table.header.start : start + row.end]


_FOOTNOTE = re.compile(r"\s+(\d{1,2})[A-Z][a-z]")


def _next_word(text: str, value_start: int) -> str:
    """The word after the figure at `value_start` when it opens a label (a capital), lowered; else ""."""
    match = re.compile(r"\S+\s+([A-Z][A-Za-z]*)").match(text, value_start)
    return match.group(1).lower() if match is not None else ""


def series_text(text: str) -> str:
    """The paragraph with a chart point's quarter blanked, same length ("2011 I101.8" → "2011  101.8"):
    the figure glued to the quarter's numeral is then found, and the year is read as a date."""
    point = series_point(text)
    if point is None or not point.glued:
        return text
    year = re.match(r"\s*\d{4}", text)
    cut = year.end() if year is not None else 0
    return text[:cut] + " " * (point.value.start - cut) + text[point.value.start :]


def apply_series_point(text: str, found: list[Mention]) -> None:
    """Give the figure of a chart point's line its period ("2011 I101.8": 2011-Q1), and its clause
    the line as written."""
    point = series_point(text)
    if point is None:
        return
    for mention in found:
        clause = getattr(mention, "clause", None)
        if clause is not None:
            mention.clause = replace(clause, text=text[clause.start : clause.end])  # type: ignore[attr-defined]
        if point.value.start <= mention.value_start < point.value.end and mention.kind != "label":
            mention.period = point.period
