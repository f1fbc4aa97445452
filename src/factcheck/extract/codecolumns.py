"""The first cells of a table's rows that identify the row rather than state a figure.

- A column of codes: the rows' first cells are whole numbers of one width, some padded with a zero
  ("00 | All items | …", "01 | Food | …", …, "12 | Other | …"), as classifications number their
  groups: identifiers, no statistics.
- An item number opening a row's label ("1.Primary sector | …", "2. Industry | …"): the row's place
  in a list, no statistic.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.grammar.tables import cells

_CODE = re.compile(r"\d{2,6}")
_ITEM = re.compile(r"(\d{1,2})\.\s?[A-Z]")
_LEAST_ROWS = 3


class Mention(Protocol):
    value_start: int


def code_spans(document_text: str) -> set[tuple[int, int]]:
    """The (start, end) in `document_text` of each row's first cell in a column of codes (rows one
    after another, each opening with a whole number)."""
    found: set[tuple[int, int]] = set()
    run: list[tuple[int, str]] = []
    offset = 0
    for line in [*document_text.split("\n"), ""]:
        row = cells(line)
        if row and _CODE.fullmatch(row[0].text):
            run.append((offset + row[0].start, row[0].text))
        else:
            found |= _codes(run)
            run = []
        offset += len(line) + 1
    return found


def _codes(run: list[tuple[int, str]]) -> set[tuple[int, int]]:
    firsts = [text for _, text in run]
    if (
        len(run) < _LEAST_ROWS
        or len({len(text) for text in firsts}) != 1
        or not any(text.startswith("0") for text in firsts)
    ):
        return set()
    return {(start, start + len(text)) for start, text in run}


def drop_row_identifiers(codes: set[tuple[int, int]], start: int, text: str, found: list[Mention]) -> None:
    """Drop from `found` (the paragraph `text` at `start`) the codes and the item number of a row's first cell."""
    row = cells(text)
    if not row:
        return
    first = row[0]
    spans = [(a - start, b - start) for a, b in codes if start <= a < start + len(text)]
    item = _ITEM.match(first.text)
    if item is not None:
        spans.append((first.start, first.start + item.end(1)))
    found[:] = [m for m in found if not any(a <= m.value_start < b for a, b in spans)]
