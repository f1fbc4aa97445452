"""GDP growth as the contributions of domestic and external demand (English): `contributions`.

"GDP registered a year-on-year rate of growth of 1.9%. The contribution of domestic demand to GDP
year-on-year rate of change remained at 3.2 percentage points … Net external demand presented a
contribution of -1.3 percentage points"; "GDP increased by 0.3% …, as a result of the 0.9 percentage
points contribution of domestic demand …, while net external demand recorded a contribution of -0.6
percentage points": domestic and net external demand are the whole of GDP by expenditure, so their
points add up to the GDP growth rate of the same paragraph and period.

Each contribution is a figure in points whose own clause (from the previous figure or boundary to
the next) says "contribut…" and names one of the two parts; the paragraph holds exactly one of each
for the period, and no other contribution. The growth rate is the nearest figure in percent before
them whose own words (back to the previous figure) name GDP.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.contributions import check_for

ID = "demand-contributions"

_CONTRIBUTION = re.compile(r"(?i)\bcontribut")
_PARTS = (
    re.compile(r"(?i)\bdomestic demand\b"),
    re.compile(r"(?i)\b(?:net )?(?:external|foreign) demand\b|\bnet exports\b"),
)
_GDP = re.compile(r"\bGDP\b|(?i:\bgross domestic product\b)")
#: Where a figure's own clause stops: a list or sentence boundary, a bracket, a clause of contrast.
_BOUNDARY = re.compile(r"[,;()]|\.\s|\bwhile\b|\bwhereas\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for indexes in ctx.by_paragraph.values():
        points = [j for j in indexes if ctx.dimension(j) == "points" and _CONTRIBUTION.search(_own_words(ctx, j))]
        for period in sorted({ctx.mentions[j].period for j in points}, key=str):
            group = [j for j in points if ctx.mentions[j].period == period]
            chosen = [[j for j in group if part.search(_own_words(ctx, j))] for part in _PARTS]
            if any(len(found) != 1 for found in chosen) or len(group) != len(_PARTS) or chosen[0] == chosen[1]:
                continue
            members = sorted(found[0] for found in chosen)
            target = _growth_before(ctx, indexes, members[0], period)
            if target is not None:
                why = f"{ID}: domestic and net external demand's contributions add up to GDP growth"
                yield Relation(target, check_for([ctx.ref(j) for j in members]), 0.75, why)


def _own_words(ctx: Context, j: int) -> str:
    """The words of figure j's own clause: back to the previous figure or boundary, on to the next."""
    text = ctx.paragraph_text(j)
    mention = ctx.mentions[j]
    neighbours = ctx.in_paragraph(j)
    start = max((ctx.mentions[k].end for k in neighbours if k < j), default=0)
    end = min((ctx.mentions[k].start for k in neighbours if k > j), default=len(text))
    before = _BOUNDARY.split(text[start : mention.start])[-1]
    after = _BOUNDARY.split(text[mention.end : max(end, mention.end)])[0]
    return f"{before} {after}"


def _growth_before(ctx: Context, indexes: list[int], first: int, period: str | None) -> int | None:
    """The nearest rate in percent before `first`, of the period, whose own words name GDP."""
    for k in reversed([k for k in indexes if k < first]):
        if ctx.dimension(k) != "percent" or ctx.mentions[k].period != period or not ctx.statistic(k):
            continue
        previous = max((ctx.mentions[p].end for p in indexes if p < k), default=0)
        if _GDP.search(ctx.paragraph_text(k)[previous : ctx.mentions[k].start]):
            return k
    return None
