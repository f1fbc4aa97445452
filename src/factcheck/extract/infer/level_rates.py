"""A level, then its change, then the rate of that change, in one sentence: the rate is the change over
the earlier level, r = N ÷ (L − N) × 100 (a part of the `change` pattern).

- 粮食产量L万吨，比上年增加N万吨，增长r%; with each figure restated in brackets in another unit;
- "the total revenue of restaurants was 55.8 billion tugrugs, which increased by 10.2 (22.3%) billion
  tugrugs", "reached 40,316, reflecting an increase of 711 or 1.8 percent" (English): the change words right
  after the level, the rate in brackets or after "or"; the change smaller than the level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

_CHANGE_WORDS = re.compile(
    r"^[)）]?[，,\s]*(?:[比较](?:上年末?|去年|年初|\d{4}年末?)|同比)?(?:净)?(?:增加|减少|多增|少增|增长|下降|多|少)了?\s*$"
)  # 比上年增加了23629人: 了 marks the change done, as in 增加23629人; 比年初增加: a balance on the year's start
_RATE_WORDS = re.compile(  # 增长率为0.44%: the rate named in words, as 增长0.44% says it
    r"^[)）]?[，,\s]*(?:比上年末?|较上年末?|同比)?(?:增长|下降|增产|减产|上涨|下跌|提高|降低)(?:率|幅度)?(?:为|是)?\s*$"
)
_OPEN = re.compile(r"^\s*[(（]\s*$")
_PERCENT = ("%", "％", "percent", "per cent")


def level_change_rate(ctx: Context, level: int, rule: str) -> Iterator[Relation]:
    """粮食产量L万吨，比上年增加N万吨，增长r%: r = N ÷ (L − N) × 100 (the earlier level is L − N).
    A figure restated in another unit in brackets, 60709.9万吨(12142亿斤)，比2013年增加516万吨(103.2亿斤),
    gives the same rate from its own pair."""
    if ctx.mentions[level].type != "count":
        return
    if ctx.english:
        yield from _english(ctx, level, rule)
        return
    if level > 0 and bracketed_after(ctx, level - 1) == level:
        return  # the level restated in brackets: its pair is drafted with the level's
    twin = bracketed_after(ctx, level)
    n = (twin if twin is not None else level) + 1
    if n >= len(ctx.mentions):
        return
    n_twin = bracketed_after(ctx, n)
    r = (n_twin if n_twin is not None else n) + 1
    if r >= len(ctx.mentions) or ctx.sentence_of[r] != ctx.sentence_of[level] or ctx.mentions[r].unit not in _PERCENT:
        return
    if ctx.mentions[n].type not in ("change", "difference") or not same_dimension(ctx, [level, n]):
        return
    if ctx.dimension(level) in ("percent", "points") or not _CHANGE_WORDS.match(ctx.between(twin or level, n)):
        return
    if not _RATE_WORDS.match(ctx.between(n_twin or n, r)):
        return
    if "年初" in ctx.between(twin or level, n) and "同比" in ctx.between(n_twin or n, r):
        return  # 6月末…比年初增加N，同比增长r%: r is on a year before, not on the year's start
    pairs = [(level, n)] + ([(twin, n_twin)] if twin is not None and n_twin is not None else [])
    for whole, change in pairs:
        if change == n or same_dimension(ctx, [whole, change]):
            formula = f"{{{ctx.ref(change)}}} / ({{{ctx.ref(whole)}}} - {{{ctx.ref(change)}}}) * 100"
            yield Relation(r, {"formula": formula}, 0.8, f"{rule}: the change over the earlier level (level − change)")


def bracketed_after(ctx: Context, i: int) -> int | None:
    """The next figure when it restates figure `i` in brackets right after it: 516万吨(103.2亿斤)."""
    j = i + 1
    if j < len(ctx.mentions) and ctx.mentions[j].paragraph == ctx.mentions[i].paragraph:
        if _OPEN.match(ctx.between(i, j)) and ctx.paragraph_text(j)[ctx.mentions[j].end :].lstrip()[:1] in ")）":
            return j
    return None


#: ", which increased by", " and has increased by", " at the end of October, 2010, reflecting an increase of"
_EN_CHANGE = re.compile(
    r"(?i)^(?:\s+(?:at\s+the\s+end\s+of|in|as\s+of)\s+[^,;.\d]{1,30}(?:,?\s*(?:19|20)\d\d)?)?\s*,?\s*(?:"
    r"(?:which|and|that)\s+(?:has\s+|have\s+)?(?:(increased|rose|grew)|(decreased|fell|declined|dropped))\s+by"
    r"|(?:reflecting|representing|showing|recording)\s+an?\s+(?:(increase|rise|growth)|(decrease|decline|fall|drop))\s+of"
    r"|an?\s+(?:(increase|rise)|(decrease|decline|fall|drop))\s+of"  # "£2,054 in May 2023, a decrease of £4 (0.2%)"
    r")\s*(?:[$£€]|[A-Z]{3})?\s*$"
)
#: The next change of the same level after the first's rate: "(0.2%) over the month and an increase of £108 (5.5%)".
_EN_NEXT_CHANGE = re.compile(
    r"(?i)^\s*\)?\s*(?:(?:over|on|from|since|in)\s+the\s+[a-z ]{1,30}?\s*)?,?\s*and\s+"
    r"an?\s+(?:(increase|rise)|(decrease|decline|fall|drop))\s+of\s*(?:[$£€]|[A-Z]{3})?\s*$"
)
_EARLIER_LEVEL_NEXT = re.compile(r"(?i)\s*(?:%|percent|per cent)?\s*\)?\s*(?:from|compared\s+(?:with|to))\s+the\b")
_EN_RATE = re.compile(r"(?i)^\s*(?:\(|,?\s*or)\s*$")


#: The change's noun after its size: "6,621 tourists arrived in January 2015, a 196 person decrease (-2.9 per cent)".
_EN_A_CHANGE = re.compile(
    r"(?i)^(?:\s+[a-z]+){0,2}(?:\s+(?:in|as\s+of)\s+[^,;.\d]{1,30}(?:,?\s*(?:19|20)\d\d)?)?\s*,\s*an?\s*$"
)
_EN_NOUN_THEN_RATE = re.compile(r"(?i)^\s*(?:[a-z]+\s+)?(?:(increase|rise|gain)|(decrease|decline|fall|drop))\s*\(\s*$")


def _english(ctx: Context, level: int, rule: str) -> Iterator[Relation]:
    n, r = level + 1, level + 2
    if r >= len(ctx.mentions) or len({ctx.sentence_of[k] for k in (level, n, r)}) != 1:
        return
    words = _EN_CHANGE.match(ctx.between(level, n))
    if words is None and _EN_A_CHANGE.match(ctx.between(level, n)):
        words = _EN_NOUN_THEN_RATE.match(ctx.between(n, r))  # its groups 1 and 2: a rise, a fall
        if words is not None and ctx.mentions[r].unit in _PERCENT:
            yield from _one_change(ctx, level, n, r, words.group(2) is not None, rule)
        return
    if words is None or not _EN_RATE.match(ctx.between(n, r)) or ctx.mentions[r].unit not in _PERCENT:
        return
    if ctx.mentions[n].type not in ("change", "difference", "count") or not same_dimension(ctx, [level, n]):
        return
    if ctx.dimension(level) in ("percent", "points"):
        return
    fell = bool(words.group(2) or words.group(4) or words.group(6))
    if _EARLIER_LEVEL_NEXT.match(ctx.paragraph_text(r)[ctx.mentions[r].end :]):
        return  # "an increase of 625,000 (1.6%) from the 40.271 million": the growth between the levels
    while True:
        change, whole = ctx.midpoint(n), ctx.midpoint(level)
        if change is None or whole is None or (change < 0) != fell or abs(change) >= whole:
            return  # the words and the sign disagree, or the change is no part of the level: a misread figure
        formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
        yield Relation(r, {"formula": formula}, 0.75, f"{rule}: the change over the earlier level (level − change)")
        n, r = r + 1, r + 2  # "… (0.2%) over the month and an increase of £108 (5.5%) over the year"
        if r >= len(ctx.mentions) or len({ctx.sentence_of[k] for k in (level, n, r)}) != 1:
            return
        following = _EN_NEXT_CHANGE.match(ctx.between(n - 1, n))
        if following is None or not _EN_RATE.match(ctx.between(n, r)) or ctx.mentions[r].unit not in _PERCENT:
            return
        if not same_dimension(ctx, [level, n]):
            return
        fell = following.group(2) is not None


def _one_change(ctx: Context, level: int, n: int, r: int, fell: bool, rule: str) -> Iterator[Relation]:
    """One level, its change and the change in percent: r = N ÷ (L − N) × 100 when the sign agrees."""
    if ctx.mentions[n].type not in ("change", "difference", "count") or not same_dimension(ctx, [level, n]):
        return
    change, whole = ctx.midpoint(n), ctx.midpoint(level)
    if ctx.dimension(level) in ("percent", "points") or change is None or whole is None:
        return
    if (change < 0) != fell or abs(change) >= whole:
        return
    formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
    yield Relation(r, {"formula": formula}, 0.75, f"{rule}: the change over the earlier level (level − change)")
