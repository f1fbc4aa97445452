"""A paragraph of parts, each with its own measure, that make up a whole stated paragraphs above (Chinese).

1—5月份，全国规模以上工业企业实现利润总额27543.8亿元 (the first paragraph) … 1—5月份，采矿业实现利润总额
5024.5亿元，…；制造业实现利润总额19285.7亿元，…；电力、热力、燃气及水生产和供应业实现利润总额3233.6亿元
(a later one): the three sections of industry are all of industry, so their profits make up its
total; 全年农业增加值…；林业增加值…；牧业增加值…；渔业增加值…；农林牧渔服务业增加值 below 第一产业增加值
make up the primary industry's value added. No 其中 or 按…分 says so: the paragraph's own figures
of the unit are exactly the complete set, named with one measure (their common last words).

The whole is the nearest earlier figure (at most five paragraphs up) of the parts' dimension,
period and period words (1—5月份) whose words name the set's whole (工业, 第一产业) and end with
the measure.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension
from factcheck.extract.infer.partition import label, named_above
from factcheck.extract.infer.period_words import period_words

ID = "zh-parts-below"

#: A complete set of parts and the words that name their whole.
SETS = (
    (("采矿业", "制造业", "电力|燃气|水"), re.compile(r"工业")),  # the three sections of industry
    (("农业|种植业", "林业", "牧业", "渔业", "服务业|辅助性活动"), re.compile(r"第一产业|农林牧渔业")),
)


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for indexes in ctx.by_paragraph.values():
        levels = [j for j in indexes if j in ctx.named_set]
        for members, whole_name in SETS:
            chosen = _complete(ctx, levels, members)
            if chosen is None:
                continue
            measure = _measure([label_of(ctx, j) for j in chosen])
            whole = _whole_above(ctx, chosen[0], whole_name, measure) if measure else None
            if whole is not None:
                why = f"{ID}: a paragraph of the complete set of parts makes up the whole stated above"
                yield Relation(whole, {"sum": [ctx.ref(j) for j in chosen]}, 0.8, why)


def _complete(ctx: Context, levels: list[int], members: tuple[str, ...]) -> list[int] | None:
    """The paragraph's levels of one dimension when they are exactly the set's members, one each."""
    chosen: list[int] = []
    for member in members:
        hit = next((j for j in levels if j not in chosen and re.search(member, label(ctx, j))), None)
        if hit is None:
            return None
        chosen.append(hit)
    others = [j for j in levels if j not in chosen and same_dimension(ctx, [chosen[0], j])]
    if others or not same_dimension(ctx, chosen) or len({ctx.mentions[j].period for j in chosen}) != 1:
        return None
    return sorted(chosen)


def _measure(labels: list[str]) -> str:
    """The words every part's label ends with (实现利润总额, 增加值): what each part measures."""
    common = os.path.commonprefix([text[::-1] for text in labels])[::-1]
    common = re.sub(r"^[^\u4e00-\u9fff]+", "", common)
    return common if len(common) >= 2 else ""


def _whole_above(ctx: Context, part: int, whole_name: re.Pattern[str], measure: str) -> int | None:
    words = period_words(ctx, part)
    for candidates in named_above(ctx, part):
        for j in candidates:
            if ctx.mentions[j].period != ctx.mentions[part].period or period_words(ctx, j) != words:
                continue
            own = label_of(ctx, j)
            if own.endswith(measure) and whole_name.search(own):
                return j
    return None
