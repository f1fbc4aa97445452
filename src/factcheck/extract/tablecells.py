"""Cells of a table drafted with the unit of their column header or row label (`grammar.tables`).

A number alone in a cell under "绝对数(万人)" is 3856万 人, under "比上年增长(%)" a percent. Its quote
runs from the header row to the cell's row, so that the citation check finds both the number and
the header that gives its scale (it reads tables the same way).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from factcheck.grammar.tables import ColumnUnit, caption_unit, cell_unit, cells, header_units


class Mention(Protocol):  # extract.mentions.Mention, which imports this module
    value: str
    value_start: int
    unit: str | None
    kind: str
    type: str
    quote: str


@dataclass(frozen=True)
class Header:
    units: list[ColumnUnit | None]
    start: int  # offset of the header row in the document's text
    quote_from: int  # where a cell's quote starts: the header row, or the title that states the unit


def next_header(text: str, start: int, current: Header | None, before: tuple[str, int] | None = None) -> Header | None:
    """The header in force for the paragraph `text` (at `start`): its own when it is a header row,
    the current one while rows follow, none after a paragraph that is not a row. `before` is the
    paragraph before (text, start): a title or unit line stating the unit of every column."""
    caption = caption_unit(before[0]) if before is not None else None
    units = header_units(text, caption)
    if units is not None:
        stated = caption is not None and units != header_units(text)
        return Header(units, start, before[1] if stated and before is not None else start)
    return current if cells(text) else None


def apply_header(document_text: str, header: Header, start: int, text: str, found: list[Mention]) -> None:
    """Give each bare number of the row `text` (at `start`) its column's unit and scale."""
    row = cells(text)
    for mention in found:
        if mention.unit is not None or mention.kind == "label" or mention.type in ("date", "rank"):
            continue
        index = next((i for i, cell in enumerate(row) if cell.start <= mention.value_start < cell.end), None)
        if index is None or row[index].text.lstrip("+-−") != mention.value.lstrip("+-−"):
            continue  # only a number that is the whole cell
        unit = cell_unit(header.units, row, index)
        if unit is None:
            continue
        mention.value += unit.scale
        mention.unit = unit.unit
        mention.quote = document_text[header.quote_from : start + len(text)]
