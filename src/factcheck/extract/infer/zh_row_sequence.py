"""A table row of the whole area restating, in order, figures the text states: `same`, each.

全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁…占63.35%；60岁及以上…占18.70%，其中65岁及以上…占
13.50% (the text) and the row "全 国 17.95 63.35 18.70 13.50" of a table by region: the row of the
whole (全国, 全省, 全市, 合计) repeats the text's shares, one column each, in the text's order.

- the row is a line of a table (a label, then figures only) labelled with the whole area or the
  total, with three figures or more;
- the text states figures of the row's unit, in one paragraph, with the very same values in the
  same order (other units between them left aside), once; or, when no run is the very same, one
  run whose values all but one are (the other in one magnitude: a wrong digit the check catches).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.zh_row_pair import rows

ID = "zh-row-sequence"

_WHOLE = re.compile(r"^(?:全国|全省|全市|全县|全区|全州|合计|总计)$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for label, cells in rows(ctx):
        if not _WHOLE.match(label) or len(cells) < 3 or "|" in ctx.paragraph_text(cells[0]):
            continue
        units = {ctx.mentions[j].unit or "" for j in cells}
        if len(units) != 1:
            continue
        wanted = [_value(ctx, j) for j in cells]
        found = []
        for number, indexes in ctx.by_paragraph.items():
            if number == ctx.mentions[cells[0]].paragraph or "。" not in ctx.document.paragraphs[number - 1].text:
                continue
            run = [j for j in indexes if ctx.statistic(j) and (ctx.mentions[j].unit or "") in units]
            for start in range(len(run) - len(cells) + 1):
                window = run[start : start + len(cells)]
                differ = [k for k, j in enumerate(window) if _value(ctx, j) != wanted[k]]
                if len(differ) <= 1 and all(_near(ctx, window[k], cells[k]) for k in differ):
                    found.append((len(differ), window))
        exact = [window for differ, window in found if differ == 0]
        found = exact or [window for _, window in found]
        if len(found) != 1:
            continue
        for stated, cell in zip(found[0], cells):
            yield Relation(stated, {"same": ctx.ref(cell)}, 0.7, f"{ID}: the row of the whole restates the text")


def _near(ctx: Context, a: int, b: int) -> bool:
    """One figure of a run that is otherwise the row's: a wrong digit on one side, in one magnitude."""
    x, y = ctx.midpoint(a), ctx.midpoint(b)
    return x is not None and y is not None and (x < 0) == (y < 0) and abs(x - y) <= 0.5 * max(abs(x), abs(y))


def _value(ctx: Context, j: int) -> str:
    return ctx.mentions[j].value.lstrip("+")
