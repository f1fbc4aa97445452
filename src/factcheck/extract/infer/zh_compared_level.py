"""A level compared with an earlier level stated beside it: `difference` and `growth`.

Census and population communiqués give both levels in one sentence: "常住人口为12938224人，同第五次全国
人口普查2000年11月1日零时的10009068人相比，十年共增加2929156人，增长29.27%"; "平均每个家庭户的人口为2.80
人，比2000年第五次全国人口普查的3.09人减少0.29人". The change is the level less the earlier level, and
the percent after it the growth from the earlier level to the level.

- the earlier level follows the level after 与/同/比/较 … 的, in the same sentence and unit;
- the change follows the earlier level after 相比 (or directly, for 比…的), with a verb of change
  (增加, 减少, 增长, 下降, 提高, 降低), and nothing but a span of time (十年) and 共/净 between;
- a percent after the change, after 增长 or 下降 alone, is the growth.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "zh-compared-level"

_TO_EARLIER = re.compile(r"\s*[，,]\s*(?:与|同|比|较)[^，,；;。、]{0,40}?的\s*$")
_TO_CHANGE = re.compile(
    r"\s*(?:相比|比较)?[，,]?\s*(?:[一二三四五六七八九十两\d]{1,3}年(?:间|来)?)?(?:共|净|累计)?"
    r"(?P<verb>增加|增长|减少|下降|提高|降低|上升)了?\s*$"
)
_TO_RATE = re.compile(r"\s*[，,]\s*(?P<verb>增长|下降|减少|提高|降低)了?\s*$")
_DOWN = ("减少", "下降", "降低")
_NAMES = ("label", "date")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    mentions = ctx.mentions
    for level in range(len(mentions) - 2):
        # 十年共增加…: a span of time written in words may be a mention of its own (a label)
        following = [j for j in range(level + 1, min(level + 6, len(mentions))) if mentions[j].type not in _NAMES]
        if len(following) < 2:
            continue
        earlier, change = following[0], following[1]
        if mentions[level].type != "count" or ctx.dimension(level) in (None, "percent", "points"):
            continue
        if mentions[earlier].type != "count" or mentions[change].type not in ("change", "difference", "count"):
            continue
        if (
            len({ctx.sentence_of[level], ctx.sentence_of[earlier]}) != 1
            or mentions[change].paragraph != mentions[level].paragraph
        ):
            continue
        if not _TO_EARLIER.fullmatch(ctx.between(level, earlier)):
            continue
        verb = _TO_CHANGE.fullmatch(ctx.between(earlier, change))
        if verb is None or not same_dimension(ctx, [level, earlier, change]):
            continue
        down = verb.group("verb") in _DOWN and not mentions[change].negative
        pair = [ctx.ref(earlier), ctx.ref(level)] if down else [ctx.ref(level), ctx.ref(earlier)]
        yield Relation(change, {"difference": pair}, 0.8, f"{ID}: the change from the earlier level stated before it")
        rate = following[2] if len(following) > 2 else len(mentions)
        if rate < len(mentions) and ctx.dimension(rate) == "percent" and _TO_RATE.fullmatch(ctx.between(change, rate)):
            check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
            yield Relation(rate, check, 0.8, f"{ID}: the change in percent from the earlier level stated before it")
