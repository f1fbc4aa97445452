"""上述三项合计 (the items above, together): `sum` of the figures the text gave for each item.

交通和通信…影响CPI同比涨幅扩大0.17个百分点；旅游…影响CPI同比涨幅扩大0.11个百分点；食品…影响CPI同比涨幅扩大
0.07个百分点，上述三项合计影响CPI同比涨幅扩大约0.35个百分点: the total's words after 合计 (影响CPI同比涨幅扩大)
name what each item's figure is; the parts are the last N figures of the paragraph before the total
named so, N the count the words give (上述三项, 以上两项), in the total's unit. Fewer figures so named
tie nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of

ID = "zh-items-total"

_TOTAL = re.compile(
    r"(?:上述|以上|前述)(?P<count>[两二三四五六七八九]|\d)项(?:合计|共)(?P<what>[^，,；;。\d]{2,24}?)(?:约|近|达)?$"
)
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        found = _TOTAL.search(ctx.before(i, 40)) if ctx.statistic(i) else None
        if found is None:
            continue
        count = _COUNT.get(found.group("count")) or int(found.group("count"))
        what = found.group("what")
        named = [
            j
            for j in ctx.in_paragraph(i)
            if j < i
            and ctx.statistic(j)
            and ctx.mentions[j].unit == mention.unit
            and what in label_of(ctx, j)  # 扩大约0.35: 大约 is read as the qualifier, 扩 stays
        ]
        if len(named) >= count:
            parts = named[-count:]
            yield Relation(i, {"sum": [ctx.ref(j) for j in parts]}, 0.7, f"{ID}: the {count} items' {what} together")
