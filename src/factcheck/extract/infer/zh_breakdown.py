"""A population broken down in a paragraph of its own: `sum` on the total stated elsewhere.

年末全国总人口140005万人，比上年末增加467万人。 / 从性别结构看，男性人口71527万人，女性人口68478万人。
/ 从城乡结构看，城镇常住人口84843万人，…；乡村常住人口55162万人 — and a news item's 全市常住人口中，
男性为2713803人，…；女性为2645849人 with the total in the paragraph before (or after) it:

- the breakdown is announced by its words at a clause's start: 从…结构/构成看, 按…分, or the whole
  named before 中 (全市常住人口中);
- its first figures of people are one of each member of a set the statistics define as complete
  (男/女, 城镇/乡村), with no other level of people among them (their changes may stand between);
- the total is a population level of the same period named as the whole (常住人口中 → 常住人口; with
  no whole named, the parts' own measure: 男性人口 → 人口), not a group's (户籍, 出生, 流动, 岁…): the
  nearest such figure before the breakdown, or after it when none comes before.
The parts of a breakdown inside the total's own paragraph are `partition`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension
from factcheck.extract.infer.partition import label

ID = "zh-breakdown"

_OPENER = re.compile(
    r"(?:^|[。；;：:，,]\s*)(?:(?:从[^，,。；;]{1,6}(?:结构|构成)看|按[^，,。；;]{1,6}分)[，,：:]|"
    r"(?:年末)?(?:全国|全省|全市|全县|全区|全州)?(?P<whole>[^，,。；;：:\d]{0,6}人口)中[，,：:]?)"
)  # 全市人口中居住在城镇的人口为…: the whole's 中 opens the clause, a comma after it or not
_PAIRS = (("男", "女"), ("城镇", "乡村|农村"))
_GROUP = re.compile(
    r"户籍|城镇|乡村|农村|城市|男|女|出生|死亡|流动|迁|岁|就业|劳动|老年|少儿|分离|新增|净增|平均|人均|每|家庭|户"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for number, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[number - 1].text
        for opener in _OPENER.finditer(text):
            found = _parts(ctx, indexes, opener.end())
            if found is None:
                continue
            parts, measure = found
            whole = opener.group("whole") or measure
            total = _total(ctx, number, parts[0], whole)
            if total is None:
                continue
            names = "/".join(label(ctx, j) for j in parts)
            why = f"{ID}: the parts {names} of a breakdown make up the {whole} stated in another paragraph"
            yield Relation(total, {"sum": [ctx.ref(j) for j in parts]}, 0.8, why)


def _parts(ctx: Context, indexes: list[int], start: int) -> tuple[list[int], str] | None:
    """The first levels of people after the opener, one per member of a complete pair, and their measure."""
    levels = [
        j
        for j in indexes
        if ctx.mentions[j].start >= start
        and ctx.mentions[j].type == "count"
        and ctx.dimension(j) == "count"
        and ctx.mentions[j].unit == "人"
    ]
    if len(levels) < 2:
        return None
    first, second = levels[0], levels[1]
    for men, women in _PAIRS:
        if re.search(men, label(ctx, first)) and re.search(women, label(ctx, second)):
            if ctx.mentions[first].period != ctx.mentions[second].period or not same_dimension(ctx, [first, second]):
                return None
            measure = re.sub(r"^.*?(?:" + men + r")(?:性)?(?:常住)?", "", label_of(ctx, first))
            return [first, second], re.sub(r"(?:为|是|达到|达)$", "", measure)
    return None


def _total(ctx: Context, number: int, part: int, whole: str) -> int | None:
    """The population named as the whole, nearest before the breakdown's paragraph (or after it)."""
    if not whole.endswith("人口"):
        return None
    named = [
        j
        for j in ctx.named_candidates
        if ctx.mentions[j].paragraph != number
        and ctx.mentions[j].type == "count"
        and ctx.mentions[j].period == ctx.mentions[part].period
        and same_dimension(ctx, [part, j])
        and ctx.statistic(j)
        and re.search(re.escape(whole.removeprefix("常住")) + r"(?:为|是|达到|达)?$", label_of(ctx, j))
        and not _GROUP.search(re.sub(re.escape(whole) + ".*$", "", label_of(ctx, j)))
        and not _GROUP.search(whole)
    ]
    before = [j for j in named if ctx.mentions[j].paragraph < number]
    after = [j for j in named if ctx.mentions[j].paragraph > number]
    if before:
        return before[-1]
    return after[0] if after else None
