"""A total, then its part and the other part in the two sentences after it.

"Net borrowing of consumer credit by individuals increased to £2.1 billion in November from £1.7
billion in October. Within this, net borrowing through credit cards was £1.0 billion in November,
up from £0.7 billion in October. Net borrowing through other forms of consumer credit … increased
in November, to £1.1 billion from £1.0 billion.": on £2.1 billion, `sum` of £1.0 and £1.1 billion;
on £1.7 billion, `sum` of £0.7 and £1.0 billion (the figure after "from" with the ones after
"from").

The words must make the parts complete: the first part's sentence opens with "Within this" /
"Of this" / "Of which", and the very next sentence names the other part ("other", "the rest",
"the remainder") before its figures, in words it shares with the total's ("net borrowing"). Each
sentence states one figure of the total's dimension, and at most one earlier one (after "from"); a
list of parts without those words is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.clauses import sentences
from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.base import words as content_words

ID = "within"

_OPENS = re.compile(r"(?i)^\s*(?:within (?:this|that|these|the total)|of (?:this|that|these|which))\s*,")
_OTHER = re.compile(r"(?i)\b(?:other|the rest|the remainder|remaining)\b(?! than)")
_EARLIER = re.compile(r"(?i)\bfrom(?: the)?\s*[$£€¥]?\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for paragraph in ctx.document.paragraphs:
        spans = sentences(paragraph.text)
        for k in range(1, len(spans) - 1):
            if _OPENS.match(paragraph.text[spans[k].start : spans[k].end]):
                yield from _total_and_parts(ctx, paragraph.number, spans, k)


def _total_and_parts(ctx: Context, number: int, spans: list, k: int) -> Iterator[Relation]:
    whole = _figures(ctx, number, k - 1)
    part = _figures(ctx, number, k)
    other = _figures(ctx, number, k + 1)
    if whole is None or part is None or other is None:
        return
    other_start = spans[k + 1].start
    first = min(other.values())
    words = ctx.paragraph_text(first)[other_start : ctx.mentions[first].start]
    total_first = min(whole.values())
    total_words = ctx.paragraph_text(total_first)[spans[k - 1].start : ctx.mentions[total_first].start]
    if not _OTHER.search(words) or not content_words(words) & content_words(total_words):
        return  # "Other countries …" after "Within this, cars …": the other part names the total's thing
    for role in ("now", "earlier"):
        total, parts = whole.get(role), [part.get(role), other.get(role)]
        if total is None or None in parts:
            continue
        operands = [j for j in parts if j is not None]
        if ctx.dimension(total) in ("percent", "points") or not same_dimension(ctx, [total, *operands]):
            continue
        check = {"sum": [ctx.ref(j) for j in operands]}
        yield Relation(total, check, 0.75, f"{ID}: the total is its part and the other part stated after it")


def _figures(ctx: Context, number: int, k: int) -> dict[str, int] | None:
    """The sentence's figure now and the earlier one (after "from"); None unless one of each at most,
    and one figure now."""
    found = [j for j in ctx.by_sentence.get((number, k), []) if ctx.statistic(j) and ctx.quantities[j] is not None]
    found = [j for j in found if ctx.dimension(j) not in ("percent", "points")]
    earlier = [j for j in found if _EARLIER.search(ctx.before(j, 12))]
    now = [j for j in found if j not in earlier]
    if len(now) != 1 or len(earlier) > 1:
        return None
    return {"now": now[0], **({"earlier": earlier[0]} if earlier else {})}
