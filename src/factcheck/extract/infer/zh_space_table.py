"""A table whose cells are apart by spaces (no bars), a total row first: what its layout states.

    年龄 人口数 比重
    总 计 1411778724 100.00
    0—14岁 253383938 17.95
    15—59岁 894376020 63.35
    60岁及以上 264018766 18.70
    其中:65岁及以上 190635280 13.50

- the rows under the total row (总计, 合计, 总数), 其中 rows left out, partition it when their labels
  are a complete set (第一/第二/第三产业, 男/女, 城镇/乡村) or age brackets from 0 with no gap up to an
  open one (及以上): `sum` of each column on the total row's cell, as for a table of bars;
- a share the text states with a level (0—14岁人口为253383938人，占17.95%) that such a row restates,
  level and share, is the level's `share` of the total row's level when the total row's share is
  100: the table says of which whole the text's share is.

Tables of bars are the table pattern's; each line here is a label, then figures only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.table import _a_set, _ages, _Row
from factcheck.extract.infer.zh_row_pair import pairs, rows

ID = "zh-space-table"

_TOTAL = re.compile(r"^(?:总计|合计|总数|总体|全部|共计)$")
_SUBSET = re.compile(r"^(?:其中|#|＃)")
_DASH = re.compile(r"[—–]")  # 0—14岁: the age brackets' dash


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for total, parts, every in _blocks(ctx):
        for column, whole in enumerate(total[1]):
            cells = [cells[column] if column < len(cells) else None for _, cells in parts]
            if None in cells or not same_dimension(ctx, [whole, *cells]):  # type: ignore[list-item]
                continue
            if ctx.dimension(whole) in ("percent", "points") and not _hundred(ctx, whole):
                continue  # rates of change or of anything but the total's parts do not add up
            rule = f"{ID}: the rows under the total row make up the total"
            yield Relation(whole, {"sum": [ctx.ref(j) for j in cells if j is not None]}, 0.8, rule)
        yield from _shares(ctx, total, every)


_Line = tuple[str, list[int]]


def _blocks(ctx: Context) -> list[tuple[_Line, list[_Line], list[_Line]]]:
    """Each run of lines of a space table that opens with a total row: the total, its parts and
    every row under it (其中 rows too)."""
    lines = [(label, cells) for label, cells in rows(ctx) if "|" not in ctx.paragraph_text(cells[0])]
    out = []
    k = 0
    while k < len(lines):
        label, cells = lines[k]
        if not _TOTAL.match(label):
            k += 1
            continue
        block = []
        number = ctx.mentions[cells[0]].paragraph
        for following in lines[k + 1 :]:
            if ctx.mentions[following[1][0]].paragraph != number + len(block) + 1:
                break
            if len(following[1]) != len(cells):
                break
            block.append(following)
        k += 1 + len(block)
        raw = [
            (_raw_label(ctx, c[0]), (label_, c)) for label_, c in block
        ]  # the row's own label, 其中 kept: a subset row is no part
        parts = [item for text, item in raw if not _SUBSET.match(text)]
        rows_ = [_Row(0, part_label, {}) for part_label, _ in parts]
        if len(parts) >= 2 and (_a_set(rows_) or _ages([_Row(0, _DASH.sub("-", r.label), {}) for r in rows_])):
            out.append(((label, cells), parts, block))
    return out


def _raw_label(ctx: Context, cell: int) -> str:
    text = ctx.paragraph_text(cell)[: ctx.mentions[cell].start]
    return re.sub(r"[\s\u3000]", "", text)


def _shares(ctx: Context, total: _Line, parts: list[_Line]) -> Iterator[Relation]:
    """The text's share that a row restates with its level: of the total row's level."""
    whole_cells = total[1]
    if len(whole_cells) < 2 or ctx.dimension(whole_cells[1]) != "percent":
        return
    if not _hundred(ctx, whole_cells[1]):
        return
    in_rows = {cells[0] for _, cells in parts}
    for level, cell, stated, share in pairs(ctx):
        if stated is None or share is None or cell not in in_rows or cell == whole_cells[0]:
            continue
        check = {"share": {"part": ctx.ref(level), "whole": ctx.ref(whole_cells[0])}}
        yield Relation(stated, check, 0.75, f"{ID}: the text's share, restated by a row, is of the total row")


def _hundred(ctx: Context, cell: int) -> bool:
    """The total row's share of itself: 100 (100.00)."""
    try:
        return Decimal(re.sub(r"[^\d.]", "", ctx.mentions[cell].value)) == 100
    except ArithmeticError:
        return False
