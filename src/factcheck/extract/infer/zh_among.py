"""Parts of a population named once at the head of a sentence: `share`, and `sum` when complete.

Census and population communiqués write "常住人口中，男性人口为6906858人，占53.38%；女性人口为6031366人，
占46.62%": each 占 is the share of the part just before it in the whole the sentence opens with
(常住人口, stated earlier with its own figure), though the whole is not named after 占.

- the whole is the words before 中 opening the sentence (全市常住人口中, 年末常住人口中), and its figure
  the nearest earlier statistic of that name, of the parts' unit and period;
- a share is drafted for a part followed by "，占p%" and nothing else;
- the parts make up the whole (`sum` on the whole) only when their shares, as written, add up to
  100 within their rounding: "0-14岁…占9.80%；15-64岁…占81.68%；65岁及以上…占8.52%" is every age, and
  "其中65岁及以上…占8.52%" alone is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from factcheck.extract.infer.base import Context, Relation, find_named, label_of, same_dimension

ID = "zh-among"

_OPENING = re.compile(
    r"(?:^|[。；;！？])\s*(?:\d{4}年末?|年末|全年)?[，,]?\s*(?P<whole>[\u4e00-\u9fff]{2,10}?)中[，,：:]"
)
_SHARE_AFTER = re.compile(r"\s*[，,]\s*占\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for paragraph, members in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        by_full_stop: dict[int, list[int]] = {}  # a sentence to its 。: its clauses apart by ； are one list
        for j in members:
            start = max(text.rfind(end, 0, ctx.mentions[j].start) for end in "。！？") + 1
            by_full_stop.setdefault(start, []).append(j)
        for sentence in by_full_stop.values():
            yield from _sentence(ctx, sentence)


def _sentence(ctx: Context, members: list[int]) -> Iterator[Relation]:
    first = members[0]
    text = ctx.paragraph_text(first)
    start = max(text.rfind(end, 0, ctx.mentions[first].start) for end in "。！？") + 1
    opening = _OPENING.match(text, start - 1 if start else 0) if start else _OPENING.match(text)
    if opening is None or opening.end() > ctx.mentions[first].start:
        return
    pairs = [
        (part, share)
        for part, share in zip(members, members[1:])
        if ctx.mentions[part].type == "count"
        and ctx.dimension(share) == "percent"
        and _SHARE_AFTER.fullmatch(ctx.between(part, share))
    ]
    if not pairs:
        return
    parts = [part for part, _ in pairs]
    whole = find_named(ctx, opening.group("whole"), first, exclude=tuple(members))
    if whole is None or whole > first or not same_dimension(ctx, [whole, *parts]):
        return
    if any(ctx.mentions[j].period != ctx.mentions[whole].period for j in parts):
        return
    for part, share in pairs:
        check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(whole)}}
        why = f"{ID}: {label_of(ctx, part)} as a share of {label_of(ctx, whole)} (…中，…占)"
        yield Relation(share, check, 0.8, why)
    if len(pairs) >= 2 and _add_up_to_100(ctx, [share for _, share in pairs]):
        why = f"{ID}: the parts' shares add up to 100%: they make up {label_of(ctx, whole)}"
        yield Relation(whole, {"sum": [ctx.ref(part) for part in parts]}, 0.75, why)


def _add_up_to_100(ctx: Context, shares: list[int]) -> bool:
    """The written shares add up to 100 within half a unit of each one's last digit."""
    total, slack = Fraction(0), Fraction(0)
    for j in shares:
        written = ctx.mentions[j].value.replace(",", "")
        try:
            total += Fraction(written)
        except ValueError:
            return False
        decimals = len(written.split(".")[1]) if "." in written else 0
        slack += Fraction(1, 2 * 10**decimals)
    return abs(total - 100) <= slack
