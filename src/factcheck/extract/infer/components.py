"""A ratio's change from its parts' changes (English): `formula`.

Labor productivity is output per hour, unit labor costs are hourly compensation per unit of
productivity: "productivity decreased at a 0.5-percent annual rate …, as output increased 1.2
percent and hours worked increased 1.8 percent"; "Unit labor costs … increased 2.0 percent …,
reflecting a 1.5-percent increase in hourly compensation and a 0.5-percent decline in
productivity". The ratio's percent change is (100 + numerator's) ÷ (100 + denominator's) × 100 − 100
— about the numerator's minus the denominator's, exactly this (annualised rates too: both sides are
raised to one power) —, drafted when one sentence states the ratio first and then both parts, each
figure named in its own words (between the comma or "and" before it and the one after), all in
percent and of one period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "components"

#: (ratio, numerator, denominator), by the words that name each.
RATIOS = (
    (r"\bunit labou?r costs?\b", r"\bhourly compensation\b", r"\bproductivity\b"),
    (r"\bproductivity\b", r"\boutput\b", r"\bhours\b"),
)
_END = re.compile(r"(?<!\.[A-Z])\.\s+(?=[A-Z(])")
_DOWN = re.compile(r"(?i)\b(?:decreas|declin|fell|fall|drop|lower)")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "percent" or not ctx.statistic(i):
            continue
        own = _local(ctx, i)
        if _DOWN.search(own) and (ctx.midpoint(i) or 0) > 0:
            continue  # "decreased at a 0.5-percent annual rate" read as +0.5: the sign is not known
        text = ctx.paragraph_text(i)
        stop = _END.search(text, mention.end)  # "the U.S. Bureau of Labor Statistics": no sentence end
        end = stop.start() if stop else len(text)
        later = [
            j
            for j in ctx.in_paragraph(i)
            if j > i
            and ctx.mentions[j].start < end
            and ctx.dimension(j) == "percent"
            and ctx.mentions[j].period == mention.period
        ]
        for ratio, numerator, denominator in RATIOS:
            if not re.search("(?i)" + ratio, own):
                continue
            top = next((j for j in later if re.search("(?i)" + numerator, _local(ctx, j))), None)
            bottom = next((j for j in later if re.search("(?i)" + denominator, _local(ctx, j))), None)
            if top is not None and bottom is not None and top != bottom:
                check = {"formula": f"(100 + {{{ctx.ref(top)}}}) / (100 + {{{ctx.ref(bottom)}}}) * 100 - 100"}
                yield Relation(
                    i, check, 0.7, f"{ID}: a ratio's change is its numerator's change minus its denominator's"
                )
            break


def _local(ctx: Context, j: int) -> str:
    """The figure's own words: from the comma or "and" before it to the one after it."""
    text = ctx.paragraph_text(j)
    mention = ctx.mentions[j]
    previous = [ctx.mentions[k].end for k in ctx.in_paragraph(j) if k < j]
    following = [ctx.mentions[k].start for k in ctx.in_paragraph(j) if k > j]
    before = text[max([0, *previous]) : mention.start]
    after = text[mention.end : min([len(text), *following])]
    before = re.split(r"\band\b|[,;]|\.\s", before)[-1]
    after = re.split(r"\band\b|[,;]|\.\s", after)[0]
    return before + " " + after
