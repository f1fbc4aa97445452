"""Shares of a total stated just before, each part in brackets after its percent (English): `share`.

"6,621 tourists arrived in January 2015 … 55 per cent of total visitor arrivals (3,624) came from
New Zealand and 19 per cent (1,234) came from Australia": the words "of total …" say the percent is
the bracketed count's share of the total, and the total is the level stated last before the first
percent, in its paragraph or the one before (not a figure in brackets, not a rate, not a change).
A later "and P per cent (N)" of the same sentence is another part of the same total. No level of
the parts' dimension before them: nothing is drafted.

The values are never consulted: a wrong part or percent fails the check. The percent carries it (0.7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "of-total"

_PERCENT = ("%", "percent", "per cent")
#: Between the percent and its part: " of total visitor arrivals (".
_OF_TOTAL = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s+of\s+(?:the\s+)?total\b[^.;()\d]{0,60}\(\s*$")
#: Between one part and the next percent: ") came from New Zealand and ".
_NEXT = re.compile(r"(?i)^\s*\)[^.;()\d]{0,60}?(?:,\s*|\s+)(?:and\s+)?$")
_BRACKET = re.compile(r"(?i)^\s*(?:percent|per cent|%)?\s*\(\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r, mention in enumerate(ctx.mentions[:-1]):
        if mention.unit not in _PERCENT or not _OF_TOTAL.match(ctx.between(r, r + 1)):
            continue
        part = r + 1
        if ctx.sentence_of[part] != ctx.sentence_of[r] or not _closed(ctx, part):
            continue
        whole = _total_before(ctx, r, part)
        if whole is None:
            continue
        yield _share(ctx, r, part, whole)
        while part + 2 < len(ctx.mentions) and ctx.sentence_of[part + 2] == ctx.sentence_of[r]:
            rate, following = part + 1, part + 2
            if ctx.mentions[rate].unit not in _PERCENT or not _NEXT.match(ctx.between(part, rate)):
                break
            if not _BRACKET.match(ctx.between(rate, following)) or not _closed(ctx, following):
                break
            if not _comparable(ctx, whole, following):
                break
            yield _share(ctx, rate, following, whole)
            part = following


def _share(ctx: Context, rate: int, part: int, whole: int) -> Relation:
    check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
    return Relation(rate, check, 0.7, f"{ID}: a bracketed part's percent of the total stated before")


def _closed(ctx: Context, i: int) -> bool:
    """A count (a level) right before a closing bracket."""
    return ctx.mentions[i].type == "count" and ctx.after(i, 3).lstrip()[:1] == ")"


def _comparable(ctx: Context, whole: int, part: int) -> bool:
    """The part counts what the total counts, or is a bare count (its unit is the total's)."""
    if same_dimension(ctx, [whole, part]):
        return True
    dimension = str(ctx.dimension(whole))
    return ctx.mentions[part].unit is None and (dimension == "count" or dimension.startswith("unit:"))


def _total_before(ctx: Context, r: int, part: int) -> int | None:
    """The last level before the percent, in its paragraph or the one before."""
    paragraph = ctx.mentions[r].paragraph
    for j in range(r - 1, -1, -1):
        if ctx.mentions[j].paragraph < paragraph - 1:
            return None
        if ctx.dimension(j) in (None, "percent", "points") or ctx.mentions[j].type != "count":
            continue
        if not ctx.statistic(j) or ctx.before(j, 1) == "(":
            continue
        return j if _comparable(ctx, j, part) else None
    return None
