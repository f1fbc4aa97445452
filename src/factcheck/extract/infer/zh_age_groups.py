"""Age groups that cover a population, said as one list: `sum` on the population.

0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人, after 年末全县户籍人口为
112635人: brackets from age 0 up to an open top (60岁及以上) leave no one out, so their figures add up
to the population of that name stated before in the paragraph.

- the brackets run on with no gap (each opens one year after the one before closes), from 0 to "n岁及以上";
- one figure per bracket follows 分别为, apart by 、 or 和, in the population's unit and period;
- the whole is the nearest earlier figure of the paragraph whose own clause names the list's population
  (户籍人口, 常住人口; 人口 when the list names none), not a change (比上年增加…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "zh-age-groups"

_BRACKET = r"\d{1,3}\s?[-—–~至]\s?\d{1,3}\s?岁"
_LIST = re.compile(
    rf"(?P<groups>(?:{_BRACKET}\s?[、,，]\s?)+\d{{1,3}}\s?岁及以上)的?(?P<name>[\u4e00-\u9fff]{{0,8}}?)(?:分别)?(?:为|是|有)$"
)
_CHANGE = re.compile(r"(?:增加|减少|增长|下降|净增)了?$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.type != "count" or ctx.quantities[i] is None:
            continue
        found = _LIST.search(mention.head)
        if found is None or not _gapless(found.group("groups")):
            continue
        members = [i]
        while len(members) < found.group("groups").count("岁") and members[-1] + 1 < len(ctx.mentions):
            following = members[-1] + 1
            if ctx.mentions[following].unit != mention.unit or not re.fullmatch(
                r"\s*(?:万人|人)?\s*[、和及]\s*", ctx.between(members[-1], following)
            ):
                break
            members.append(following)
        if len(members) != found.group("groups").count("岁"):
            continue
        whole = _population(ctx, i, found.group("name") or "人口")
        if whole is None:
            continue
        why = f"{ID}: age groups from 0 to an open top add up to the population"
        yield Relation(whole, {"sum": [ctx.ref(j) for j in members]}, 0.75, why)


def _gapless(groups: str) -> bool:
    """The brackets open at 0, each one year after the one before closes, the last open at its top."""
    bounds = [int(n) for n in re.findall(r"\d{1,3}", groups)]
    *closed, top = bounds
    pairs = list(zip(closed[::2], closed[1::2], strict=True))
    opens = [low for low, _ in pairs] + [top]
    return opens[0] == 0 and all(opens[k + 1] == pairs[k][1] + 1 for k in range(len(pairs)))


def _population(ctx: Context, i: int, name: str) -> int | None:
    mention = ctx.mentions[i]
    for j in reversed([j for j in ctx.in_paragraph(i) if j < i]):
        other = ctx.mentions[j]
        clause = re.split(r"[，,；;。:：]", other.head)[-1]
        if (
            other.type == "count"
            and other.unit == mention.unit
            and other.period == mention.period
            and name in clause
            and not _CHANGE.search(clause)
        ):
            return j
    return None
