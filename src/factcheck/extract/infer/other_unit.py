"""A figure restated in brackets in another unit of its dimension: `same` (the check converts the units).

造林面积12.40万公顷(186.00万亩), "a catch of 2,400 tonnes (2.4 million kilograms)", "a 42 km (26 mile)
stretch": the bracketed figure is the one before it, measured in another unit of the same kind (area,
length, mass, volume). Money is not: a bracketed sum in another currency is a conversion at a rate
the text does not state (the `outside` pattern's), and a percent in brackets is a share or a change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "other-unit"

_MEASURES = ("area", "length", "mass", "volume")


def infer(ctx: Context) -> Iterator[Relation]:
    for first in range(len(ctx.mentions) - 1):
        second = first + 1
        a, b = ctx.mentions[first], ctx.mentions[second]
        if not ctx.statistic(first) or not ctx.statistic(second) or a.type != "count" or b.type != "count":
            continue
        if ctx.dimension(first) not in _MEASURES or ctx.dimension(second) != ctx.dimension(first):
            continue
        if not a.unit or not b.unit or a.unit == b.unit:
            continue
        if not re.fullmatch(r"\s*[（(]\s*", ctx.between(first, second)):
            continue
        if not re.match(r"\s*[)）]", ctx.after(second, 4)):
            continue
        why = f"{ID}: a figure restated in brackets in another unit of its dimension"
        yield Relation(second, {"same": ctx.ref(first)}, 0.75, why)
