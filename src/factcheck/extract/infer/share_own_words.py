"""The whole of an English share, found by the figure whose own words name it (`share`)."""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context


def named_in_own_words(ctx: Context, whole_name: str, i: int, part: int | None) -> int | None:
    """The nearest figure before share `i` whose own words (from the figure before it in its sentence)
    hold the whole's whole name: "put the total residents at 1,200,000, up from 1,000,000" names
    the first figure, never the earlier level after it nor another group's figure."""
    phrase = re.sub(r"(?i)^(?:the|all)\s+", "", whole_name).strip().casefold()
    if part is None or len(phrase) < 4:
        return None
    text = ctx.paragraph_text(i)
    for j in range(part - 1, -1, -1):
        if ctx.mentions[j].paragraph != ctx.mentions[i].paragraph:
            return None
        if not ctx.statistic(j) or ctx.mentions[j].type != "count" or ctx.dimension(j) != ctx.dimension(part):
            continue
        mention = ctx.mentions[j]
        before = j - 1
        start = mention.value_start - len(mention.head)
        if before >= 0 and ctx.sentence_of[before] == ctx.sentence_of[j]:
            start = max(start, ctx.mentions[before].end)
        own = " ".join(text[start : mention.value_start].casefold().split())
        if re.search(rf"\b{re.escape(phrase)}\b", own):
            return j
    return None
