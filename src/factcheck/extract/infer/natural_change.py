"""The change of the natural growth rate is the birth rate's change minus the death rate's: `difference`.

出生率9.70‰，比上年下降1.68个千分点，…死亡率5.28‰，比上年下降0.30个千分点，…自然增长率4.42‰，比上年下降
1.38个千分点: the natural growth rate is the birth rate minus the death rate (`rates`), so its change
over the year is the birth rate's change minus the death rate's. Each change is the figure in per-mille
points right after its rate, in the rate's clause (比上年 / 较上年 or no words but a comma between).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of

ID = "natural-change"

_NATURAL = re.compile(r"自然增长率|(?i:natural (?:increase|growth) rate)")
_BIRTH = re.compile(r"出生率|(?i:birth rate)")
_DEATH = re.compile(r"死亡率|(?i:death rate)")
#: Between a rate and its change: "，比上年下降", "，较上年提高", "，下降", ", down by".
_TO_CHANGE = re.compile(
    r"^[，,]\s*(?:比上年末?|较上年末?|与上年相比)?\s*(?:上升|提高|增加|下降|减少|回落)?\s*$"
    r"|(?i:^,?\s*(?:up|down) by\s*$)"
)
_PER_MILLE_POINTS = re.compile(r"千分点|(?i:per mille points?|permille points?)")


def infer(ctx: Context) -> Iterator[Relation]:
    for i, mention in enumerate(ctx.mentions):
        if mention.unit != "‰" or mention.type in ("label", "date", "rank", "change", "growth"):
            continue
        if not _NATURAL.search(label_of(ctx, i)):
            continue
        rates = [j for j in ctx.in_paragraph(i) if ctx.mentions[j].unit == "‰" and j != i]
        birth = next((j for j in rates if _BIRTH.search(label_of(ctx, j))), None)
        death = next((j for j in rates if _DEATH.search(label_of(ctx, j))), None)
        changes = [_change_after(ctx, j) for j in (i, birth, death) if j is not None]
        if len(changes) == 3 and None not in changes:
            natural, of_births, of_deaths = changes
            check = {"difference": [ctx.ref(of_births), ctx.ref(of_deaths)]}
            why = f"{ID}: the natural growth rate's change is the birth rate's change minus the death rate's"
            yield Relation(natural, check, 0.8, why)


def _change_after(ctx: Context, rate: int) -> int | None:
    """The change in per-mille points stated right after the rate, in its clause."""
    following = rate + 1
    if following >= len(ctx.mentions) or ctx.mentions[following].paragraph != ctx.mentions[rate].paragraph:
        return None
    change = ctx.mentions[following]
    if not _PER_MILLE_POINTS.search(change.unit or "") or not _TO_CHANGE.search(ctx.between(rate, following)):
        return None
    return following
