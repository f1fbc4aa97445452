"""Cells of a table flattened to text drafted with their column's period and unit (`grammar.flatcolumns`).

Under "March 2011 February 2012r March 2012p February to March 2012 …" and "millions of dollars %
change1", the row "Newfoundland and Labrador 538 582 597 2.6 11.0" states 538 million dollars in March
2011 … and a change of 11.0 % to March 2012. The row's cells are read before its numbers are found, so
that figures apart by one space are cells, not one number in groups of thousands nor a phone number;
a cell's quote runs from the header (or the caption naming the unit) to its row, which the citation
check reads the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from factcheck.extract.codecolumns import code_spans, drop_row_identifiers
from factcheck.extract.linecells import apply_line_table, apply_series_point, series_text
from factcheck.extract.rowunits import apply_unit_row, unit_rows
from factcheck.extract.rowunits import separated as unit_row_separated
from factcheck.extract.tablecells import Mention as CellMention
from factcheck.extract.tablecells import UnitLine, separated_cells
from factcheck.grammar.flatcolumns import FlatTable, row_cells, writes_spaced_thousands

_LEADING_FIGURES = re.compile(r"(?<=\s)(?:[-+−]?\d[\d,]*(?:\.\d+)?\s)+$")


class Mention(CellMention, Protocol):  # extract.mentions.Mention, which imports this module
    clause: object
    head: str
    subject: str


class FlatColumns:
    """The columns in force while the mention finder reads a document paragraph by paragraph."""

    def __init__(self, document_text: str) -> None:
        self.text = document_text
        self.table = FlatTable(spaced=writes_spaced_thousands(document_text))
        self.unit_rows = unit_rows(document_text)  # "Primary Sector Rs M Q3/20 4,166 3,288"
        self.codes = code_spans(document_text)  # "01 | Food | …": a column of codes

    def separated(self, text: str, unit_line: UnitLine | None = None) -> str:
        """`text` with a tab, not a space, between the cells of a row under the current header (same
        length): "538 582 597" is three figures, not a phone number nor 538,582,597; so under a Chinese
        header naming a unit for each figure (`unit_line`: "常住人口 874 100" is two cells)."""
        text = separated_cells(text, unit_line)
        if text in self.unit_rows:
            return unit_row_separated(text, self.unit_rows[text])
        cells = row_cells(text, self.table.columns, self.table.spaced)
        if len(cells) < 2:
            return series_text(text)  # "2011 I101.8": a chart's point, its quarter apart from its figure
        chars = list(text)
        lead = _LEADING_FIGURES.search(text, 0, cells[0][0].start)  # "Food 30 109.2 …": a weight before them
        starts = [m.start() for m in re.finditer(r"\S+", lead.group())] if lead else []
        bounds = [(lead.start() + a, lead.start() + a) for a in starts] + [(c.start, c.end) for c, _ in cells]
        for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
            for at in range(end, start):
                if chars[at] == " ":
                    chars[at] = "\t"
        return "".join(chars)

    def read(self, text: str, start: int, found: list[Mention], separated: str, row: str | None = None) -> None:
        """Take the paragraph `text` at `start`: each cell of a row gets its column's period, and its
        unit when the mention has none; so does each cell of a whole table on one line, and a chart's
        point its quarter (`linecells`). `row`: the text with its decimal commas read as points."""
        if separated != text:
            for mention in found:  # the tabs of `separated` stay out of what a draft shows
                mention.clause = replace(mention.clause, text=mention.clause.text.replace("\t", " "))  # type: ignore[type-var]
                mention.head, mention.subject = mention.head.replace("\t", " "), mention.subject.replace("\t", " ")
        drop_row_identifiers(self.codes, start, text, found)  # "01 | Food", "1.Primary sector |": no figures
        self.table.read(text, start)
        if self.table.quarters_line:  # "Q1 Q2 Q3 Q4 Q1" under "2016 2017": the quarters' numbers name columns
            found[:] = [mention for mention in found if mention.kind != "label"]
        cells = {cell.start: (column, unit) for cell, column, unit in self.table.rows}
        signed = {c.start + 1: (col, u) for c, col, u in self.table.rows if c.text[:1] in "+-−"}  # "+0.3": its digits
        cells = signed | cells
        for mention in found:
            if mention.value_start not in cells or mention.kind == "label" or mention.type in ("date", "rank"):
                continue
            column, unit = cells[mention.value_start]
            mention.period = column.period or mention.period
            if mention.unit is None and unit is not None:
                mention.value += unit.scale
                mention.unit = unit.unit or None  # "thousands": a scale, the unit left to the reader
                mention.quote = self.text[self.table.quote_from : start + len(text)]
        apply_line_table(self.text, start, row or text, found)  # "NOK Billion … Exports 146.2 -5.7 …"
        apply_series_point(text, found)  # "2011 I101.8"
        if text in self.unit_rows:
            apply_unit_row(self.unit_rows[text], found)
