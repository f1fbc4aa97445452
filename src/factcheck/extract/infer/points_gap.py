"""A gap in points between a rate the text states and another it names (English).

- "GDP grew 0.4%, two tenths over that estimated in the fourth quarter", "stands at –0.9%, three
  tenths lower than the implicit GDP deflator", "is one point and three tenths over that registered
  in the previous quarter, standing at 0.7 points", "This rate was two tenths higher than that of
  the previous quarter" (the rate of the sentence before): the other rate is not in the text, so the
  gap is `difference` of the stated rate and a source placeholder, under `x-todo`;
- "a tenth lower than that (0.5% as compared to 0.6% estimated in April)", "decreases six tenths
  as compared with the previous quarter (from 0.4 to –0.2 points)": both rates stand in brackets
  after the gap; the gap is the later (or first compared) minus the earlier, `difference`.

The gap's value is signed by its words ("a tenth lower" is −0.1), so it is always the stated rate
minus the other one. A gap in points goes with rates in percent, a gap in "points" (of a
contribution) with figures in points; any other figure is not what it compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference

ID = "points-gap"

_COMPARED = re.compile(
    r"(?i)^\s*(?:of a (?:percentage )?point\s+)?(?:(?:percentage )?points?\s+|pp\s+)?"
    r"(?:over|higher|lower|above|below|more|less|up|down)\b(?:\s+than)?\s+(?:that|those|the)\b"
)
_AS_COMPARED = re.compile(r"(?i)^\s*(?:as\s+)?compared\s+(?:with|to)\b[^.;\d()]{0,60}\(\s*(?:from\s+)?$")
_BRACKET_PAIR = re.compile(r"(?i)^\s*(?:as compared (?:with|to)|compared (?:with|to)|versus|vs\.?|to)\s*$")
_THIS_RATE = re.compile(r"(?i)^\s*(?:this|that|the) (?:rate|figure|growth|increase|decrease|contribution)\b|^\s*it\b")
_STANDING = re.compile(r"(?i),\s*(?:standing|stood|to stand|reaching|remaining)\s+at\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if mention.type not in ("difference", "change") or _rate_dimension(ctx, i) is None:
            continue
        pair = _bracketed_pair(ctx, i)
        if pair is not None:
            first, second = pair
            rule = f"{ID}: the gap between the two rates in brackets after it"
            yield Relation(i, {"difference": [ctx.ref(first), ctx.ref(second)]}, 0.75, rule)
            continue
        if not _COMPARED.match(ctx.after(i, 60)) or _figure_in_clause_after(ctx, i):
            continue
        rate = _rate_compared(ctx, i)
        if rate is None:
            continue
        other = {"source": FILL + "a source id", "series": FILL + "the rate compared with"}
        if ctx.mentions[rate].period:
            other["period"] = ctx.mentions[rate].period
        rule = f"{ID}: a gap to a rate the document names but does not state"
        yield outside_difference(i, ctx.ref(rate), other, False, rule, "the rate compared with")


def _rate_dimension(ctx: Context, i: int) -> str | None:
    """The dimension of the rates a gap compares: percent for percentage points, points for points."""
    return {"points": "percent", "unit:points": "unit:points"}.get(ctx.dimension(i) or "")


def _fits(ctx: Context, i: int, j: int) -> bool:
    return (
        ctx.statistic(j)
        and ctx.mentions[j].type not in ("difference", "change")
        and ctx.dimension(j) in (_rate_dimension(ctx, i), ctx.dimension(i))  # rates, or contributions in points
    )


def _figure_in_clause_after(ctx: Context, i: int) -> bool:
    """A figure follows the gap in its clause: what it compares is stated (or it is no gap)."""
    for j in ctx.in_sentence(i):
        if j > i:
            return not re.search(r"[,;]", ctx.between(i, j))
    return False


def _bracketed_pair(ctx: Context, i: int) -> tuple[int, int] | None:
    """(later, earlier) of "(0.5% as compared to 0.6% …)" / "(from 0.4 to –0.2 points)" after the gap."""
    after = [j for j in ctx.in_sentence(i) if j > i][:2]
    if len(after) != 2 or not all(_fits(ctx, i, j) for j in after):
        return None
    lead = ctx.between(i, after[0])
    if not (lead.rstrip().endswith("(") or _AS_COMPARED.match(lead)) or re.search(r"[;.]", lead):
        return None
    first, second = after
    between = ctx.between(first, second)
    if re.match(r"(?i)^\s*to\s*$", between) and re.search(r"(?i)\bfrom\s*$", lead):
        return second, first  # from A to B: B − A
    if _BRACKET_PAIR.match(between) and not re.search(r"(?i)\bfrom\s*$", lead):
        return first, second  # A as compared to B: A − B
    return None


def _rate_compared(ctx: Context, i: int) -> int | None:
    """The rate the gap is of: the last fitting figure before it in its sentence; the first after it
    when introduced by ", standing at"; the last of the sentence before when this one opens "This rate"."""
    sentence = ctx.in_sentence(i)
    before = [j for j in sentence if j < i]
    if before:
        return before[-1] if _fits(ctx, i, before[-1]) else None
    after = [j for j in sentence if j > i]
    if after and _fits(ctx, i, after[0]) and _STANDING.search(ctx.between(i, after[0])):
        return after[0]
    text = ctx.paragraph_text(i)
    opening = max(text.rfind(". ", 0, ctx.mentions[i].start), -1) + 1
    if not _THIS_RATE.match(text[opening : ctx.mentions[i].start]):
        return None
    paragraph, index = ctx.sentence_of[i]
    previous = [j for j in ctx.in_paragraph(i) if ctx.sentence_of[j] == (paragraph, index - 1)]
    return previous[-1] if previous and _fits(ctx, i, previous[-1]) else None
