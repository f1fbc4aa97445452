"""A total made up twice over in one paragraph: the second complete set of parts, `sum` on the total.

年末常住人口276.17万人…。其中，城镇人口241.82万人，乡村人口34.35万人；常住人口城镇化率…。男性人口140.69万人，女性
人口135.48万人: `partition` sums the first set (城镇/乡村, after 其中); the figures after it of the total's unit,
each named with the total's noun (人口), that form another complete set (男/女) make up the same total.

- the total is one `partition` sums with a set it is sure of (not a 共…其中 list of some);
- the second set is the first figures of the total's unit after the first set in the paragraph, each
  named with the total's last two characters (人口), and no other between them;
- a set the text opens with the total named again (全县常住人口中，男性…) is `partition`'s own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, core, same_dimension
from factcheck.extract.infer.partition import _AGAIN, _PART_TYPES, _WHOLE_OF, GROUPS, _match, _parts, label

ID = "zh-second-set"


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for total, mention in enumerate(ctx.mentions):
        noun = core(label(ctx, total))[-2:]
        if mention.type not in _PART_TYPES or len(noun) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", noun):
            continue
        found = _parts(ctx, total)
        if found is None or found[1] < 0.8:
            continue
        after = max(found[0])
        if _AGAIN.search(ctx.paragraph_text(total), ctx.mentions[after].end):
            continue
        second = _second_set(ctx, total, after, noun)
        if second is not None:
            names = "/".join(label(ctx, j) for j in second)
            yield Relation(total, {"sum": [ctx.ref(j) for j in second]}, 0.8, f"{ID}: {names} make up the total too")


def _second_set(ctx: Context, total: int, after: int, noun: str) -> list[int] | None:
    following = [
        j
        for j in ctx.in_paragraph(total)
        if j > after and ctx.mentions[j].type in _PART_TYPES and same_dimension(ctx, [total, j])
    ]
    labels = {j: label(ctx, j) for j in following}
    for group in sorted(GROUPS, key=len, reverse=True):
        chosen = _match(group, following, labels)
        if chosen is not None and chosen == following[: len(chosen)] and group not in _WHOLE_OF:
            return chosen if all(noun in labels[j] for j in chosen) else None
    return None
