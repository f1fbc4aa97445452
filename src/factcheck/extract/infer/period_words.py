"""The period words a Chinese figure is stated under (4月份, 1—4月份, 三季度, 全年), for texts that name no year:
two figures of one name under two such periods are two facts."""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

_PERIOD_WORDS = re.compile(r"\d{1,2}\s*[—–-]\s*\d{1,2}\s*月份?|\d{1,2}月份?|[一二三四]季度|上半年|前三季度|全年")


def period_words(ctx: Context, index: int) -> str:
    """The last period words before a figure in its paragraph, or "" (kept per figure: patterns ask it of
    every pair of figures they compare)."""
    known = ctx.memo.setdefault("period_words", {})
    if index not in known:
        known[index] = period_words_of(ctx.paragraph_text(index)[: ctx.mentions[index].start])
    return known[index]


def period_words_of(text: str) -> str:
    """The last period words of a text, written one way, or ""."""
    found = _PERIOD_WORDS.findall(text)
    return re.sub(r"\s|月$", "", found[-1]).replace("–", "—").replace("-", "—") if found else ""


def period_in_force(ctx: Context, index: int) -> str:
    """The period words before a figure in its paragraph or, in a paragraph naming none, those last named in
    an earlier one: after "三季度，全国工业产能利用率为76.7%" a paragraph "采矿业产能利用率为73.9%" is still
    of 三季度, and a later "前三季度累计，…" moves every paragraph after it to 前三季度. Kept per figure: a
    pattern asks it for every pair of figures it compares."""
    known = ctx.memo.setdefault("period_words.in_force", {})
    if index not in known:
        known[index] = _period_in_force(ctx, index)
    return known[index]


def _period_in_force(ctx: Context, index: int) -> str:
    found = period_words(ctx, index)
    paragraph = ctx.mentions[index].paragraph - 1
    while not found and paragraph > 0:
        paragraph -= 1
        found = period_words_of(ctx.document.paragraphs[paragraph].text)
    return found


def two_periods(ctx: Context, i: int, j: int) -> bool:
    """Two figures under two periods' words. With no year in the text (no period drafted) any two
    words differ, none included (1-5月份 and 1-4月份; 全年 and nothing); with a period drafted, only
    two words both named (三季度 and 前三季度 in a year's text), since a title naming none is no other period."""
    a, b = period_in_force(ctx, i), period_in_force(ctx, j)
    return a != b and (ctx.mentions[i].period is None or bool(a and b))
