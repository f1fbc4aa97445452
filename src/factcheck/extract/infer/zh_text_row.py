"""A table row restating a figure of the Chinese text: `same`.

居民消费价格总水平比上年上涨3.4% (the text) and the row 居民消费价格总水平 3.4 3.2 3.5 of the table of
price changes; 65岁及以上老年人口占9.2% and the row 65岁及以上 80.4 9.2: one fact stated twice. What ties
them:

- the row's label (其中： dropped; 总水平 / 总指数 too when the text leaves them out; an age bracket) is in
  the text's clause before its figure, with nothing after it but words of the frame (价格, 人口, 占, 比上年,
  上涨, 为 …; 化率 of 城镇化率, the urban share; 类 of 食品烟酒类 against the row 食品烟酒; an abbreviation
  in brackets, 居民消费价格(CPI) against the row 居民消费价格);
- a figure of the row, the first of its unit (a level, then its share), and the text's figure have the
  very same digits and sign, unit and period;
- that label names one row, and that cell one figure of the text (two so named tie nothing);
- the table's header does not split its columns by 同比 / 环比 (the `columns` pattern reads those).

The text's figure carries the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "zh-text-row"

_ROW = re.compile(
    r"^\s*\|?\s*(?:其中\s*[:：])?\s*(?P<label>\d{1,3}\s*(?:[-—~至]\s*\d{1,3}\s*)?周?岁(?:及以上|以上|以下)?"
    r"|[^\d|\s，,。；;:：(（][^\d|，,。；;]*?)\s*\|?\s*(?=-?\d)"
)
_CELLS = re.compile(r"[\s|\d.,%\-−]+")
_FRAME = re.compile(
    r"[（(][A-Za-z]{2,8}[)）]|类|全年|全市|价格|总水平|总指数|老年人口|人口|化率|占总人口的?比重|占|比重|比上年|比上月|同比|环比|上涨|增长|下降|提高|为|是|达到|达|\s"
)
_BASIS = re.compile(r"同比|环比")
_TOTAL_WORDS = re.compile(r"(?:总水平|总指数)$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    rows: dict[str, list[int]] = {}
    for paragraph, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        found = _ROW.match(text)
        if found is None or not _CELLS.fullmatch(text[found.end() :]) or not indexes or _by_basis(ctx, paragraph):
            continue
        label = re.sub(r"\s+", "", found.group("label"))  # 食 品: a label spaced out to the column width
        figures = [j for j in indexes if ctx.mentions[j].start >= found.end() and ctx.statistic(j)]
        # the first column of each unit (a level, then its share): a later column of one unit may be of
        # another period or basis (同比 of the month, of the year to date), which the row does not say
        figures = [
            j for k, j in enumerate(figures) if all(ctx.mentions[j].unit != ctx.mentions[h].unit for h in figures[:k])
        ]
        if len(re.findall(r"[\u4e00-\u9fff]", label)) >= 2 and figures:
            rows.setdefault(label, []).append(figures)
    alike = _by_figure(ctx) if rows else {}
    for label, found_rows in rows.items():
        if len(found_rows) != 1:
            continue
        for cell in found_rows[0]:
            said = [i for i in alike.get(_figure(ctx, cell), ()) if _restates(ctx, i, cell, label)]
            if len(said) == 1:
                yield Relation(said[0], {"same": ctx.ref(cell)}, 0.7, f"{ID}: the row {label} restates the text")


def _figure(ctx: Context, i: int) -> tuple[str, str | None, str | None]:
    """What a restatement must share with the cell: the digits and sign, the unit, the period."""
    mention = ctx.mentions[i]
    return mention.value.lstrip("+"), mention.unit, mention.period


def _by_figure(ctx: Context) -> dict[tuple[str, str | None, str | None], list[int]]:
    """The document's mentions filed by `_figure`, in order: a cell is compared with its own file only
    (comparing it with every mention was quadratic in a long release's tables)."""
    filed: dict[tuple[str, str | None, str | None], list[int]] = {}
    for i in range(len(ctx.mentions)):
        filed.setdefault(_figure(ctx, i), []).append(i)
    return filed


def _restates(ctx: Context, i: int, cell: int, label: str) -> bool:
    mention, row = ctx.mentions[i], ctx.mentions[cell]
    if i == cell or mention.paragraph == row.paragraph or not ctx.statistic(i):
        return False
    if mention.value.lstrip("+") != row.value.lstrip("+") or mention.unit != row.unit or mention.period != row.period:
        return False
    clause = re.split(r"[。；;，,：:]", ctx.paragraph_text(i)[: mention.start])[-1]
    return any(
        name in clause and not _FRAME.sub("", clause[clause.rindex(name) + len(name) :])
        for name in {label, _TOTAL_WORDS.sub("", label)}
        if name
    )


def _by_basis(ctx: Context, paragraph: int) -> bool:
    """The table's header lines above the row name 同比 / 环比 columns: which column the text's figure is
    of is the header's to say (the `columns` pattern reads it), not the row's."""
    for number in range(paragraph - 1, max(paragraph - 12, 0), -1):
        text = ctx.document.paragraphs[number - 1].text
        if "。" in text:
            return False
        if _BASIS.search(text) and not _ROW.match(text):
            return True
    return False
