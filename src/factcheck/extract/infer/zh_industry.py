"""GDP and its three industries, by definition (Chinese texts).

- 地区生产总值233.17亿元，…。第一产业实现增加值29.42亿元…；第二产业…；第三产业增加值112.95亿元: the
  three industries' value added make up GDP whether or not the text says 其中 (三次产业中，第一产业…
  too): `sum` on GDP, when the three are the first figures of GDP's unit and period after it in
  its paragraph (per-person figures and changes between them are other measures);
- 三次产业结构由上年的13.7:40.0:46.3调整为12.6:39.0:48.4，其中一产业比重下降1.1个百分点…: an industry's
  share changed by the points between the two structures, both stated: `difference` of this
  year's share and last year's (the structure stated before the change, or after it in its sentence);
- 第三产业增加值11.15亿元…。第三产业所占比重为28.3%: an industry's share named with no whole is its
  share of GDP: `share` of its value added stated before in the paragraph and the GDP they make up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.structure import earlier_triple, gdp_before, structure_numbers

ID = "zh-industry"

_ORDINALS = "一二三"
#: 第一产业增加值 / 第一产业实现增加值 / 一产业增加值 / 第一产业实现生产总值 as the last words before a figure.
_VALUE_ADDED = "(?:第{0}|^{0}|[^第]{0})产业(?:实现|完成)?(?:增加值|生产总值)(?:为|达到?|是)?\\s*$"
_UP = "提高|上升|增加|扩大"
_DOWN = "下降|回落|降低|减少|缩小"
#: 其中一产业比重下降1.1个百分点 / 第三产业比重提高2.1个百分点 / 第二产业占比比上年下降1个百分点.
_SHARE_CHANGE = re.compile(
    r"^(?:其中)?(?:第(?P<a>[一二三])|(?P<b>[一二三]))产业?(?:增加值)?(?:占[^，,；;。\d]{0,12})?(?:比重|占比)"
    rf"(?:比上年|较上年|同比)?(?P<verb>{_UP}|{_DOWN})了?$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    yield from _gdp_sum(ctx)
    yield from _share_changes(ctx)
    yield from _industry_shares(ctx)


def _clause(ctx: Context, i: int) -> str:
    return re.split(r"[，,；;。:：]", ctx.mentions[i].head)[-1].strip()


def _gdp_sum(ctx: Context) -> Iterator[Relation]:
    for indexes in ctx.by_paragraph.values():
        parts: list[int] = []
        for ordinal in _ORDINALS:
            pattern = re.compile(_VALUE_ADDED.format(ordinal))
            found = next(
                (j for j in indexes if ctx.mentions[j].type == "count" and pattern.search(_clause(ctx, j))), None
            )
            if found is None or (parts and found < parts[-1]):
                break
            parts.append(found)
        if len(parts) != 3:
            continue
        total = gdp_before(ctx, parts[0])
        if total is None or any(
            ctx.dimension(j) != ctx.dimension(total) or ctx.mentions[j].period != ctx.mentions[total].period
            for j in parts
        ):
            continue
        between = [
            j
            for j in indexes
            if total < j < parts[-1]
            and j not in parts
            and ctx.mentions[j].type == "count"
            and ctx.dimension(j) == ctx.dimension(total)
            and not re.search(r"人均|平均", ctx.mentions[j].head[-12:])
        ]
        if between:  # another figure of the kind among them: not the plain three-industry breakdown
            continue
        why = f"{ID}: the three industries' value added make up the gross domestic product"
        yield Relation(total, {"sum": [ctx.ref(j) for j in parts]}, 0.85, why)


def _share_changes(ctx: Context) -> Iterator[Relation]:
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "points" or not ctx.statistic(i):
            continue
        found = _SHARE_CHANGE.search(re.split(r"[，,；;。:：]", ctx.before(i, 40))[-1].strip())
        if found is None:
            continue
        now = structure_numbers(ctx, mention.paragraph)
        if now is None or not (all(j < i for j in now) or _one_sentence(ctx, i, now[-1])):
            continue  # 第二产业比重下降0.9个百分点，…，产业结构由上年的…调整为…: the structure may follow
        before = earlier_triple(ctx, now[0])
        if before is None:
            continue
        k = _ORDINALS.index(found.group("a") or found.group("b"))
        signed = mention.value.startswith("-") or found.group("verb") in _UP.split("|")
        pair = [now[k], before[k]] if signed else [before[k], now[k]]
        why = f"{ID}: an industry's share changed between the two structures stated"
        yield Relation(i, {"difference": [ctx.ref(j) for j in pair]}, 0.8, why)


#: 第三产业所占比重为 / 第三产业增加值所占比例达: an industry's share with no whole named anywhere (a list
#: that names it for the first industry, 第一产业…占地区生产总值的比重为11.0%，第二产业增加值比重为…, is
#: `share`'s: its shares are at times rounded to add up to 100).
_INDUSTRY_SHARE = re.compile(
    r"^(?:其中)?(?:第(?P<a>[一二三])|(?P<b>[一二三]))产业(?:增加值)?(?:所占比重|所占比例)(?:为|达到?|是)?$"
)


def _industry_shares(ctx: Context) -> Iterator[Relation]:
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "percent" or not ctx.statistic(i):
            continue
        found = _INDUSTRY_SHARE.search(_clause(ctx, i))
        if found is None:
            continue
        pattern = re.compile(_VALUE_ADDED.format(found.group("a") or found.group("b")))
        parts = [j for j in ctx.in_paragraph(i) if j < i and ctx.mentions[j].type == "count"]
        part = next((j for j in reversed(parts) if pattern.search(_clause(ctx, j))), None)
        whole = gdp_before(ctx, part) if part is not None else None
        if part is None or whole is None or ctx.mentions[part].period != mention.period:
            continue
        why = f"{ID}: an industry's share with no whole named is its share of the gross domestic product"
        yield Relation(i, {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}, 0.8, why)


def _one_sentence(ctx: Context, a: int, b: int) -> bool:
    """Mentions a and b (a first) in one sentence of one paragraph: no full stop between them."""
    return ctx.mentions[a].paragraph == ctx.mentions[b].paragraph and not re.search(r"[。！？]", ctx.between(a, b))
