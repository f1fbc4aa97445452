"""The changes of a total and of the parts that partition it: `sum` on the total's change.

年末户籍总人口414130人，比上年末增加24259人，其中城镇户籍人口255423人，比上年末增加23691人，…；乡村户籍人口
158707人，比上年末增加565人: the parts make up the total (the partition pattern's `sum`), so their
changes over the same period make up the total's change: 24259 = 23691 + 565.

- the total and each part are followed, in their clause, by a change against the same earlier
  period (比上年末增加/减少N, 比上年增加N), of their unit;
- the levels' partition is the one the partition pattern drafts (a complete set after 其中), or a
  breakdown in a paragraph of its own (`zh_breakdown`: 从城乡结构看，城镇常住人口84843万人，比上年末增加
  1706万人；乡村常住人口55162万人，减少1239万人 under 总人口140005万人，比上年末增加467万人);
- a later part's change may leave its period unsaid (减少1239万人): it is the first part's, as the
  words carry it on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer import partition, zh_breakdown
from factcheck.extract.infer.answers import relations_of
from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "zh-change-sum"

_CHANGE = re.compile(r"^(?P<against>(?:比|较)(?:上年末?|去年末?|上年同期|年初|上月末?))(?:净)?(?:增加|减少|增长|下降)$")


_BARE = re.compile(r"^(?:净)?(?:增加|减少)$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    index = {f"./{name}": i for i, name in enumerate(ctx.names)}
    for relation in [*relations_of(ctx, partition), *relations_of(ctx, zh_breakdown)]:
        if relation.todo or "sum" not in relation.check:
            continue
        parts = [index.get(ref) for ref in relation.check["sum"]]
        if None in parts:
            continue
        changes = [_change(ctx, j) for j in [relation.claim, *parts]]  # type: ignore[list-item]
        if any(c is None for c in changes):
            continue
        (total_change, said), (first_change, carried), *later = changes  # type: ignore[misc]
        if said is None or carried is None:
            continue  # the total's and the first part's changes say what they are against
        changes = [(total_change, said), (first_change, carried), *[(c, a or carried) for c, a in later]]
        if len({against for _, against in changes}) != 1:
            continue
        total, *rest = [c for c, _ in changes]  # type: ignore[misc]
        if not same_dimension(ctx, [total, *rest]):
            continue
        rule = f"{ID}: the changes of the parts that make up the total make up its change"
        yield Relation(total, {"sum": [ctx.ref(j) for j in rest]}, 0.75, rule)


def _change(ctx: Context, level: int) -> tuple[int, str | None] | None:
    """The change right after the level in its sentence, and the period it is against (None: unsaid)."""
    following = level + 1
    if following >= len(ctx.mentions) or ctx.sentence_of[following] != ctx.sentence_of[level]:
        return None
    if ctx.mentions[following].type not in ("change", "difference") or ctx.quantities[following] is None:
        return None
    between = re.sub(r"[（(][^()（）]{0,10}[)）]", "", ctx.between(level, following)).strip("，, ")  # (见表1)
    found = _CHANGE.match(between)
    if ctx.dimension(following) in ("percent", "points"):
        return None
    if found is None:
        return (following, None) if _BARE.match(between) else None
    return following, found.group("against")
