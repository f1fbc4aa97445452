"""Listed rates, then their changes listed in the same order: each change against the earlier period
of its own rate, whose figure the text does not state (a complete check under `x-todo`).

大、中、小型企业PMI分别为50.8%、49.6%和47.7%，比上月上升0.5、0.6和0.3个百分点: 0.5 is the change of
50.8, 0.6 of 49.6, 0.3 of 47.7, each against last month's index of its own firms. The two lists are
of one length, each joined by 、/和/及, in one sentence, the rates just before the changes; the changes
are in points, the words before the first name the period compared with (比上月, 比上年, 同比) and a
verb. When the rates are not one list, the words before the changes say 分别 and the rates are the
sentence's last ones (汽车制造业产值增长13.5%，装备制造业产值增长13.9%，增幅分别比上年提高3.6个、1.0个百分点).
The `earlier` pattern, when it reads the first change, takes its figure from here (the first rate,
not the last).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference

ID = "listed-changes"

_WHEN = re.compile(
    r"(?:分别)?(?:(?:比|较)(?P<when>上年同期|上年末?|上月|上季度?|去年同期|同期)|(?P<by>同比|环比))(?:分别)?(?:略|小幅)?"
    r"(?P<verb>上升|下降|提高|降低|回落|回升|增加|减少|加快|放缓|扩大|收窄)$"
)
_FALL = re.compile(r"下降|降低|回落|减少|放缓")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i in range(len(ctx.mentions)):
        pairs = _pairs(ctx, i)
        found = _WHEN.search(ctx.before(i, 16)) if pairs else None
        if found is None:
            continue
        when = found.group("when") or {"同比": "上年同期", "环比": "上期"}[found.group("by")]
        for change, rate in pairs:  # the first too when the `earlier` pattern reads its words (a twin is one)
            mention = ctx.mentions[change]
            signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
            earlier = {
                "source": FILL + "a source id",
                "series": FILL + f"the series of ./{ctx.names[rate]}, for the earlier period",
                "period": FILL + f"the period compared with ({when})",
            }
            fell = not signed and bool(_FALL.search(found.group("verb")))
            rule = f"{ID}: each listed change against the earlier period of its own listed rate"
            yield outside_difference(change, ctx.ref(rate), earlier, fell, rule, "the earlier period's figure")


def listed_figure(ctx: Context, i: int, otherwise: Callable[[Context, int], int | None]) -> int | None:
    """The rate a change is of: the first listed rate for the first of listed changes, else `otherwise`."""
    pairs = _pairs(ctx, i)
    return pairs[0][1] if pairs else otherwise(ctx, i)


def _pairs(ctx: Context, i: int) -> list[tuple[int, int]]:
    """(change, rate) of each listed change starting at `i`, in order; [] when `i` starts no such list."""
    if i == 0 or ctx.dimension(i) != "points" or _joined(ctx, i - 1, i):
        return []
    changes = [i]
    while changes[-1] + 1 < len(ctx.mentions) and _joined(ctx, changes[-1], changes[-1] + 1):
        changes.append(changes[-1] + 1)
    rates = [i - 1]
    while rates[0] > 0 and _joined(ctx, rates[0] - 1, rates[0]):
        rates.insert(0, rates[0] - 1)
    if len(rates) != len(changes) and "分别" in ctx.before(i, 16):
        # 汽车制造业产值增长13.5%，装备制造业产值增长13.9%，…，增幅分别比上年提高3.6个、1.0个…: the last rates
        before = [j for j in ctx.in_sentence(i) if j < i and ctx.statistic(j) and ctx.dimension(j) == "percent"]
        rates = before[-len(changes) :] if len(before) >= len(changes) else []
    if len(changes) < 2 or len(rates) != len(changes):
        return []
    if ctx.sentence_of[rates[0]] != ctx.sentence_of[i] or any(ctx.dimension(r) != "percent" for r in rates):
        return []
    return list(zip(changes, rates, strict=True))


def _joined(ctx: Context, a: int, b: int) -> bool:
    """Two figures of one list: one sentence, one unit, only 、/和/及 between them."""
    return (
        ctx.sentence_of[a] == ctx.sentence_of[b]
        and ctx.mentions[a].unit == ctx.mentions[b].unit
        and bool(re.fullmatch(r"\s*[%个]?\s*[、和及]\s*", ctx.between(a, b)))  # 3.6个、1.0个、4.3个百分点
    )
