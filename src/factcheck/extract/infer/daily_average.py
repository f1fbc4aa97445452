"""Averages per day of totals stated before them (English): `ratio` of the total and the number of
days, a figure the text does not give, under `x-todo`.

"Visitor numbers from Australia (360,370) and New Zealand (163,836) equate to average daily
arrivals of 987 and 449 respectively": each average is its total over the days of the period (365
or 366 in a year, a month's 28 to 31), which the text does not say.

The sentence's figures are the totals, then as many averages after "average daily", "daily
average" or "a day on average" words, paired in order ("respectively" or one of each). A total
over its average must give a number of days (7 to 366) so a figure of another kind is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, same_dimension
from factcheck.extract.infer.levels_after import is_level

ID = "daily-average"

_DAILY = re.compile(r"(?i)\b(?:average\s+daily|daily\s+average|per\s+day|a\s+day)\b[^.;\d]{0,40}$")
_NOTE = "the number of days the average is taken over is not in the document: name the source that gives it"


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for sentence in ctx.by_sentence.values():
        half = len(sentence) // 2
        if half == 0 or len(sentence) % 2 or not all(is_level(ctx, j) for j in sentence):
            continue
        totals, averages = sentence[:half], sentence[half:]
        if not _DAILY.search(ctx.between(totals[-1], averages[0])) or not same_dimension(ctx, totals):
            continue
        if not all(_days(ctx, t, a) for t, a in zip(totals, averages, strict=True)):
            continue
        for total, average in zip(totals, averages, strict=True):
            days = {"source": FILL + "a source id", "series": FILL + "the number of days the average is over"}
            if ctx.mentions[total].period:
                days["period"] = ctx.mentions[total].period
            check = {"ratio": [ctx.ref(total), days]}
            yield Relation(average, check, 0.6, f"{ID}: a total per day", todo=True, note=_NOTE)


def _days(ctx: Context, total: int, average: int) -> bool:
    """The total over the average is a number of days, a week to a year."""
    whole, part = ctx.midpoint(total), ctx.midpoint(average)
    return bool(whole and part) and 7 <= whole / part <= 366.5  # type: ignore[operator]
