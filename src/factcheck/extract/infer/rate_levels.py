"""A change in percent, then the two levels it is between in the next sentence (English): `growth`.

"Petrol prices rose 8.8 percent in the latest quarter, influenced by … The average price of a litre
of 91 octane petrol in the June 2015 quarter was $1.95, compared with $1.79 and $2.00 in the March
2015 and December 2014 quarters, respectively." The rate is the growth from the level compared with
(the first after "compared with") to the level of the rate's own period.

- the rate is a percent its verb gives a way (rose, fell, …) and words of a frequency after it
  ("in the latest quarter", "over the month", "over the year");
- the next sentence of the paragraph holds a level, then right after ", compared with" another
  level of its dimension, and the words after that one name the same frequency ("… quarters");
- every word naming the rate ("Petrol prices") is among the level's sentence's words before it;
- the level is of the rate's period, the one compared with of another.

The rate carries the check (0.6); its sign must be the one its verb gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import CHANGE_VERB_BEFORE, Context, Relation, same_dimension, words

ID = "rate-levels"

_FREQUENCY = re.compile(r"(?i)\b(quarter|month|year)s?\b")
_COMPARED = re.compile(r"(?i)^[^.;\d]{0,30}?,?\s*compared (?:with|to)\s*[$£€]?\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions)):
        if ctx.dimension(r) != "percent" or not ctx.statistic(r):
            continue
        verb = CHANGE_VERB_BEFORE.search(ctx.before(r, 30))
        frequency = _FREQUENCY.search(_after(ctx, r))
        if verb is None or frequency is None:
            continue
        negative = ctx.mentions[r].negative or ctx.mentions[r].value.lstrip().startswith(("-", "−"))
        if negative != (verb.group(1) is not None):
            continue
        pair = _levels(ctx, r, frequency.group(1).lower())
        if pair is not None:
            check = {"growth": {"from": ctx.ref(pair[1]), "to": ctx.ref(pair[0])}}
            yield Relation(r, check, 0.6, f"{ID}: the change between the levels the next sentence states")


def _levels(ctx: Context, r: int, frequency: str) -> tuple[int, int] | None:
    paragraph, sentence = ctx.sentence_of[r]
    following = ctx.by_sentence.get((paragraph, sentence + 1), [])
    named = words(_sentence_before(ctx, r))
    for level, earlier in zip(following, following[1:]):
        if not _COMPARED.match(ctx.between(level, earlier)):
            continue
        if not all(ctx.statistic(k) and ctx.mentions[k].type == "count" for k in (level, earlier)):
            return None
        if ctx.dimension(level) in (None, "", "percent", "points") or not same_dimension(ctx, [level, earlier]):
            return None
        if not named or not named <= words(_sentence_before(ctx, level)):
            return None
        first, second = ctx.mentions[level], ctx.mentions[earlier]
        if first.period != ctx.mentions[r].period or second.period in (None, first.period):
            return None
        found = _FREQUENCY.search(re.split(r"\.(?:\s|$)", ctx.paragraph_text(earlier)[second.end : second.end + 80])[0])
        return (level, earlier) if found is not None and found.group(1).lower() == frequency else None
    return None


def _after(ctx: Context, r: int) -> str:
    """The words right after the rate, to the next figure or the end of its clause."""
    text = ctx.paragraph_text(r)
    later = [ctx.mentions[k].start for k in ctx.in_sentence(r) if k > r]
    end = min([*later, len(text)])
    return re.split(r"[,;.]", text[ctx.mentions[r].end : end])[0]


def _sentence_before(ctx: Context, j: int) -> str:
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    begin = text.rfind(". ", 0, start)
    return text[begin + 2 if begin >= 0 else 0 : start]
