"""The three sectors' value added said as one list after the GDP: `sum` on the GDP.

地区生产总值250.0亿元，增长8.1%，其中，一、二、三产业增加值分别为41.0亿元、38.6亿元和170.4亿元: the three
levels after 分别为 are the primary, secondary and tertiary sectors' value added (一、二、三产业 names them), and
the three sectors are the whole economy: they add up to the GDP stated before them in the sentence.

- 一、二、三产业 (第一、二、三产业, 三次产业, 三大产业) and 增加值 lead 分别为 in the first level's clause, and
  exactly three levels of one dimension follow, apart by 、 or 和;
- the GDP is the last level before them in their sentence named 生产总值 or GDP (never per person), of
  their dimension and period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension

ID = "zh-listed-sectors"

_SECTORS = re.compile(r"(?:第?一、第?二、第?三|一二三|三次|三大)产业(?:的)?增加值(?:分别)(?:为|是|达到?|实现)?$")
_APART = re.compile(r"\s*[、和及]\s*")
_GDP = re.compile(r"生产总值|GDP")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for members in sector_lists(ctx):
        i, mention = members[0], ctx.mentions[members[0]]
        total = next(
            (
                j
                for j in reversed(ctx.in_sentence(i))
                if j < i
                and ctx.mentions[j].type == "count"
                and same_dimension(ctx, [i, j])
                and ctx.mentions[j].period == mention.period
                and _GDP.search(label_of(ctx, j))
                and "人均" not in label_of(ctx, j)
            ),
            None,
        )
        if total is not None:
            rule = f"{ID}: the three sectors' value added (一、二、三产业…分别为) make up the GDP"
            yield Relation(total, {"sum": [ctx.ref(j) for j in members]}, 0.8, rule)


def sector_lists(ctx: Context) -> list[list[int]]:
    """The three levels of each 一、二、三产业增加值分别为 list (primary, secondary, tertiary)."""
    found = ctx.memo.get(ID)
    if found is not None:
        return found
    found = []
    for i, mention in enumerate(ctx.mentions):
        if mention.type != "count" or not _SECTORS.search(re.split(r"[，,；;。]", mention.head)[-1]):
            continue
        members = [i]
        while len(members) < 4 and members[-1] + 1 < len(ctx.mentions):
            following = members[-1] + 1
            if not same_dimension(ctx, [i, following]) or not _APART.fullmatch(ctx.between(members[-1], following)):
                break
            members.append(following)
        if len(members) == 3:
            found.append(members)
    ctx.memo[ID] = found
    return found


def listed_before(ctx: Context, i: int) -> list[int] | None:
    """The last sector list before `i` in its paragraph (the parts a 三次产业结构 after it is of), or None."""
    paragraph = ctx.mentions[i].paragraph
    before = [m for m in sector_lists(ctx) if m[-1] < i and ctx.mentions[m[0]].paragraph == paragraph]
    return before[-1] if before else None
