"""The top few of a set, named with their figures (English): each is above the members the text does
not list, an `order` against a source under `x-todo`.

"Visitor numbers from Fiji's top two source markets, Australia (360,370) and New Zealand (163,836)":
the two figures are the largest of all source markets, most of which the document does not give.

"top two" (three, …, or a digit) and a plural noun stand before the sentence's first figure, and
exactly as many figures follow, each in brackets after its name, of one dimension.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level
from factcheck.extract.infer.order import outside_order

ID = "top-few"

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TOP = re.compile(r"(?i)\btop\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?[\w-]+s\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for sentence in ctx.by_sentence.values():
        first = sentence[0]
        text = ctx.paragraph_text(first)
        start = max(text.rfind(". ", 0, ctx.mentions[first].start) + 2, 0)
        found = list(_TOP.finditer(text, start, ctx.mentions[first].start))
        if not found:
            continue
        word = found[-1].group(1).lower()
        size = int(word) if word.isdigit() else _COUNTS[word]
        members = sentence[:size]
        if size < 2 or len(members) != size or not all(is_level(ctx, j) for j in members):
            continue
        if not same_dimension(ctx, members) or not all(ctx.before(j, 2).endswith("(") for j in members):
            continue
        for j in members:
            yield outside_order(ctx, j, True, f"{ID}: one of the top {size}", across="the members ranked")
