"""A ratio defined by two totals the document states for the same enterprises (Chinese): `share`.

规模以上工业企业实现营业收入53.03万亿元，…；营业收入利润率为5.19% and, paragraphs above, 全国规模以上工业
企业实现利润总额27543.8亿元: the profit margin on revenue is by definition profits ÷ revenue, so it is
the share of the one total in the other, wherever each is stated.

Each total is the nearest figure before the ratio (its paragraph first) of the ratio's period and
period words, whose words end with the total's name and begin with the same enterprises as the
other's (全国 / 全省 and the like left out): 采矿业实现利润总额 is one section's, not the whole's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, chinese_percent_counts, label_of, same_dimension
from factcheck.extract.infer.levels_after import is_level
from factcheck.extract.infer.period_words import period_words

ID = "zh-defined-ratio"

#: The ratio's words, and the names of the part and of the whole it divides.
DEFINED = ((re.compile(r"营业收入利润率(?:为|是|达到|达)?$"), "利润总额", "营业收入"),)
_AREA = re.compile(r"^(?:全国|全省|全市|全区|全县|本市)")


def infer(ctx: Context) -> Iterator[Relation]:
    for i in chinese_percent_counts(ctx):
        for ratio, part_name, whole_name in DEFINED:
            if not ratio.search(label_of(ctx, i)):
                continue
            whole = _total_before(ctx, i, whole_name, None)
            part = (
                _total_before(ctx, i, part_name, _scope(label_of(ctx, whole), whole_name), whole)
                if whole is not None
                else None
            )
            if whole is not None and part is not None and same_dimension(ctx, [part, whole]):
                check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
                yield Relation(i, check, 0.75, f"{ID}: a ratio the two totals it divides define")


def _scope(label: str, name: str) -> str:
    """Whose total it is: the words before its name, the area word left out (规模以上工业企业实现)."""
    return _AREA.sub("", label[: len(label) - len(name)])


def _total_before(ctx: Context, i: int, name: str, scope: str | None, whole: int | None = None) -> int | None:
    """The nearest total named `name` of the scope; in the whole's sentence, the scope may go unsaid
    (规模以上工业企业实现营业收入612.40亿元，…；实现利润总额38.60亿元: the same enterprises)."""
    paragraph, words = ctx.mentions[i].paragraph, period_words(ctx, i)
    before = sorted(range(i), key=lambda j: (ctx.mentions[j].paragraph != paragraph, -j))
    for j in before:
        if not is_level(ctx, j) or ctx.mentions[j].period != ctx.mentions[i].period or period_words(ctx, j) != words:
            continue
        own = label_of(ctx, j)
        if not own.endswith(name):
            continue
        carried = whole is not None and _one_sentence(ctx, j, whole) and (scope or "").endswith(_scope(own, name))
        if scope is None or _scope(own, name) == scope or carried:
            return j
    return None


def _one_sentence(ctx: Context, a: int, b: int) -> bool:
    """Two figures of one paragraph with no full stop between them (a ； does not end the subject)."""
    first, second = sorted((a, b))
    return ctx.mentions[first].paragraph == ctx.mentions[second].paragraph and "。" not in ctx.between(first, second)
