"""A rate, then a change in points of that rate right after it (Chinese): the points compare the rate
with an earlier period's, not a contribution (拉动增长1.3个百分点) — for `earlier`."""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

#: 比重为14.2%，提高 / 比率达到 …: a rate the text names before its value.
_RATE_NAME = re.compile(r"(?:率|比重|占比)(?:达到|达|为|是)?$")
#: 生产资料价格上涨3.5%，回落1.6个百分点: a growth rate its verb states, whose pace the points change.
_GREW = re.compile(r"(?:上涨|增长|下降|下跌)\s*$")


def rate_then_change(ctx: Context, i: int) -> bool:
    """Points `i` right after a rate of its sentence, joined by a bare verb only (，回落)."""
    j = i - 1
    if j < 0 or ctx.sentence_of[j] != ctx.sentence_of[i] or ctx.dimension(j) != "percent":
        return False
    named = ctx.mentions[j].type == "count" and bool(_RATE_NAME.search(ctx.before(j, 12).strip()))
    grew = ctx.mentions[j].type == "growth" and bool(_GREW.search(ctx.before(j, 6)))
    return (named or grew) and bool(re.fullmatch(r"[，,]\s*(?:提高|上升|下降|降低|回落|回升)\s*", ctx.between(j, i)))
