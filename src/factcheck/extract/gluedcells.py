"""Rows of a Chinese table whose cells are glued ("小麦1234.5万吨6.7", `grammar.gluedrows`): the
figure that ends such a row is drafted in the unit its header line names ("比上年增长%"), under the
row's item, with a quote from the header line to the row, as the citation check reads it. A table
flattened into one line after its header ("1996年 比上年增长% 粮食 49000 万吨 5.0 油料 …") is read alike.
"""

from __future__ import annotations

from typing import Protocol

from factcheck.grammar.gluedrows import flat_glued_rows, glued_row
from factcheck.grammar.tables import Cell, ColumnUnit

_PERCENT = ColumnUnit("", "%")


class Mention(Protocol):  # extract.mentions.Mention, which imports this module (and tablecells, this one)
    subject: str
    value: str
    value_start: int
    unit: str | None
    kind: str
    type: str
    quote: str
    period: str | None


def apply_glued_row(quote: str, unit: ColumnUnit, text: str, found: list[Mention]) -> None:
    """Give the bare figure that ends the glued row `text` the header's `unit`, the row's item as
    its subject and `quote` (the header line to the row)."""
    row = glued_row(text)
    if row is not None:
        _give(quote, unit, row, found)


def apply_flat_table(text: str, found: list[Mention]) -> None:
    """Give the last figure of each row of a table flattened into the one line `text` after its
    percent header ("1996年 比上年增长% 粮食 49000 万吨 5.0 油料 2200 万吨 -1.7") its percent."""
    for item, cell in flat_glued_rows(text):
        _give(text[: cell.end], _PERCENT, (item, cell), found)


def _give(quote: str, unit: ColumnUnit, row: tuple[str, Cell], found: list[Mention]) -> None:
    item, cell = row
    for mention in found:
        if mention.value_start != cell.start or mention.unit is not None or mention.kind == "label":
            continue
        if cell.text.lstrip("+-−") != mention.value.lstrip("+-−"):
            continue
        mention.value += unit.scale
        mention.unit = unit.unit
        mention.subject = item
        mention.quote = quote
