"""The industries' shares changed against an earlier period, said after the structure (`earlier`).

与上年比，第一产业占地区生产总值的比重上升3.82个百分点，第二、第三产业…比重分别回落2.16和1.66个百分点;
第一产业增加值占地区生产总值的比重比上年上升0.2个百分点; 三次产业结构为7.6:47.6:44.8，与上年同期比第一、三产业
均下降0.7个百分点，第二产业提升1.4个百分点: each change is of the industry's number in the structure,
against the same share of the period compared with, which the text does not state.

- the industry is named by its ordinal (第一产业, 第二、第三产业, 第一、三产业) and its share by 比重 / 占比, or,
  right after the structure in its sentence, by nothing more (the structure is what changed);
- a figure said of several industries with 均 is each one's change; a list said with 分别, one each;
- the words of the sentence name the period compared with (与上年比, 较上年同期, 比上年).

The industries' growth rates likewise: 第一产业…同比增长6.6%；…第三产业…同比增长11.5%。与上年同期相比，第一、
第三产业增速提高，分别提高1.6个百分点和1.8个百分点: each change is of its industry's growth rate stated
before in the paragraph (the first % growth of a clause naming that industry alone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context
from factcheck.extract.infer.structure import structure_numbers

_PERIOD = r"(?:上年末?|去年(?:同期|末)?|上年同期|同期|上月末?|上季度?末?|上半年|前三季度|年初)"
_VERB = r"提高|提升|上升|增加|扩大|下降|回落|降低|减少|缩小|下滑"
_WHO = r"(?P<who>第[一二三](?:(?:产业)?[、和及]第?[一二三])*)产业"
_SHARE = re.compile(
    _WHO + rf"[^，,；;。]{{0,16}}?(?:比重|占比)(?:分别|均)?(?:(?:比|较){_PERIOD})?(?:分别|均)?(?P<verb>{_VERB})$"
)
#: 三次产业结构为7.6:47.6:44.8，与上年同期比第一、三产业均下降: the structure just said is what changed.
_BARE = re.compile(_WHO + rf"(?:分别|均)?(?P<verb>{_VERB})$")
_AGAINST = re.compile(rf"(?:与|较|比){_PERIOD}(?:相)?比?")
_GROWTH_WORDS = re.compile(r"增长|增速|增幅|拉动")


def industry_share_changes(ctx: Context, i: int) -> Iterator[tuple[int, str, str]]:
    """(the structure's number, the period compared with, the verb) of each industry mention `i` is the
    share change of."""
    if ctx.english or ctx.dimension(i) != "points":
        return
    first = i  # "2.16和1.66个百分点": the clause is the first member's
    while first > 0 and ctx.sentence_of[first - 1] == ctx.sentence_of[i] and ctx.dimension(first - 1) == "points":
        if not re.fullmatch(r"\s*(?:个百分点)?\s*[、和及]\s*", ctx.between(first - 1, first)):
            break
        first -= 1
    clause = re.split(r"[，,；;。]", ctx.before(first, 40))[-1]
    numbers = structure_numbers(ctx, ctx.mentions[i].paragraph)
    found = _SHARE.search(clause) or (_BARE.search(clause) if _after_structure(ctx, first, numbers) else None)
    sentence_start = ctx.paragraph_text(i).rfind("。", 0, ctx.mentions[first].start) + 1
    against = _AGAINST.search(ctx.paragraph_text(i)[sentence_start : ctx.mentions[first].start])
    if found is None or against is None or numbers is None:
        return
    ordinals = re.findall(r"[一二三]", found.group("who"))
    if "均" in clause and first == i:
        chosen = ordinals  # 第一、三产业均下降0.7个百分点: the one figure is each one's change
    elif len(ordinals) > i - first:
        chosen = [ordinals[i - first]]
    else:
        return
    for ordinal in chosen:
        yield numbers["一二三".index(ordinal)], against.group(), found.group("verb")


_RATES = re.compile(_WHO + rf"(?:增加值)?(?:增速|增幅)[^。；;]{{0,12}}?(?:分别|均)(?P<verb>{_VERB})$")


def industry_rate_changes(ctx: Context, i: int) -> Iterator[tuple[int, str, str]]:
    """(the industry's growth rate, the period compared with, the verb) for a listed change of rates."""
    if ctx.english or ctx.dimension(i) != "points":
        return
    first = i
    while first > 0 and ctx.sentence_of[first - 1] == ctx.sentence_of[i] and ctx.dimension(first - 1) == "points":
        first -= 1
    text = ctx.paragraph_text(i)
    sentence = text[text.rfind("。", 0, ctx.mentions[first].start) + 1 : ctx.mentions[first].start]
    found = _RATES.search(sentence)
    against = _AGAINST.search(sentence)
    if found is None or against is None:
        return
    ordinals = re.findall(r"[一二三]", found.group("who"))
    if len(ordinals) <= i - first:
        return
    rate = _rate_of(ctx, first, ordinals[i - first])
    if rate is not None:
        yield rate, against.group(), found.group("verb")


def _rate_of(ctx: Context, before: int, ordinal: str) -> int | None:
    """The first growth rate in % of the paragraph before `before` whose clause names 第<ordinal>产业 alone."""
    text = ctx.paragraph_text(before)
    for j in ctx.in_paragraph(before):
        if j >= before or ctx.dimension(j) != "percent" or not re.search(r"增长|下降", ctx.mentions[j].head):
            continue
        start = max(text.rfind(mark, 0, ctx.mentions[j].start) for mark in "。；;") + 1
        named = set(re.findall(r"第([一二三])产业", text[start : ctx.mentions[j].start]))
        if named == {ordinal}:
            return j
    return None


def _after_structure(ctx: Context, first: int, numbers: list[int] | None) -> bool:
    """The figure follows the structure in its sentence, with only share changes between."""
    if numbers is None or numbers[-1] >= first or ctx.sentence_of[numbers[-1]] != ctx.sentence_of[first]:
        return False
    text = ctx.paragraph_text(first)[ctx.mentions[numbers[-1]].end : ctx.mentions[first].start]
    between = range(numbers[-1] + 1, first)
    return not _GROWTH_WORDS.search(text) and all(ctx.dimension(k) == "points" for k in between)
