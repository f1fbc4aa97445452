"""The periods of a header row that names units too: "Group | DEC 2019 | NOV 2020 | NOV 2021 | % change
(Nov 2020 - Nov 2021)". Such a header was read for its units alone (the percent column), so every index
level under a month column took the document's month."""

from __future__ import annotations

from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.tables import Cell, cells


def _filled(row: list[Cell]) -> list[Cell]:
    """The row without its trailing empty cells, as the header's units are matched."""
    end = len(row)
    while end and not row[end - 1].text:
        end -= 1
    return row[:end]


def unit_header_periods(line: str) -> tuple[str, ...]:
    """The period each cell of a header row names alone ("" for the others), when two or more do."""
    periods = tuple(cell_period(cell.text) or "" for cell in _filled(cells(line)))
    return periods if sum(1 for period in periods if period) >= 2 else ()


def unit_header_period(periods: tuple[str, ...], row: list[Cell], index: int) -> str | None:
    """The period over cell `index` of a row, the header and the row matched from the right."""
    at = index - (len(_filled(row)) - len(periods))
    return (periods[at] or None) if periods and 0 <= at < len(periods) else None
