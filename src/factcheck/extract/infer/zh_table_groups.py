"""A population table's groups under its total row: `sum` and `share`.

Chinese communiqués print "表1 年末常住人口数及其构成" as a total row and groups each opened by 其中:

    指标 年末数(万人) 比重(%)
    常住人口 874 100
    其中:城镇 587.3 67.2
    农村 286.7 32.8
    其中:男性 444.0 50.8
    女性 430.0 49.2

- the total row: a level and a share of 100 (%), on a line of its own;
- the rows under it, each a level of the total's unit and a share in %, until a line that is not
  such a row; a row starting with 其中 opens a group, and the first row opens one (a total row over
  rows of a complete set, 其中 rows left out, is `zh_space_table`'s);
- each row's share is its level's share of the total (`share`);
- a group is the whole (`sum` of its levels on the total's level, of its shares on the 100) only when
  its labels are a complete set (城镇/农村, 男性/女性) or age brackets from 0 with no gap up to an open
  one, as for a table of bars: a group of 其中:65岁及以上 alone is not, nor 0-14岁 and 16-64岁.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.table import _a_set, _ages, _Row

ID = "zh-table-groups"

_OPENS_GROUP = re.compile(r"^\s*其中\s*[:：]?")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    rows = {number: cells for number, cells in ctx.by_paragraph.items() if _row(ctx, cells)}
    for number, cells in rows.items():
        level, share = cells
        if ctx.midpoint(share) != 100 or _OPENS_GROUP.match(ctx.document.paragraphs[number - 1].text):
            continue
        below: list[tuple[int, list[int]]] = []
        following = number + 1
        while following in rows and same_dimension(ctx, [level, rows[following][0]]):
            below.append((following, rows[following]))
            following += 1
        if below and _OPENS_GROUP.match(ctx.document.paragraphs[below[0][0] - 1].text):
            yield from _groups(ctx, level, share, below)  # rows not opened by 其中 are zh_space_table's


def _row(ctx: Context, cells: list[int]) -> bool:
    """A line of two figures: a level, then a share in %, and nothing else but its label."""
    if len(cells) != 2:
        return False
    level, share = cells
    text = ctx.paragraph_text(level)
    if "。" in text or "|" in text or re.search(r"[，,；;]", text):
        return False  # a sentence, or a table of bars (the table pattern's)
    return ctx.dimension(level) not in (None, "percent", "points") and ctx.dimension(share) == "percent"


def _groups(ctx: Context, level: int, share: int, below: list[tuple[int, list[int]]]) -> Iterator[Relation]:
    groups: list[list[list[int]]] = []
    for number, cells in below:
        if _OPENS_GROUP.match(ctx.document.paragraphs[number - 1].text) or not groups:
            groups.append([])
        groups[-1].append(cells)
        check = {"share": {"part": ctx.ref(cells[0]), "whole": ctx.ref(level)}}
        yield Relation(cells[1], check, 0.75, f"{ID}: a row's share of the table's total row")
    for group in groups:
        rows = [_Row(ctx.mentions[cells[0]].paragraph, _label(ctx, cells[0]), {}) for cells in group]
        if len(group) < 2 or not (_a_set(rows, strip=True) or _ages(rows)):
            continue
        why = f"{ID}: a group of rows whose shares add up to 100% makes up the total row"
        yield Relation(level, {"sum": [ctx.ref(cells[0]) for cells in group]}, 0.75, why)
        yield Relation(share, {"sum": [ctx.ref(cells[1]) for cells in group]}, 0.75, why)


def _label(ctx: Context, level: int) -> str:
    """A row's label: its words before its first figure (其中:城镇, 0-14岁)."""
    return ctx.paragraph_text(level)[: ctx.mentions[level].start].strip()
