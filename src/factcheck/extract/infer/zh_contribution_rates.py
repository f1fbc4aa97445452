"""Contribution rates (贡献率) beside the pulls they come from: `share` of the pull in the growth.

第一产业增加值…增长9.3%，拉动经济增长0.8个百分点；…第一、二、三产业对GDP增幅的贡献率分别为9.6%、49.4%、41.0%:
a contribution rate is the part of the growth a part pulled, in % of the growth: pull ÷ growth × 100
(0.8 ÷ 8.3 × 100 = 9.6%). It is no `contributions` check (that one adds points up to a growth rate).

- the rates are the % figures said after 对…贡献率 (or 第N产业…贡献率), one or a list (分别为a%、b%和c%);
- their paragraph states as many pulls (拉动 / 上拉 / 下拉 …N个百分点), taken in the order both are written;
- the whole is the growth rate of the measure the parts grow by, when the rates' sentence says it
  (国有企业和股份制企业工业总产值分别增长…，对全省工业的贡献率分别为…: 工业总产值's, stated before), else the
  growth rate the pulls name (拉动GDP增长, 拉动经济增长: the GDP's), as `contributions` finds it;
- with no pull stated, nothing is drafted (the `outside` placeholder asks for the increases).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.contributions import _ZH_TARGET, _frequency, _growth_of, _pulls

ID = "zh-contribution-rates"

_RATE = re.compile(r"(?:对[^，,；;。]{0,20}|产业[^，,；;。]{0,12})贡献率(?:分别)?(?:为|达到|达|是)?$")
#: 科技进步贡献率 is estimated by a growth-accounting model: no pull divides into it.
_MODEL = re.compile(r"科技|进步")
#: 5.5%、46.7%和47.8% (or 5.3%54%, written with no mark between): the members of one list.
_LISTED = re.compile(r"\s*[、和及]?\s*")
#: The growth a pull's words name, when they name one (分别拉动增长2.1 names none).
_UNNAMED = re.compile(r"(?:分别)?(?:增长|增速)?")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for members in ctx.by_paragraph.values():
        rates = [j for j in members if _is_rate(ctx, j)]
        if not rates:
            continue
        text = ctx.paragraph_text(rates[0])
        pulls = _pulls(ctx, [j for j in members if ctx.dimension(j) == "points"], text)
        if len(pulls) != len(rates):
            continue
        rule = f"{ID}: a contribution rate is the pull's share of the growth it pulls"
        own = frozenset(rates)  # a rate is never its own whole (对GDP增长的贡献率为59.2% names GDP's growth)
        for group_rates, group_pulls, outside_sentence in _groups(ctx, rates, pulls):
            whole = _growth_of_measure(ctx, group_rates[0], text)
            if whole is None and outside_sentence:
                whole = _pulled_growth(ctx, group_pulls, text, own | outside_sentence)
            if whole is None:
                whole = _pulled_growth(ctx, group_pulls, text, own)
            if whole is None:
                continue
            for rate, pull in zip(group_rates, group_pulls):
                yield Relation(rate, {"share": {"part": ctx.ref(pull), "whole": ctx.ref(whole)}}, 0.8, rule)


def _groups(ctx: Context, rates: list[int], pulls: list[int]) -> list[tuple[list[int], list[int], frozenset[int]]]:
    """The rates with their pulls, and the figures outside their sentence. 全区GDP…增长8.1%，…贡献率分别为…，分别拉动…。
    区本级GDP…增长8.3%，…贡献率分别为…，分别拉动…: when each sentence states its rates and as many pulls, each sentence
    is one group, whose whole is the growth of its own sentence when it states one (another sentence's growth is
    another aggregate's); else all are one group (an empty set: no sentence of its own)."""
    sentences = sorted({ctx.sentence_of[j] for j in rates})
    by_sentence = [
        ([j for j in rates if ctx.sentence_of[j] == s], [j for j in pulls if ctx.sentence_of[j] == s])
        for s in sentences
    ]
    if len(sentences) < 2 or any(len(r) != len(p) for r, p in by_sentence):
        return [(rates, pulls, frozenset())]
    everything = range(len(ctx.mentions))
    return [
        (group_rates, group_pulls, frozenset(j for j in everything if ctx.sentence_of[j] != sentence))
        for (group_rates, group_pulls), sentence in zip(by_sentence, sentences)
    ]


def _is_rate(ctx: Context, i: int) -> bool:
    """A % figure said after 贡献率, alone or in the list it opens."""
    mention = ctx.mentions[i]
    if ctx.dimension(i) != "percent" or mention.type in ("rank", "label", "date"):
        return False
    first = i
    while (
        first > 0
        and ctx.sentence_of[first - 1] == ctx.sentence_of[i]
        and ctx.dimension(first - 1) == "percent"
        and _LISTED.fullmatch(ctx.between(first - 1, first))
    ):
        first -= 1
    clause = re.split(r"[，,；;。]", ctx.mentions[first].head)[-1]
    return bool(_RATE.search(clause)) and not _MODEL.search(clause)


def _pulled_growth(ctx: Context, pulls: list[int], text: str, skip: frozenset[int]) -> int | None:
    """The growth rate the first pull that names one goes to (none of `skip`)."""
    for pull in pulls:
        found = _ZH_TARGET.search(ctx.mentions[pull].head)
        if found is None or _UNNAMED.fullmatch(found.group(1)):
            continue
        return _growth_of(ctx, pull, found.group(1), False, _frequency(text[: ctx.mentions[pull].start]), skip)
    return None


#: 国有企业和股份制企业工业总产值分别增长31.8%和25.9%，对…的贡献率分别为46.4%和47.5%: the parts' measure.
_PARTS_GROW = re.compile(r"([^，,；;。\d]{2,24}?)分别(?:增长|下降)[^，,；;。]*[，,]?[^，,；;。]*$")


def _growth_of_measure(ctx: Context, first_rate: int, text: str) -> int | None:
    """The growth stated before of the measure the parts grow by in the rates' sentence (工业总产值): their
    pulls are points of it, whatever aggregate the pulls' words name (拉动全省工业增长)."""
    sentence_start = max(text.rfind(mark, 0, ctx.mentions[first_rate].start) for mark in "。；;") + 1
    found = _PARTS_GROW.search(text[sentence_start : ctx.mentions[first_rate].start])
    if found is None:
        return None
    named = found.group(1)
    for length in range(min(len(named), 8), 2, -1):  # 工业总产值 of 国有企业和股份制企业工业总产值
        growth = _growth_of(ctx, first_rate, named[-length:], False)
        if (
            growth is not None
            and ctx.mentions[growth].start < ctx.mentions[first_rate].start
            and _first_of_measure(ctx, growth, named[-length:])
        ):
            return growth
    return None


def _first_of_measure(ctx: Context, growth: int, measure: str) -> bool:
    """The growth is of the whole: stated before the parts' own growth figures, not one of them."""
    before = ctx.paragraph_text(growth)[max(0, ctx.mentions[growth].start - 60) : ctx.mentions[growth].start]
    return "分别" not in before[before.rfind(measure) :]
