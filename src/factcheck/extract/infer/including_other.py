"""A total, its named parts and "the other" part that closes them (English): `sum`.

"The surplus came to USD 4.2 billion, including with the CIS states – USD 2.4 billion and other
states – USD 1.8 billion": "including" alone lists some of the parts (`of-which` never drafts
it), but a list whose last part is "other …" / "the rest" / "the remaining …" leaves nothing
out, so the parts add up to the total.

- the total is a level (or an amount of change: a balance, "rose by 5,000") followed, in its
  sentence, by ", including" / ", of which" / ", of whom";
- the parts are the next levels of the sentence (a bracketed percent or change beside one is no
  part), of the total's dimension and period, the last one introduced by "and (the) other(s)",
  "and the rest" or "and the remaining" (within its few words before it), no other level after it;
- at least two parts.

The values are never consulted: a wrong part fails the check. The total carries it (0.65).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "including-other"

_LISTS = re.compile(r"(?i)^[^.;()]{0,40}?,\s*(?:including|of\s+(?:which|whom))\b[^.;]*$")
_OTHER = re.compile(r"(?i)\band\s+(?:the\s+)?(?:other|others|rest|remaining)\b[^.;\d]{0,50}$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for total in range(len(ctx.mentions)):
        if not _level(ctx, total):
            continue
        later = [j for j in ctx.in_sentence(total) if j > total]
        if not later or not _LISTS.match(ctx.between(total, later[0])):
            continue
        parts = [j for j in later if _level(ctx, j)]
        if len(parts) < 2 or not same_dimension(ctx, [total, *parts]):
            continue
        if any(ctx.mentions[j].period != ctx.mentions[total].period for j in parts):
            continue
        if not _OTHER.search(ctx.between(parts[-2], parts[-1])):
            continue
        check = {"sum": [ctx.ref(j) for j in parts]}
        yield Relation(total, check, 0.65, f"{ID}: the parts listed after the total, closed by the other part")


def _level(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    return (
        ctx.statistic(k)
        and mention.type in ("count", "change")  # a balance ("a surplus of USD 4.2 billion") is a change
        and ctx.quantities[k] is not None
        and ctx.dimension(k) not in (None, "", "percent", "points", "permille")
    )
