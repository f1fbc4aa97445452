"""The three industries' pulls on growth said as one list: `contributions` on the growth rate.

三次产业对GDP的贡献率分别为11%、38.7%和50.3%，分别拉动GDP增长1.0、3.3和4.3个百分点 (or 三次产业对经济
增长的拉动贡献分别为0.2、-5.6、1.3个百分点): the three figures after 分别拉动 (or 拉动贡献分别为) are the
primary, secondary and tertiary industries' points, in that order (三次产业 names them); together
they are the growth of the aggregate pulled (GDP: 地区生产总值…可比增长8.6%, stated before in the text).

- 三次产业 (or 三大产业, 一二三产业) leads the sentence before 分别拉动, and exactly three point
  figures follow, apart by 、 or 和;
- the aggregate's growth rate is the one the contributions pattern finds for its name, in the pulls'
  own sentence when it states one (区本级GDP…增长8.3%，…分别拉动GDP增长1.2、1.3和5.8个百分点: not 全区's 8.1%).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.contributions import _frequency, _growth_of, check_for

ID = "zh-three-pulls"

_PULLS = re.compile(
    r"分别(?:拉动|带动)(?P<target>[^，,；;。\d]{2,20}?)(?:增长|增速)?约?$"
    r"|对(?P<pulled>[^，,；;。\d]{2,20}?)(?:增长|增速)的?(?:拉动|带动)(?:贡献|作用)?分别为约?$"
)
_THREE = re.compile(r"(?:三次产业|三大产业|一二三产业|第?一、二、三产业)")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "points":
            continue
        found = _PULLS.search(mention.head)
        if found is None:
            continue
        text = ctx.paragraph_text(i)
        sentence = text[text.rfind("。", 0, mention.start) + 1 : mention.start]
        if not _THREE.search(sentence):
            continue
        members = [i]
        while len(members) < 4 and members[-1] + 1 < len(ctx.mentions):
            following = members[-1] + 1
            if ctx.dimension(following) != "points" or not re.fullmatch(
                r"\s*(?:个百分点)?\s*[、和及]\s*", ctx.between(members[-1], following)
            ):
                break
            members.append(following)
        if len(members) != 3:
            continue
        frequency = _frequency(text[: mention.start])
        elsewhere = frozenset(
            j
            for j in range(len(ctx.mentions))
            if ctx.sentence_of[j] != ctx.sentence_of[i] or "贡献率" in ctx.mentions[j].head  # a rate is no growth
        )
        pulled = found.group("target") or found.group("pulled")
        target = _growth_of(ctx, i, pulled, False, frequency, elsewhere)  # its sentence's own
        if target is None:
            target = _growth_of(ctx, i, pulled, False, frequency)
        if target is None:
            continue
        rule = f"{ID}: the three industries' pulls (三次产业…分别拉动) add up to the growth rate"
        yield Relation(target, check_for([ctx.ref(j) for j in members]), 0.8, rule)
