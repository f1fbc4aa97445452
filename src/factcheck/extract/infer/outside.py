"""Relations that need a figure from outside the document: a complete check under `x-todo`.

- 居全省第2位 / 均居全省第1位 / "ranked second among provinces": `rank` of the figure (or the
  figures, with 均/both) among a source series, `across` and `self` to fill in;
- 高于全国7.5个百分点 / 低于… / "7.5 percentage points higher than the national (the UK, the OECD)
  average": `difference` between the figure and the outside one.
A rank with no scope (增速居首位, 分别居前三位) is among the values the text lists with it: the
`order` pattern's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference, same_dimension, words

ID = "outside"

_DURATIONS = ("年", "个月", "天", "日", "years", "months", "days")
_COMPARE = re.compile(
    r"(高于|低于|高出|低出|超过|超出|少于|多于|(?i:higher than|lower than|above|below))[^，,；;\d]{0,12}$"
    r"|比(?:全国|全省|全市|全区|全州)[^，,；;\d比]{0,10}?(?:高出|低出|高|低|快|慢|多|少)$"  # 比全省高1.9个百分点
)
_LOWER = re.compile(r"低于|低出|少于|(?i:lower|below)|比[^，,；;\d]*(?:低|慢|少)出?$")
_AFTER = re.compile(
    r"(?i)^\s*(?:(?:percentage )?points? )?(higher|lower|above|below)(?: than)? the "
    r"(?:national|country|EU|euro area|state|(?:[\w.-]+\s+){0,3}average\b"  # "the UK average"
    r"|(?:advance|first|second|third|preliminary|previous|prior|earlier|initial) estimate)"  # a revision
)
_CONVERTED = re.compile(r"[（(]?折合\s*$")
#: 按年平均汇率折算为19821美元 / 按现行平均汇率计算为6554美元 / 约合: a figure in a foreign currency.
_CONVERTED_TO = re.compile(r"(?:折合|约合|折算为|折算成|计算为|计算达到|计算达|合)\s*$")
_FOREIGN = re.compile(r"美元|欧元|日元|英镑|港元")
_SCOPE = re.compile(r"全国|全省|全市|全区|目标|计划|预期|时期|(?i:national|the country|province|state)")
#: 比2016年和2015年春节所在月份环比涨幅分别低0.6和0.2个百分点: gaps to the same rate of earlier years (each
#: stated by the text's figure before; the years' rates are not in the text).
_EARLIER_YEARS = re.compile(
    r"比(?:\d{4}年[和、及]?)+[^，,；;。\d]{0,16}(?:涨幅|增速|增幅|降幅)(?:分别)?(?:高出|低出|高|低|快|慢)$"
)


_RANK_SCOPE = re.compile(r"全国|全省|全市|全区|全球|世界|我国|各|同类|副省级|省份|城市|地区|区域|行业")


def _scoped(ctx: Context, i: int) -> bool:
    """居全省第2位 ranks among others outside the text; 增速居首位 with no scope ranks among the
    figures listed with it (the `order` pattern's)."""
    return ctx.english or bool(_RANK_SCOPE.search(ctx.mentions[i].head[-10:]))


def _placeholder(what: str, period: str | None, rank: bool = False) -> dict:
    ref = {"source": FILL + "a source id", "series": FILL + what}
    if period:
        ref["period"] = period
    if rank:
        ref["across"] = FILL + "the dimension ranked (city, province, country)"
        ref["self"] = FILL + "this place as the source names it"
    return ref


#: 三次产业对GDP增长的贡献率分别为5.5%、46.7%、47.8% / 第三产业对经济增长的贡献率为60.2%: a part's
#: increase over the year as a percent of the whole's, at comparable prices: neither is in the text.
#: (科技进步贡献率, estimated by a growth-accounting model, is no such ratio.)
_CONTRIBUTION_RATE = re.compile(
    r"(?:对[^，,；;。]{0,16}(?:增长|GDP|生产总值|经济)[^，,；;。]{0,6}|(?:三次产业|第[一二三]产业)[^，,；;。]{0,12})"
    r"贡献率(?:分别)?(?:为|达到|达|是)?$"
)


def _contribution_rates(ctx: Context) -> Iterator[Relation]:
    for i, mention in enumerate(ctx.mentions):
        if ctx.english or mention.unit not in ("%", "％") or mention.type in ("rank", "label", "date"):
            continue
        first = i
        while first > 0 and ctx.sentence_of[first - 1] == ctx.sentence_of[i]:
            if not re.fullmatch(r"\s*[、和及]\s*", ctx.between(first - 1, first)):
                break
            first -= 1  # 5.5%、46.7%、47.8%: the clause is the first member's
        clause = re.split(r"[，,；;。]", ctx.mentions[first].head)[-1]
        if not _CONTRIBUTION_RATE.search(clause):
            continue
        part = _placeholder("the part's increase over the year (at comparable prices)", mention.period)
        whole = _placeholder("the whole's increase over the year (at comparable prices)", mention.period)
        yield Relation(
            i,
            {"share": {"part": part, "whole": whole}},
            0.6,
            f"{ID}: a contribution rate, of increases the document does not state",
            todo=True,
            note="the increases over the year are not in the document: name the source that gives them",
        )


def infer(ctx: Context) -> Iterator[Relation]:
    yield from _contribution_rates(ctx)
    yield from _after_words(ctx)
    for i, mention in enumerate(ctx.mentions):
        if mention.type == "rank" and _scoped(ctx, i):
            yield from _rank(ctx, i)
        elif _gap_type(ctx, i) and (_COMPARE.search(ctx.before(i, 20)) or _EARLIER_YEARS.search(ctx.before(i, 48))):
            figure = _figure(ctx, i)
            years = _EARLIER_YEARS.search(ctx.before(i, 48))
            if figure is None or not (years or _SCOPE.search(ctx.before(i, 20))):
                continue
            for gap, compared in _respectively(ctx, i, figure, bool(years and "和" in years.group())):
                other = _placeholder("the figure compared with", ctx.mentions[gap].period)
                lower = re.search(r"(?:低|慢)出?$", years.group()) if years else _LOWER.search(ctx.before(i, 20))
                pair = [other, ctx.ref(compared)] if lower else [ctx.ref(compared), other]
                yield Relation(
                    gap,
                    {"difference": pair},
                    0.7,
                    f"{ID}: a gap to a figure the document does not state",
                    todo=True,
                    note="the figure compared with is not in the document: name the source that gives it",
                )


def _after_words(ctx: Context) -> Iterator[Relation]:
    """ "57.9%, which is 7.5 percentage points higher than the national average"; 折合19105美元."""
    for i, mention in enumerate(ctx.mentions):
        found = _AFTER.match(ctx.after(i, 60)) if ctx.dimension(i) == "points" else None
        if found is not None:
            figure = _figure(ctx, i)
            if figure is None:
                figure = _named_before(ctx, i)
            if figure is None:
                continue
            other = _placeholder("the figure compared with", mention.period)
            signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
            lower = found.group(1).lower() in ("lower", "below") and not signed  # −0.1 is already the gap
            rule = f"{ID}: a gap to a figure the document does not state"
            yield outside_difference(i, ctx.ref(figure), other, lower, rule, "the figure compared with")
        elif _converted(ctx, i) and (source := _converted_from(ctx, i)) is not None:
            rate = _placeholder(
                "the exchange rate used (units of the first currency per unit of this one)", mention.period
            )
            yield Relation(
                i,
                {"ratio": [ctx.ref(source), rate]},
                0.6,
                f"{ID}: a value converted at an exchange rate the document does not state",
                todo=True,
                note="the exchange rate is not in the document: name the source that gives it",
            )


def _converted_from(ctx: Context, i: int) -> int | None:
    """The figure converted: the one before in the sentence; else, past a ； (人均生产总值47654元，增长2%；
    按年均汇率折算为6908美元), the last yuan level of the sentence up to the full stop."""
    if i > 0 and ctx.sentence_of[i - 1] == ctx.sentence_of[i]:
        return i - 1
    yuan = [
        j
        for j in ctx.in_paragraph(i)
        if j < i
        and "。" not in ctx.between(j, i)
        and ctx.mentions[j].type == "count"
        and (ctx.mentions[j].unit or "").endswith("元")
        and not _FOREIGN.search(ctx.mentions[j].unit or "")
    ]
    return yuan[-1] if yuan and _FOREIGN.search(ctx.mentions[i].unit or "") else None


def _converted(ctx: Context, i: int) -> bool:
    """折合N美元, or a figure in a foreign currency 折算为 / 计算为 / 约合 at a rate the sentence does not
    state (a stated 汇率 makes it the `rates` pattern's complete formula)."""
    if _CONVERTED.search(ctx.before(i, 6)):
        return True
    mention = ctx.mentions[i]
    if not _FOREIGN.search(mention.unit or "") or not _CONVERTED_TO.search(mention.head[-8:]):
        return False
    return not any(re.search(r"汇率$", ctx.mentions[j].head) for j in ctx.in_sentence(i) if j < i)


def _gap_type(ctx: Context, i: int) -> bool:
    """A gap: a change or difference, or a figure in points (超出计划目标5.2个百分点 reads as a count)."""
    return ctx.mentions[i].type in ("difference", "change") or (
        ctx.mentions[i].type == "count" and ctx.dimension(i) == "points"
    )


def _figure(ctx: Context, i: int) -> int | None:
    """The figure before the gap in its sentence; not another gap to an outside figure (超出目标5.2个百分点，
    高于…4.6个百分点: both are of the rate before them)."""
    for j in range(i - 1, -1, -1):
        if ctx.sentence_of[j] != ctx.sentence_of[i]:
            return None
        if ctx.dimension(j) == "points" and _COMPARE.search(ctx.before(j, 20)):
            continue
        if ctx.statistic(j) and ctx.mentions[j].type != "difference" and ctx.mentions[j].unit not in _DURATIONS:
            return j
    return None


def _named_before(ctx: Context, i: int) -> int | None:
    """ "Real GDP increased at an annual rate of 3.4 percent … The third estimate of real GDP growth was
    0.1 percentage point lower than the second estimate": a rate of the sentence before, when its
    words name the subject of the gap's sentence (two content words in common)."""
    paragraph, sentence = ctx.sentence_of[i]
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    subject = words(text[max(text.rfind(". ", 0, start), -1) + 1 : start])
    for j in range(i - 1, -1, -1):
        if ctx.sentence_of[j] != (paragraph, sentence - 1):
            if ctx.sentence_of[j][0] != paragraph or ctx.sentence_of[j][1] < sentence - 1:
                return None
            continue
        if ctx.dimension(j) == "percent" and ctx.statistic(j) and ctx.mentions[j].period == ctx.mentions[i].period:
            begin = max(text.rfind(". ", 0, ctx.mentions[j].start), -1) + 1
            if len(subject & words(text[begin : ctx.mentions[j].start])) >= 2:
                return j
    return None


def _rank(ctx: Context, i: int) -> Iterator[Relation]:
    head = ctx.mentions[i].head
    earlier = [j for j in ctx.in_sentence(i) if j < i]  # its sentence's mentions, not the whole document's
    since = [j for j in earlier if ctx.mentions[j].type == "rank"]
    figures = [
        j
        for j in earlier
        if ctx.statistic(j) and (not since or j > since[-1]) and ctx.mentions[j].unit not in _DURATIONS
    ]
    figures = _of_what_ranked(ctx, head, figures)
    mention = ctx.mentions[i]
    # 美国为我国第三大贸易伙伴，中美贸易总值为1.42万亿元: the size it ranks by follows it
    if not figures and "大" in ctx.paragraph_text(i)[mention.value_start : mention.end + 1]:
        figures = [
            j
            for j in ctx.in_sentence(i)
            if j > i and ctx.statistic(j) and ctx.dimension(j) not in ("percent", "points", "permille")
        ][:1]
    if not figures and ctx.english:  # "Europe was second, accounting for 15.6 percent": what it ranks by follows
        figures = [j for j in ctx.in_sentence(i) if j > i and ctx.statistic(j) and ctx.mentions[j].type != "rank"][:1]
    if not figures:
        return
    ranked = figures[-2:] if re.search(r"均|都|、|(?i:both|all)", head) else figures[-1:]
    if len(ranked) == 2 and not same_dimension(ctx, ranked) and not re.search(r"均|都|(?i:both|all)", head):
        ranked = ranked[-1:]
    for j in ranked:
        among = _placeholder("the values ranked", ctx.mentions[j].period, rank=True)
        yield Relation(
            i,
            {"rank": {"of": ctx.ref(j), "among": among}},
            0.7,
            f"{ID}: a rank among figures the document does not state",
            todo=True,
            note="the others ranked are not in the document: name the source that gives them",
        )


_RANKS_LEVEL = re.compile(r"总量|规模|总额|总值")
_RANKS_RATE = re.compile(r"增速|增幅|增长速度|涨幅|降幅")


def _of_what_ranked(ctx: Context, head: str, figures: list[int]) -> list[int]:
    """总量居全省第3位 ranks the level, not the growth rate after it; 增速居第2位 the rate: the figures of
    the kind the rank's words name, when the sentence has one (else all of them)."""
    if _RANKS_LEVEL.search(head) and not _RANKS_RATE.search(head):
        kind = [j for j in figures if ctx.dimension(j) not in (None, "percent", "points")]
    elif _RANKS_RATE.search(head) and not _RANKS_LEVEL.search(head):
        kind = [j for j in figures if ctx.dimension(j) == "percent"]
    else:
        kind = []
    return kind or figures


def _listed(ctx: Context, start: int, step: int) -> list[int]:
    """start and the figures joined to it by 、 / 和 / 及 (step 1: after it, -1: before it)."""
    members = [start]
    while 0 <= members[-1] + step < len(ctx.mentions):
        a, b = sorted((members[-1], members[-1] + step))
        if ctx.sentence_of[a] != ctx.sentence_of[b] or not re.fullmatch(r"\s*%?\s*[、和及]\s*", ctx.between(a, b)):
            break
        members.append(members[-1] + step)
    return members if step > 0 else members[::-1]


def _respectively(ctx: Context, gap: int, figure: int, many_compared: bool = False) -> list[tuple[int, int]]:
    """分别增长20.0%、13.5%和10.0%，高于全省12.2、5.7和2.2个百分点: each gap with its own figure, by
    position; nothing when the two lists differ in length. With one figure compared with several
    (比2016年和2015年…分别低0.6和0.2个百分点), every gap is of that figure."""
    gaps = _listed(ctx, gap, 1)
    if len(gaps) == 1 or many_compared:
        return [(each, figure) for each in gaps]
    figures = _listed(ctx, figure, -1)
    return list(zip(gaps, figures)) if len(figures) == len(gaps) else []
