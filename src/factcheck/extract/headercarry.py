"""What a table's header row passes on to the lines under it, besides its columns' own units.

- A row label's unit ("#规模以上工业总产值(亿元)") goes to the rows under it that name none ("#   国有控股");
  a ratio's or percent's row ("销售率(%)") passes none.
- A header of one unit cell over a row of column names ("Month | Monthly Percent Change" over
  "| Palestine | West Bank | Gaza Strip"): the unit spans every named column, not only the last one
  (matched from the right, the one unit cell would be the last column's alone).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from factcheck.grammar.monthcolumns import carries
from factcheck.grammar.tables import cells, unit_of_label

_Header = TypeVar("_Header", bound=Any)
_FIGURE = re.compile(r"[-+−–(]?\s?\d[\d,.]*%?\)?")


def carry(header: _Header, text: str) -> _Header:
    """`header` for the line `text` under it: spanning a row of names, carrying a row label's unit."""
    row = cells(text)
    names = [cell.text for cell in row[1:]]
    units = header.units
    if not row[0].text and len(names) >= 2 and len(units) == 2 and units[0] is None and units[1] is not None:
        if all(name and not _FIGURE.fullmatch(name) for name in names):
            return replace(header, units=[None] + [units[1]] * len(names))
    own = unit_of_label(row[0].text)
    if own is None:
        return header
    carried = None if own.unit in ("%", "‰") or not carries(row[0].text) else own
    return replace(header, carried=carried) if carried != header.carried else header
