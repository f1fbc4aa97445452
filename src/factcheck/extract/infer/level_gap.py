"""A gap between two levels a sentence states side by side: `difference`.

香港本地居民生产总值…至1.76万亿元，较同年本地生产总值的1.68万亿元多出814亿元 (Hong Kong's wording)
is 1.76万亿 − 1.68万亿 on the 814亿; 少/低 the other way round. The level compared with is the figure
just before the gap, named after 较/比; the level compared is the figure before that in the same
sentence. All three are counts of one unit (money with money, persons with persons).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "level-gap"

_COMPARED = re.compile(r"(?:较|比)[^，,；;。:：\d%]{1,24}?的?$")  # 较同年本地生产总值的 | 1.68万亿元
_GAP = re.compile(r"^[^\d，,；;。%]{0,4}?(?:(?P<up>多出|多|高出)|(?P<down>少|低))$")  # 元 | 多出 | 814亿元


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i in range(2, len(ctx.mentions)):
        compared, level = i - 1, i - 2
        if not all(ctx.mentions[k].type == "count" for k in (i, compared, level)):
            continue
        gap = _GAP.match(ctx.between(compared, i))
        if gap is None or not _COMPARED.search(ctx.between(level, compared)):
            continue
        if ctx.sentence_of[level] != ctx.sentence_of[i] or ctx.sentence_of[compared] != ctx.sentence_of[i]:
            continue
        if ctx.dimension(i) is None or not ctx.dimension(i) == ctx.dimension(compared) == ctx.dimension(level):
            continue
        pair = [ctx.ref(level), ctx.ref(compared)] if gap.group("up") else [ctx.ref(compared), ctx.ref(level)]
        yield Relation(i, {"difference": pair}, 0.8, f"{ID}: the gap between the level and the one compared with")
