"""Deaths in work-safety accidents per 亿元 of GDP: `formula` of the deaths and the GDP the text states.

全年…生产安全事故52起，…死亡48人，…，亿元地区生产总值生产安全事故死亡率0.020人: the deaths (the count in 人
said with 死亡 just before, in the sentence) over the year's 地区生产总值 in 亿元. With no GDP in the text
(a section printed alone), the ratio waits under `x-todo` for a source that gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, core, label_of

ID = "zh-per-gdp"

_RATE = re.compile(r"亿元(?:地区生产总值|生产总值|GDP)(?:[(（]GDP[)）])?生产安全事故死亡(?:率|人数)(?:为|是)?$")
_GDP = re.compile(r"(?:地区)?生产总值(?:[(（]GDP[)）])?(?:实现|为|达到|达)?$|GDP(?:实现|为|达到|达)?$")
_ONE = "1.000000000亿元"  # a constant written to 9 decimals: 1亿元 as written would be rounded


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.unit != "人" or not _RATE.search(label_of(ctx, i)):
            continue
        deaths = _deaths(ctx, i)
        if deaths is None:
            continue
        gdp = _gdp(ctx, i)
        if gdp is not None:
            check = {"formula": f"{{{ctx.ref(deaths)}}} / {{{ctx.ref(gdp)}}} * {{{_ONE}}}"}
            yield Relation(i, check, 0.7, f"{ID}: the deaths per 亿元 of the GDP stated")
            continue
        whole = {"source": FILL + "a source id", "series": FILL + "the GDP (地区生产总值) in 亿元"}
        if mention.period:
            whole["period"] = mention.period
        note = "the GDP is not in the document: name the source that gives it"
        why = f"{ID}: the deaths per 亿元 of a GDP the document does not state"
        yield Relation(i, {"ratio": [ctx.ref(deaths), whole]}, 0.6, why, todo=True, note=note)


def _deaths(ctx: Context, i: int) -> int | None:
    """The count of deaths said just before the rate, in its sentence (past a ；, not a 。)."""
    for j in reversed([k for k in ctx.in_paragraph(i) if k < i and "。" not in ctx.between(k, i)]):
        if ctx.mentions[j].type == "count" and ctx.mentions[j].unit == "人" and "死亡" in ctx.before(j, 4):
            return j
    return None


def _gdp(ctx: Context, i: int) -> int | None:
    """The first statement of the GDP level in 元 (亿元, 万元) of the rate's period."""
    for j, other in enumerate(ctx.mentions):
        if (
            other.type == "count"
            and (other.unit or "") == "元"
            and other.period == ctx.mentions[i].period
            and _GDP.search(core(label_of(ctx, j)))
            and not re.search(r"人均", label_of(ctx, j))
        ):
            return j
    return None
