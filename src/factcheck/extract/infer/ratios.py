"""Ratios the rates pattern drafts besides rates from counts (its `infer` calls these).

- 全员劳动生产率 (元/人): value added at constant prices per employed person, under `x-todo`;
- 城乡居民人均可支配收入比值为2.34: `ratio` of the urban and the rural figures stated;
- 按…平均汇率6.8985折算，约合20533美元: the yuan figure converted at the rate the sentence states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, find_named, label_of

ID = "rates"


_URBAN_RURAL = re.compile(
    r"城乡(?:居民)?(?:人均)?(?:可支配)?收入(?:比值|之比|比|倍差)(?:为|是|由[^，,；;。]{0,12}缩小至|缩小至|缩小到|下降至)?$"
)


def urban_rural_ratio(ctx: Context) -> Iterator[Relation]:
    """城乡居民人均可支配收入比值为2.34: the urban figure ÷ the rural one, both stated."""
    for i, mention in enumerate(ctx.mentions):
        if ctx.english or mention.unit not in (None, "倍") or not _URBAN_RURAL.search(mention.head):
            continue
        urban = find_named(ctx, "城镇居民人均可支配收入", i)
        rural = find_named(ctx, "农村居民人均可支配收入", i)
        if urban is None or rural is None or ctx.mentions[urban].period != ctx.mentions[rural].period:
            continue
        if ctx.mentions[urban].period != mention.period:
            continue
        why = f"{ID}: the urban-rural income ratio of the two figures stated"
        yield Relation(i, {"ratio": [ctx.ref(urban), ctx.ref(rural)]}, 0.75, why)


def labour_productivity(ctx: Context) -> Iterator[Relation]:
    """全员劳动生产率为173898元/人: value added at constant prices (not in the text, which gives
    current prices) per employed person (就业人员, when stated): a `ratio` under `x-todo`."""
    for i, mention in enumerate(ctx.mentions):
        if not re.search(r"劳动生产率|(?i:labou?r productivity)", label_of(ctx, i)) or ctx.quantities[i] is None:
            continue
        if "/" not in (mention.unit or "") and not re.search(r"(?i)per (?:worker|person|employ)", ctx.after(i, 30)):
            continue
        employed = find_named(ctx, "就业人员", i) if not ctx.english else None
        output = {"source": FILL + "a source id", "series": FILL + "value added at constant prices"}
        if mention.period:
            output["period"] = mention.period
        people = (
            ctx.ref(employed)
            if employed is not None
            else {"source": FILL + "a source id", "series": FILL + "employed persons"}
        )
        note = (
            "labour productivity divides value added at constant prices, not the current-price figure the text "
            "gives: name the source"
        )
        yield Relation(i, {"ratio": [output, people]}, 0.5, f"{ID}: output per employed person", todo=True, note=note)


_CONVERT = re.compile(r"(?:约合|折合|合计约|合|折算为|折算成)\s*$")
_FOREIGN = re.compile(r"美元|欧元|日元|英镑|港元|(?i:USD|EUR|dollars?)")


def converted(ctx: Context) -> Iterator[Relation]:
    """按2019年美元对人民币的平均汇率6.8985折算，人均生产总值约合20533美元: the yuan figure of the
    sentence divided by the exchange rate the sentence states (multiplied when it is yuan to dollars)."""
    for i, mention in enumerate(ctx.mentions):
        if ctx.english or not _FOREIGN.search(mention.unit or "") or not _CONVERT.search(label_of(ctx, i)):
            continue
        before = [j for j in ctx.in_paragraph(i) if j < i and "。" not in ctx.between(j, i)]  # past a ；
        rate = next((j for j in reversed(before) if re.search(r"汇率$", label_of(ctx, j))), None)
        yuan = next(
            (
                j
                for j in reversed(before)
                if (rate is None or j < rate)
                and (ctx.mentions[j].unit or "").endswith("元")
                and not _FOREIGN.search(ctx.mentions[j].unit or "")
                and ctx.mentions[j].type == "count"
            ),
            None,
        )
        factor = ctx.midpoint(rate) if rate is not None else None
        if yuan is None or rate is None or factor is None or factor <= 0:
            continue  # a rate named but not stated: `outside`
        operator = (
            "/"
            if re.search(r"美元对人民币|欧元对人民币|(?:美元|欧元)兑人民币", ctx.before(rate, 20)) or factor > 1
            else "*"
        )
        # the units as constants written to 9 decimals (a written 1元 would be rounded, [0.5, 1.5]):
        # 元 ÷ 元 × 美元 is in 美元
        unit = _FOREIGN.search(mention.unit or "").group()  # type: ignore[union-attr]
        one = "1.000000000"
        check = {"formula": f"{{{ctx.ref(yuan)}}} {operator} {{{ctx.ref(rate)}}} / {{{one}元}} * {{{one}{unit}}}"}
        yield Relation(i, check, 0.75, f"{ID}: a yuan figure converted at the exchange rate the text states")
