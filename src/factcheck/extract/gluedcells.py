"""Rows of a Chinese table whose cells are glued ("小麦1234.5万吨6.7", `grammar.gluedrows`): the
figure that ends such a row is drafted in the unit its header line names ("比上年增长%"), under the
row's item, with a quote from the header line to the row, as the citation check reads it.
"""

from __future__ import annotations

from typing import Protocol

from factcheck.grammar.gluedrows import glued_row
from factcheck.grammar.tables import ColumnUnit


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
    if row is None:
        return
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
