"""A part's increase as a share of the whole's increase: `share` of the two changes the text states.

外出农民工17185万人，比上年增加251万人；…省内流动农民工9510万人，比上年增加242万人…。省内流动农民工增量占外出
农民工增量的96.4%: the part is the change stated right after the last level named 省内流动农民工, the whole
the change right after the last level named 外出农民工; both changes of one dimension, before the share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, core, label_of, same_dimension

ID = "zh-increment-share"

_SHARE = re.compile(
    r"(?P<part>[\u4e00-\u9fff]{2,16}?)的?(?:增量|新增量)占(?P<whole>[\u4e00-\u9fff]{2,16}?)的?(?:增量|新增量)的?"
    r"(?:比重)?(?:为|达到|达)?$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.unit not in ("%", "％") or not ctx.statistic(i):
            continue
        found = _SHARE.search(ctx.before(i, 48))
        if found is None:
            continue
        part, whole = _change_of(ctx, i, found.group("part")), _change_of(ctx, i, found.group("whole"))
        if part is None or whole is None or part == whole or not same_dimension(ctx, [part, whole]):
            continue
        check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
        yield Relation(i, check, 0.7, f"{ID}: {found.group('part')}'s increase in {found.group('whole')}'s")


def _change_of(ctx: Context, i: int, name: str) -> int | None:
    """The change stated right after the last level before mention i named `name` (else whose name ends
    with it: 光纤宽带用户 is not 宽带用户 when both are stated)."""
    levels = [
        j for j in range(i) if ctx.mentions[j].type == "count" and ctx.dimension(j) not in (None, "percent", "points")
    ]
    named = [j for j in levels if core(label_of(ctx, j)) == name] or [
        j for j in levels if core(label_of(ctx, j)).endswith(name)
    ]
    if not named:
        return None
    level = named[-1]
    after = [k for k in ctx.in_sentence(level) if k > level][:2]  # 比上年增加N after its level, a growth may follow
    changes = [k for k in after if ctx.mentions[k].type in ("change", "difference") and same_dimension(ctx, [level, k])]
    return changes[0] if changes else None
