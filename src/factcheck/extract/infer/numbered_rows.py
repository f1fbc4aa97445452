"""A table written with " | " whose rows are numbered items ("1.Primary sector", "2.Secondary sector",
…) with rows of their parts under them, and the table's total right above the first: what the
numbering states.
- a numbered row with two rows or more under it before the next numbered row: in each column, its
  cell is the `sum` of theirs (the parts of the last numbered row end nowhere the layout says: none);
- the row right above item 1, unnumbered: in each column, the `sum` of the numbered rows (a "Less:"
  row written negative adds as written).
Every row concerned has its cells in the same units and periods column by column. The values are
never consulted: a wrong cell must fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.infer.base import Context, Relation
from factcheck.grammar.tables import cells

ID = "numbered-rows"
_ITEM = re.compile(r"(\d{1,2})\.\s?(?=[A-Z])")


@dataclass(frozen=True)
class _Row:
    item: int | None  # the row's item number, None for a row with none
    figures: tuple[int, ...]  # the mentions of its cells, left to right


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for block in _blocks(ctx):
        numbered = [i for i, row in enumerate(block) if row.item is not None]
        if len(numbered) < 2 or [block[i].item for i in numbered] != list(range(1, len(numbered) + 1)):
            continue
        for at, following in zip(numbered, numbered[1:], strict=False):
            parts = block[at + 1 : following]
            if len(parts) >= 2:
                yield from _sums(ctx, block[at], parts, "a numbered row, the rows under it")
        if numbered[0] > 0 and block[numbered[0] - 1].item is None:
            whole = block[numbered[0] - 1]
            yield from _sums(ctx, whole, [block[i] for i in numbered], "the row above item 1, the numbered rows")


def _blocks(ctx: Context) -> list[list[_Row]]:
    """The runs of table rows one paragraph after another, each row with its figures."""
    blocks: list[list[_Row]] = []
    previous = None
    for number, row in sorted(ctx.by_paragraph.items()):
        text = ctx.document.paragraphs[number - 1].text
        row_cells = cells(text)
        if not row_cells:
            continue
        figures = tuple(
            i for i in row if ctx.mentions[i].kind != "label" and ctx.mentions[i].value_start > row_cells[0].end
        )
        item = _ITEM.match(row_cells[0].text)
        if previous != number - 1 or not blocks:
            blocks.append([])
        blocks[-1].append(_Row(int(item.group(1)) if item else None, figures))
        previous = number
    return blocks


def _sums(ctx: Context, whole: _Row, parts: list[_Row], why: str) -> Iterator[Relation]:
    width = len(whole.figures)
    if width == 0 or any(len(part.figures) != width for part in parts):
        return
    for column in range(width):
        claim = whole.figures[column]
        operands = [part.figures[column] for part in parts]
        kinds = {(ctx.mentions[i].unit, ctx.mentions[i].period) for i in (claim, *operands)}
        if len(kinds) != 1 or ctx.mentions[claim].unit is None or ctx.quantities[claim] is None:
            continue
        yield Relation(claim, {"sum": [ctx.ref(i) for i in operands]}, 0.7, f"{ID}: {why}")
