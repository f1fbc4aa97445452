"""Parts listed with their shares in brackets, the shares adding up to 100: parts of a total stated
earlier (English). `sum` on the total, `share` of the total on each bracketed share.

"Visitors arriving for holiday purposes totalled 600,887 (75.8%), 68,262 (8.6%) came to visit
friends or relatives, 32,922 (4.2%) came for business purposes while 90,249 (11.4%) visited for
other reasons.", the total (792,320) stated in an earlier paragraph: the shares add up to 100, so
the list is the whole, and its parts add up to the total.

The sentence's figures are all "level (share%)" pairs, three or more, and the shares add up to 100
within their rounding. The total is the nearest earlier level of the parts' period (a bare number
or of their unit) that the parts add up to within the rounding of the figures; each share is then
checked by the figures too (its part over that total), so a list of another whole is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.later_levels import half_unit
from factcheck.extract.infer.levels_after import is_level

ID = "hundred-parts"

_OPEN = re.compile(r"^\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for sentence in ctx.by_sentence.values():
        pairs = _pairs(ctx, sentence)
        if pairs is None or not _hundred(ctx, [share for _, share in pairs]):
            continue
        parts = [part for part, _ in pairs]
        total = _total(ctx, parts)
        if total is None:
            continue
        whole = ctx.midpoint(total) or 0.0
        if not all(_fits(ctx, share, 100 * (ctx.midpoint(part) or 0.0) / whole) for part, share in pairs):
            continue
        yield Relation(total, {"sum": [ctx.ref(p) for p in parts]}, 0.6, f"{ID}: parts whose shares add up to 100")
        for part, share in pairs:
            check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(total)}}
            yield Relation(share, check, 0.6, f"{ID}: a part's share of the total its list adds up to")


def _pairs(ctx: Context, sentence: list[int]) -> list[tuple[int, int]] | None:
    """The sentence's figures as (level, bracketed share) pairs, or None when any figure is else."""
    if len(sentence) < 6 or len(sentence) % 2:
        return None
    pairs = list(zip(sentence[::2], sentence[1::2], strict=True))
    for part, share in pairs:
        if not is_level(ctx, part) or ctx.dimension(share) != "percent" or ctx.quantities[share] is None:
            return None
        if not _OPEN.match(ctx.between(part, share)) or not _CLOSE.match(ctx.after(share, 3)):
            return None
    return pairs


def _hundred(ctx: Context, shares: list[int]) -> bool:
    total = sum(ctx.midpoint(s) or 0.0 for s in shares)
    return abs(total - 100) <= sum(half_unit(ctx, s) for s in shares) + 1e-9


def _total(ctx: Context, parts: list[int]) -> int | None:
    """The nearest earlier level of the parts' period and unit that they add up to."""
    units = {ctx.dimension(p) for p in parts} - {""}
    period = ctx.mentions[parts[0]].period
    added = sum(ctx.midpoint(p) or 0.0 for p in parts)
    slack = sum(half_unit(ctx, p) for p in parts)
    for t in range(parts[0] - 1, -1, -1):
        if not is_level(ctx, t) or ctx.mentions[t].period != period or len(units | {ctx.dimension(t)} - {""}) > 1:
            continue
        if abs((ctx.midpoint(t) or 0.0) - added) <= slack + half_unit(ctx, t) + 1e-9:
            return t
    return None


def _fits(ctx: Context, share: int, value: float) -> bool:
    middle = ctx.midpoint(share) or 0.0
    return abs(middle - value) <= half_unit(ctx, share) * 1.04 + 1e-9
