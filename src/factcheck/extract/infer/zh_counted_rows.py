"""A table row whose label counts its parts (六个重点行业工业总产值) over exactly that many rows: `sum`.

    六个重点行业工业总产值(亿元) | 2458.77 | 10.1 | 21247.96 | 2.9
    电子信息产品制造业 | 654.75 | 6.5 | 5774.37 | 5.4
    … (six rows in all, then the table ends)

The label's count (六个, 三大, 4类) says how many rows below make up the total; they are its parts
only when exactly that many rows of as many figures follow and the table's block of such rows ends
there (a seventh row would make them a selection). Each column of levels is the sum of the rows'
figures in it; a column of rates (%) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "zh-counted-rows"

_COUNTED = re.compile(r"^[#\s]*(?:其中\s*[:：])?\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*(?:个|大|类|项)")
_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    cells = {number: indexes for number, indexes in ctx.by_paragraph.items() if _row(ctx, number)}
    for number, total in cells.items():
        counted = _COUNTED.match(ctx.document.paragraphs[number - 1].text)
        if counted is None:
            continue
        n = _NUMBERS.get(counted.group("n")) or int(counted.group("n"))
        figures = [j for j in total if ctx.statistic(j)]
        rows = [[j for j in cells.get(number + k, []) if ctx.statistic(j)] for k in range(1, n + 2)]
        if any(len(row) != len(figures) for row in rows[:n]) or len(rows[n]) == len(figures):
            continue  # fewer rows than counted, or the block goes on: not the parts
        for column, whole in enumerate(figures):
            parts = [row[column] for row in rows[:n]]
            if ctx.dimension(whole) not in ("percent", "points") and same_dimension(ctx, [whole, *parts]):
                rule = f"{ID}: the {n} rows the label counts add up to it"
                yield Relation(whole, {"sum": [ctx.ref(j) for j in parts]}, 0.8, rule)


def _row(ctx: Context, number: int) -> bool:
    """A line of cells separated by "|"."""
    return ctx.document.paragraphs[number - 1].text.count("|") >= 2
