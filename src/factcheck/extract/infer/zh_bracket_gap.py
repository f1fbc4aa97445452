"""A gap in points to a rate the text gives in brackets: `difference`.

全区地区生产总值…同比增长0.6%，增速低于全市平均水平(3.5%)2.9个百分点: the gap is the compared rate in
brackets minus the figure's own rate (高于/快于: the own rate minus the compared one).

- the points follow the bracketed rate right after its closing bracket;
- the words before the bracket compare (高于, 低于, 快于, 慢于, 超过) with another place or average;
- the own rate is the last percent of the sentence before them, with no other percent between.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "zh-bracket-gap"

_COMPARED = re.compile(r"(?P<way>高于|低于|快于|慢于|超过|超出)[^，,；;。()（）\d]{0,16}[（(]\s*$")
_LOWER = ("低于", "慢于")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i in range(1, len(ctx.mentions)):
        other = i - 1
        if ctx.dimension(i) != "points" or ctx.dimension(other) != "percent" or ctx.quantities[i] is None:
            continue
        if ctx.sentence_of[other] != ctx.sentence_of[i] or not re.fullmatch(r"\s*[)）]\s*", ctx.between(other, i)):
            continue
        found = _COMPARED.search(ctx.before(other, 30))
        own = other - 1
        if found is None or own < 0 or ctx.sentence_of[own] != ctx.sentence_of[i]:
            continue
        if ctx.dimension(own) != "percent" or not ctx.statistic(own) or ctx.quantities[own] is None:
            continue
        if ctx.mentions[i].negative or ctx.mentions[i].value.lstrip().startswith(("-", "−")):
            continue  # a signed gap: which way the words mean is in doubt
        pair = [other, own] if found.group("way") in _LOWER else [own, other]
        check = {"difference": [ctx.ref(pair[0]), ctx.ref(pair[1])]}
        yield Relation(i, check, 0.8, f"{ID}: the gap to the rate in brackets ({found.group('way')})")
