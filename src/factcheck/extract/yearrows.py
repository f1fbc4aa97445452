"""A table row whose first cell is a year: its figures are of that year.

"Year | GDP in manats | GDP in U.S.dollars" over "2011 | 52 082.0 | 65 951.6": a series set out
year by year, each row a year. Only the period the release reports on was given to the cells (no
column header named one), so a row's year replaces it; a cell whose column names its own period
keeps it. The other cells must be figures (or a dash): "2011 | Opened the new plant" is no row of
a series.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.extract.reference import Reference

_YEAR = re.compile(r"(?:19|20)\d\d")
_FIGURE_CELL = re.compile(r"(?:[-+\u2212]?\(?\d[\d \u00a0.,]*\)?\s*%?\*?|[-\u2013\u2014.…]+|n\.?a\.?)?", re.IGNORECASE)


class Mention(Protocol):  # extract.mentions.Mention, which imports this module
    start: int
    kind: str
    period: str | None


def apply_year_row(text: str, reference: Reference | None, found: list[Mention]) -> None:
    """Give the figures of each row opened by a year cell that year (module docstring); a
    paragraph may hold several rows, one a line."""
    if "|" not in text:
        return
    default = reference.period if reference is not None else None
    offset = 0
    for line in text.split("\n"):
        span = _year_row(line)
        if span is not None:
            year, first_bar = span
            end = offset + len(line)
            for mention in found:
                inside = offset + first_bar < mention.start < end
                if mention.kind != "label" and inside and mention.period in (None, default):
                    mention.period = year
        offset += len(line) + 1


def _year_row(line: str) -> tuple[str, int] | None:
    """The year a row's first cell is and where that cell ends, or None."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) < 2 or not _YEAR.fullmatch(cells[0]):
        return None
    if not all(_FIGURE_CELL.fullmatch(cell) for cell in cells[1:]):
        return None
    return cells[0], line.find("|", line.find(cells[0]) + len(cells[0]))
