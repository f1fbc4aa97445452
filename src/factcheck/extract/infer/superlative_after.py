"""Figures the sentence states first, then calls the highest (lowest) ever (English): `order` against
values the document does not give, under `x-todo`.

"The 2016 visitor numbers from New Zealand (163,836) and China (49,083) were the highest ever in a
given year": each figure is a record of its own series, whose earlier values are not in the text.
The order pattern reads a superlative written before its figures; here it follows them, after a
verb ("were the highest ever", "was its lowest on record", "is the largest since 1995").

All the sentence's figures stand before the superlative and are statistics of one dimension, the
words after the last one are the verb and the superlative, and the rest of the sentence says the
others are not listed ("ever", "on record", "since …", "in history"). A superlative among the
figures themselves ("A (5) was the highest of the three") is the order pattern's, not this one's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension
from factcheck.extract.infer.order import outside_order

ID = "superlative-after"

_HIGH = r"highest|largest|biggest|greatest|strongest|fastest|most"
_LOW = r"lowest|smallest|weakest|slowest|least"
_VERB_SUPERLATIVE = re.compile(
    rf"(?i)^\W{{0,3}}\s*(?:were|was|are|is|remained|remain|remains)\s+(?:both\s+|all\s+)?(?:the|their|its)\s+"
    rf"(?:\w+\s+){{0,2}}?({_HIGH}|{_LOW})\b(?P<rest>[^.;]*)"
)
_UNSTATED = re.compile(r"(?i)\b(?:ever|on record|since|in (?:the )?history|in the series|all-time)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for sentence in ctx.by_sentence.values():
        figures = [j for j in sentence if ctx.statistic(j) and ctx.quantities[j] is not None]
        if not figures or figures != sentence or not same_dimension(ctx, figures):
            continue
        found = _VERB_SUPERLATIVE.match(ctx.after(figures[-1], 120))
        if found is None or not _UNSTATED.search(found.group("rest")):
            continue
        descending = re.fullmatch(_HIGH, found.group(1), re.I) is not None
        for j in figures:
            why = f"{ID}: a figure called the {found.group(1).lower()} of values the document does not state"
            yield outside_order(ctx, j, descending, why, across="period")
