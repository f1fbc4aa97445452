"""A level "equal to N% of" a whole named and stated elsewhere (Chinese): `share`.

要素收益總流入為9409億元，相等於同期本地生產總值的56.1%; …多出814億元，…，相當於當年本地生產總值的4.9%:
the level just before the words is the part, and the whole is the figure the document states under
the name after them (本地生產總值 … 1.68萬億元), in another sentence or paragraph as often as in this one.

- the part is the last level (money or a count, not a rate; or a gap between two levels, 多出814億元)
  of the percent's sentence before it;
- the whole is the nearest figure before the percent whose own words end with the name (同期, 当年,
  该季 and the like before the name say when, not what), of the part's dimension and period, and
  larger than the part.

A median "是平均数的86.8%" (城镇居民人均可支配收入中位数19536元，…，是平均数的91.5%) is a share of the mean of
the same measure: the level whose name is the median's without 中位数, stated before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, chinese_percent_counts, core, label_of, same_dimension
from factcheck.extract.infer.levels_after import is_level

ID = "zh-equal-to"

#: "，相等於同期本地生產總值的" right before the percent: group 1 is the whole's name.
_EQUAL_TO = re.compile(r"相[当當等][于於](?:同期|[当當]年|同年|[该該当當]季|全年)?([\u4e00-\u9fff]{2,12}?)的$")


#: "，中位数是平均数的" right before the percent: the median as a percent of the mean.
_OF_MEAN = re.compile(r"(?:是|为|為|相[当當]于)(?:平均数|平均數|平均水平|均值)的$")
_MEDIAN = re.compile(r"中位[数數]$")


def infer(ctx: Context) -> Iterator[Relation]:
    for i in chinese_percent_counts(ctx):
        mention = ctx.mentions[i]
        if _OF_MEAN.search(ctx.before(i, 12)):
            yield from _of_mean(ctx, i)
            continue
        found = _EQUAL_TO.search(ctx.before(i, 24))
        if found is None:
            continue
        text = ctx.paragraph_text(i)
        sentence_start = max(text.rfind(mark, 0, mention.start) for mark in "。；;") + 1
        before = [j for j in ctx.in_paragraph(i) if j < i and ctx.mentions[j].start >= sentence_start]
        part = next((j for j in reversed(before) if _amount(ctx, j)), None)
        if part is None:
            continue
        whole = _whole(ctx, i, part, found.group(1))
        if whole is not None:
            check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
            yield Relation(i, check, 0.7, f"{ID}: a level equal to a percent of a whole named and stated")


def _amount(ctx: Context, j: int) -> bool:
    """A level, or a gap between two levels stated as an amount (多出814億元 is the net inflow)."""
    return is_level(ctx, j) or (
        ctx.mentions[j].type == "difference"
        and ctx.statistic(j)
        and ctx.dimension(j) not in ("percent", "points", "permille", None)
    )


def _whole(ctx: Context, i: int, part: int, name: str) -> int | None:
    period = ctx.mentions[part].period
    for j in reversed(range(i)):
        if j == part or not is_level(ctx, j) or ctx.mentions[j].period != period:
            continue
        own = re.sub(r"[的为為是达達]+$", "", label_of(ctx, j))
        if own.endswith(name) and same_dimension(ctx, [part, j]) and (ctx.midpoint(j) or 0) > (ctx.midpoint(part) or 0):
            return j
    return None


def _of_mean(ctx: Context, i: int) -> Iterator[Relation]:
    """The median stated last before the percent in its sentence, as a share of its mean."""
    median = next((j for j in reversed(ctx.in_sentence(i)) if j < i and _MEDIAN.search(label_of(ctx, j))), None)
    if median is None or not is_level(ctx, median):
        return
    mean_name = core(_MEDIAN.sub("", label_of(ctx, median)))
    mean = next(
        (
            j
            for j in reversed(range(median))
            if is_level(ctx, j)
            and core(label_of(ctx, j)) == mean_name
            and same_dimension(ctx, [median, j])
            and ctx.mentions[j].period == ctx.mentions[median].period
        ),
        None,
    )
    if mean is not None and mean_name:
        check = {"share": {"part": ctx.ref(median), "whole": ctx.ref(mean)}}
        yield Relation(i, check, 0.7, f"{ID}: a median as a percent of the mean of the same measure")
