"""A part's share of the total it was listed under, in brackets after it (English): `share`.

"Sales came to 82.6 billion lei, of which 55.4 billion lei (67.1% of total sales) at home and
27.2 billion lei (32.9% of total sales) abroad": each bracketed percent names the total ("of
total …", "of the total") and the total is the figure just before ", of which" / ", of whom" /
", including" in the same sentence. Unlike `of-which`, the parts need not name a complete set:
a share of the total holds for any part of it, so "including" (some of the parts) does too.

- the share is a percent (unsigned: a signed one is a change) in brackets right after the part,
  followed by "of total" / "of the total" / "of all";
- the part is a level, the total the nearest level before it that ", of which" follows, both of
  one dimension and one period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "of-which-shares"

_OPENS = re.compile(r"^\s*\(\s*$")
_OF_TOTAL = re.compile(r"(?i)^\s*(?:of\s+(?:the\s+)?total|of\s+all)\b[^()]{0,60}\)")
_OF_WHICH = re.compile(r"(?i)^[^.;()]{0,40}?,\s*(?:of\s+(?:which|whom)|including)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for share in range(1, len(ctx.mentions)):
        part = share - 1
        if not _percent(ctx, share) or not _level(ctx, part):
            continue
        if ctx.sentence_of[part] != ctx.sentence_of[share] or not _OPENS.match(ctx.between(part, share)):
            continue
        if not _OF_TOTAL.match(ctx.after(share, 80)):
            continue
        total = _total_before(ctx, part)
        if total is None or ctx.mentions[total].period != ctx.mentions[part].period:
            continue
        if not same_dimension(ctx, [total, part]):
            continue
        check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(total)}}
        yield Relation(share, check, 0.7, f"{ID}: a part's share, in brackets, of the total it was listed under")


def _total_before(ctx: Context, part: int) -> int | None:
    """The nearest level before the part, in its sentence, that ", of which" follows."""
    earlier = [j for j in ctx.in_sentence(part) if j < part]
    for j in reversed(earlier):
        following = earlier[earlier.index(j) + 1] if earlier.index(j) + 1 < len(earlier) else part
        if _level(ctx, j) and _OF_WHICH.match(ctx.between(j, following)):
            return j
    return None


def _percent(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    return (
        ctx.statistic(k)
        and mention.type == "count"
        and ctx.dimension(k) == "percent"
        and not mention.negative
        and not mention.value.startswith(("-", "+", "\u2212"))
    )


def _level(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    return (
        ctx.statistic(k)
        and mention.type == "count"
        and ctx.quantities[k] is not None
        and ctx.dimension(k) not in (None, "", "percent", "points", "permille")
    )
