"""A total, then its two complementary parts in sentences of their own (English): `sum`.

"1,067,416 tourist arrivals … were recorded in August 2019. Domestic tourists generated about 188,000
arrivals … Foreign tourists generated 879,000 arrivals …": domestic and foreign (residents and
non-residents, men and women, urban and rural, full-time and part-time) are every one of the
whole, so the two parts make up the total stated before them.

- each part is the one figure of the paragraph counting the total's unit whose own words (its part
  of the sentence after "and", or else its sentence before it) name one side of the pair alone;
- the total is the last figure of that unit and period before both parts, in a sentence naming
  neither side (a base of comparison is of another period); never a rate (rates of two groups do
  not add up);
- a side's percent "of all" the total's unit ("Foreign tourists generated 78% of all overnight
  stays") is that side's part's share of the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level

ID = "complements"

PAIRS = (
    (re.compile(r"(?i)\bdomestic\b"), re.compile(r"(?i)\bforeign\b")),
    (re.compile(r"(?i)(?<!non-)\bresidents?\b"), re.compile(r"(?i)\bnon-residents?\b")),
    (re.compile(r"(?i)\b(?:men|males?)\b"), re.compile(r"(?i)\b(?:women|females?)\b")),
    (re.compile(r"(?i)\burban\b"), re.compile(r"(?i)\brural\b")),
    (re.compile(r"(?i)\bfull-time\b"), re.compile(r"(?i)\bpart-time\b")),
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for indexes in ctx.by_paragraph.values():
        levels = [j for j in indexes if is_level(ctx, j)]  # a base of comparison is of another period
        if len(levels) < 3:
            continue
        for one, other in PAIRS:
            sides = {j: _side(ctx, j, one, other) for j in levels}
            for unit in sorted({ctx.mentions[j].unit or "" for j in levels}):
                relation = _split(ctx, [j for j in levels if (ctx.mentions[j].unit or "") == unit], sides)
                if relation is not None:
                    yield relation
                    yield from _shares(ctx, indexes, relation, unit, (one, other))


#: After a side's percent: " % of all overnight stays", " percent of the total guests".
_OF_ALL = re.compile(r"(?i)^\s*(?:%|percent|per cent)?\s+of\s+(?:all|the total|total)\s+([^.;,\d]{1,40})")


def _shares(
    ctx: Context, indexes: list[int], split: Relation, unit: str, pair: tuple[re.Pattern[str], re.Pattern[str]]
) -> Iterator[Relation]:
    """ "Foreign tourists generated 78% of all overnight stays": a side's percent of all of the total's
    unit is that side's part of the total."""
    total, parts = ctx.ref(split.claim), split.check["sum"]
    for k in indexes:
        side = _side(ctx, k, *pair)
        found = _OF_ALL.match(ctx.after(k, 80))
        if (
            side is None
            or not unit
            or ctx.dimension(k) != "percent"
            or found is None
            or not re.search(rf"\b{re.escape(unit)}\b", found.group(1))
        ):
            continue
        why = f"{ID}: one side's percent of all of the total"
        yield Relation(k, {"share": {"part": parts[side], "whole": total}}, 0.6, why)


def _side(ctx: Context, j: int, one: re.Pattern[str], other: re.Pattern[str]) -> int | None:
    """0 or 1 when the figure's own part of its sentence (after the last "and" or ";") names one side
    of the pair alone; when it names neither, the words of its sentence before it."""
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    words = text[max(text.rfind(". ", 0, start), -1) + 1 : start]
    for scope in (_SEGMENT.split(words)[-1], words):
        named = (bool(one.search(scope)), bool(other.search(scope)))
        if named != (False, False):
            return {(True, False): 0, (False, True): 1}.get(named)
    return None


#: "… of the total population while the population for females is": "while" parts two clauses, comma or not.
_SEGMENT = re.compile(r"(?i)\band\b|;|,?\s*\b(?:while|whereas)\b")


_BASE = re.compile(r"(?i)\b(?:from|than|against|compared (?:with|to))\s*[$£€]?\s*$")


def _split(ctx: Context, figures: list[int], sides: dict[int, int | None]) -> Relation | None:
    parts = [[j for j in figures if sides[j] == side] for side in (0, 1)]
    if any(len(found) != 1 for found in parts):
        return None
    first, second = parts[0][0], parts[1][0]
    period = ctx.mentions[first].period
    totals = [
        j
        for j in figures
        if j < min(first, second)
        and sides[j] is None
        and ctx.mentions[j].period == period
        and ctx.sentence_of[j] != ctx.sentence_of[first]
        and not _BASE.search(ctx.before(j, 30))  # "up from 1,000,000 in 2010": the base, even when misdated
    ]
    if not totals or ctx.mentions[second].period != period or not same_dimension(ctx, [totals[-1], first, second]):
        return None
    why = f"{ID}: two complementary parts, in sentences of their own, make up the total before them"
    return Relation(totals[-1], {"sum": [ctx.ref(first), ctx.ref(second)]}, 0.6, why)
