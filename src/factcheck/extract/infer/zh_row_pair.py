"""A table row restating a level and its share stated together in the text: `same`, twice.

全国人口中，0—14岁人口为253383938人，占17.95% (the text) and the row "0—14岁 253383938 17.95" (or
"其中:城镇 | 138.01 | 46.68 |" under 城镇人口138.01万人，占常住人口比重为46.68%): the row's level is the
text's level and the row's share the text's share. What ties them, every time:

- the row is a line of a table: a label, then figures only (apart by spaces or bars);
- the text's level has the very digits, unit and period of a figure of the row, and the row's
  label (without 其中:) is named in the text's clause before it (since the last 。 or ；);
- for the share: the text's next figure in its sentence is a percent with the value of the
  row's next figure (a percent too; 61.80 is 61.8), and the words between them say a share (占, 比重);
  or, with no share said with the level, the one rate of its paragraph after it (城镇化率为70.96%)
  with the row's share's value.

Other digits on either side are another statistic (or a wrong digit the row's own checks catch):
nothing is drafted. The text's figure carries the check (confidence 0.75).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from factcheck.extract.infer.base import Context, Relation

ID = "zh-row-pair"

_SEPARATORS = re.compile(r"[\s|\u3000%％]*")
_SHARE_WORDS = re.compile(r"占|比重|占比")
_ROW_OPENER = re.compile(r"^(?:其中|#|＃)[:：]?")


def infer(ctx: Context) -> Iterator[Relation]:
    for level, cell, stated, share in pairs(ctx):
        yield Relation(level, {"same": ctx.ref(cell)}, 0.75, f"{ID}: a table row restates the text's level")
        if stated is not None and share is not None:
            check = {"same": ctx.ref(share)}
            yield Relation(stated, check, 0.75, f"{ID}: a table row restates the share stated with the level")


def pairs(ctx: Context) -> list[tuple[int, int, int | None, int | None]]:
    """(the text's level, the row's cell restating it, the text's share stated with the level and
    the row's share cell restating it, or None twice), once per document."""
    if "zh_row_pair.pairs" in ctx.memo:
        return ctx.memo["zh_row_pair.pairs"]
    out: list[tuple[int, int, int | None, int | None]] = []
    table = rows(ctx) if not ctx.english else []
    levels = _text_levels(ctx, {ctx.mentions[cells[0]].paragraph for _, cells in table})
    for label, cells in table:
        for position, cell in enumerate(cells):
            if ctx.dimension(cell) in ("percent", "points", None):
                continue
            mention = ctx.mentions[cell]
            found = [
                k
                for k in levels.get((mention.value, mention.unit or "", mention.period), [])
                if label in _clause_before(ctx, k)
            ]
            if len(found) != 1:
                continue
            level = found[0]
            share = cells[position + 1] if position + 1 < len(cells) else None
            stated = _share_after(ctx, level)
            if stated is None and share is not None:
                stated = _rate_named(ctx, level, share)
            if share is None or stated is None or ctx.dimension(share) != "percent":
                out.append((level, cell, None, None))
                continue
            written = _number(ctx.mentions[stated].value)
            same = written is not None and written == _number(ctx.mentions[share].value)
            out.append((level, cell, stated, share) if same else (level, cell, None, None))
    ctx.memo["zh_row_pair.pairs"] = out
    return out


def rows(ctx: Context) -> list[tuple[str, list[int]]]:
    """Each table line: its label (no 其中:, no spaces) and its statistics, in order."""
    out = []
    for number, indexes in ctx.by_paragraph.items():
        cells = [j for j in indexes if ctx.statistic(j)]
        if not cells or len(indexes) != len(cells):
            continue
        text = ctx.document.paragraphs[number - 1].text
        label = re.sub(r"[\s|\u3000]", "", text[: ctx.mentions[cells[0]].start])
        label = _ROW_OPENER.sub("", label)
        if len(label) < 2 or len(label) > 20 or re.search(r"[。，,；;]", label):
            continue
        gaps = [text[ctx.mentions[a].end : ctx.mentions[b].start] for a, b in zip(cells, cells[1:])]
        gaps.append(text[ctx.mentions[cells[-1]].end :])
        if any(not _SEPARATORS.fullmatch(gap) for gap in gaps):
            continue
        if len(cells) > 1 and not any("|" in g or re.search(r"\s", g) for g in gaps[:-1]):
            continue
        out.append((label, cells))
    return out


def _text_levels(ctx: Context, rows: set[int]) -> dict[tuple[str, str, str | None], list[int]]:
    """The text's levels (no table line's) by value as written, unit and period."""
    out: dict[tuple[str, str, str | None], list[int]] = {}
    for j, mention in enumerate(ctx.mentions):
        if mention.paragraph in rows or not ctx.statistic(j) or mention.type != "count":
            continue
        if not re.search(r"[，,。；;]", ctx.paragraph_text(j)):  # a line of a table, not a sentence
            continue
        if ctx.dimension(j) in ("percent", "points", None):
            continue
        out.setdefault((mention.value, mention.unit or "", mention.period), []).append(j)
    return out


def _clause_before(ctx: Context, k: int) -> str:
    """The text before the figure since the last 。 or ；, without footnote marks (0—14岁[3]人口为)."""
    text = ctx.paragraph_text(k)[: ctx.mentions[k].start]
    start = max(text.rfind("。"), text.rfind("；"), text.rfind(";")) + 1
    return re.sub(r"\[\d+\]|\s", "", text[start:])


def _share_after(ctx: Context, k: int) -> int | None:
    """The percent right after the level in its sentence, when the words between say a share."""
    following = k + 1
    if following >= len(ctx.mentions) or ctx.sentence_of[following] != ctx.sentence_of[k]:
        return None
    if ctx.dimension(following) != "percent" or not ctx.statistic(following):
        return None
    between = ctx.between(k, following)
    if not _SHARE_WORDS.search(between) or re.search(r"[。；;]", between):
        return None
    return following


#: 城镇化率为70.96% / 占比为: a rate or share named by its own words.
_RATE = re.compile(r"(?:率|比重|占比)(?:为|达到|达|是)?$")


def _rate_named(ctx: Context, level: int, share: int) -> int | None:
    """城镇常住人口2280.32万人。年末全市常住人口城镇化率为70.96% (the row: 城 镇 | 2280.32 | 70.96): the one
    rate of the level's paragraph, after it, written with the row's share's value."""
    value = _number(ctx.mentions[share].value)
    found = [
        j
        for j in ctx.in_paragraph(level)
        if j > level
        and ctx.dimension(j) == "percent"
        and ctx.statistic(j)
        and ctx.mentions[j].type == "count"
        and _RATE.search(ctx.mentions[j].head)
        and value is not None
        and _number(ctx.mentions[j].value) == value
    ]
    return found[0] if len(found) == 1 else None


def _number(value: str) -> Decimal | None:
    """The value as a number: 61.80 in the row is the text's 61.8."""
    try:
        return Decimal(re.sub(r"[^\d.]", "", value))
    except InvalidOperation:
        return None
