"""A headline line restated by the lead paragraph under it (English): `same`.

A release's headline states one change and the paragraph right under it opens with the figure the
headline sums up, often in other words: "Quarterly rise of 0.4 percent on higher petrol prices"
over "The consumers price index (CPI) rose 0.4 percent in the June 2015 quarter, following falls of
0.2 percent …"; "January 1 Cattle Inventory Up 1 Percent" over "All cattle and calves … totaled
94.4 million head, 1 percent above the 93.7 million head …"; "Construction costs rose by 2.6
percent on an annual basis" over "Factor Price Index … rose by 0.1 percent between July and August
2017. Factor prices increased by 2.6 percent on an annual basis."

What ties them is where they stand and how they are worded, never their digits (a wrong digit in
either is then caught):

- the headline is a line of its own (short, no sentence in it, no table cells) with one statistic,
  a change its words give a direction to (up, rise, fell, …), in percent or in points;
- the line above it (with a statistic) is no headline too: in a stack of key points the lead
  under the last one says nothing of which point it restates;
- the lead is the first paragraph after it with a statistic (lines without one, such as "See the
  'Downloads' box …", are skipped); another headline line first ends the search;
- the lead's figure has the same unit, the same direction (the word right before it, or "above" /
  "below" right after it) and sign, no frequency other than the headline's (annual, quarterly,
  monthly), no subgroup (female, youth, excluding …) the headline does not name and no other
  geography ("Up by 0.3% in EU27" is not "grew by 0.6% in the euro area and by 0.3% in the EU27"'s
  first figure; "and by" takes the way of the figure before it);
- the same period when both name one;
- when the headline names a frequency, the one figure of the lead naming the same one, or of several,
  the one in the lead's opening sentence ("GDP at constant prices increased by 2.7% year-on-year …
  After adjusting …, GDP increased by 2.7% year-on-year"); otherwise the one such figure of the lead's
  opening sentence. Two candidates there: nothing drafted.

The headline carries the check; confidence 0.55.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.clauses import Span, sentences
from factcheck.extract.infer.base import Context, Relation, words
from factcheck.extract.infer.restate import areas
from factcheck.extract.infer.same import SUBGROUP, comparison_base

ID = "lead"

_UP = r"rose|rise|rises|rising|increased?|increases|increasing|grew|grow|grows|up|advanced?|climbed|gained|higher"
_DOWN = r"fell|fall|falls|falling|decreased?|decreases|declined?|declines|dropped|down|lower|contracted"
_BEFORE = re.compile(rf"(?i)\b(?:({_UP})|({_DOWN}))\b(?:\s+(?:by|of|to|some|about|around|nearly|almost))*\s*[+−-]?$")
_AFTER = re.compile(
    r"(?i)^\s*(?:percent|per cent|%|percentage points?|points?|pp)?\s*"
    r"(?:(above|higher|up|increase|rise|growth)|(below|lower|down|decrease|decline|fall|drop))\b"
)
#: The change's noun, what changed, then its size: "a year-on-year increase in its Consumer Price Index (CPI) by".
_NOUN_IN_BY = re.compile(
    r"(?i)\b(?:(increase|rise|growth)|(decrease|decline|fall|drop))\s+in\s+[^.;\d]{1,60}?\s+(?:by|of)\s*$"
)
_ELIDED = re.compile(r"(?i)^[^.;\d]{0,40}\band by\s*[+−-]?$")
_FREQUENCIES = (
    (
        "annual",
        re.compile(
            r"(?i)\b(?:annual(?:ly)?|yearly|year-on-year|year-over-year|12-month|twelve-month|over the year|"
            r"(?:previous|preceding) year|a year (?:ago|earlier))\b"
        ),
    ),
    ("quarter", re.compile(r"(?i)\bquarter(?:ly)?\b|\bquarter-on-quarter\b")),
    (
        "month",
        re.compile(
            r"(?i)\bmonthly\b|\bmonth-on-month\b|\bin the month\b|\b(?:previous|preceding) month\b|"
            r"\bbetween [A-Z][a-z]+ and [A-Z][a-z]+\b"
        ),
    ),
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    paragraphs = sorted(ctx.by_paragraph)
    for at, number in enumerate(paragraphs):
        headline = _headline(ctx, number)
        if headline is None or (at and _headline(ctx, paragraphs[at - 1]) is not None):
            continue  # under another headline: a stack of key points, each its own
        lead = _lead(ctx, paragraphs[at + 1 :])
        if lead is None:
            continue
        found = _restated(ctx, headline, lead)
        if found is not None:
            yield Relation(
                headline, {"same": ctx.ref(found)}, 0.55, f"{ID}: the lead under a headline restates its figure"
            )


def _line(text: str) -> bool:
    """A headline's line: short (120 characters at most), no sentence in it, no table cells."""
    text = text.strip()
    return len(text) <= 120 and "|" not in text and not text.endswith(".") and not re.search(r"[.!?]\s+\S", text)


def _headline(ctx: Context, number: int) -> int | None:
    """The one statistic of a headline line, a change in percent or points its words give a way."""
    text = ctx.document.paragraphs[number - 1].text
    if not _line(text):
        return None
    figures = [j for j in ctx.by_paragraph[number] if ctx.statistic(j)]
    if len(figures) != 1:
        return None
    i = figures[0]
    if ctx.dimension(i) not in ("percent", "points") or _way(ctx, i) is None:
        return None
    return i


def _lead(ctx: Context, following: list[int]) -> list[int] | None:
    """The statistics of the first paragraph after the headline that has one (a sentence, not a line)."""
    for number in following:
        figures = [j for j in ctx.by_paragraph[number] if ctx.statistic(j)]
        if not figures:
            continue
        return None if _line(ctx.document.paragraphs[number - 1].text) else figures
    return None


def _restated(ctx: Context, i: int, lead: list[int]) -> int | None:
    frequency = _frequency(_local(ctx, i))
    subgroup = words(ctx.paragraph_text(i)) & SUBGROUP
    fits = []
    for j in lead:
        if ctx.dimension(j) != ctx.dimension(i) or _way(ctx, j) != _way(ctx, i) or comparison_base(ctx, j):
            continue
        if _negative(ctx, j) != _negative(ctx, i):
            continue
        if (
            None not in (ctx.mentions[i].period, ctx.mentions[j].period)
            and ctx.mentions[i].period != ctx.mentions[j].period
        ):
            continue
        own = _frequency(_local(ctx, j))
        if frequency and own and not frequency & own:
            continue
        if (words(_sentence_before(ctx, j)) & SUBGROUP) - subgroup:
            continue
        if areas(ctx, i) and areas(ctx, j) and not areas(ctx, i) <= areas(ctx, j):
            continue  # "in the euro area" is said by "in both the euro area (EA19) and in the EU28"
        fits.append((j, own))
    if frequency:
        named = [j for j, own in fits if frequency & own]
        opening = [j for j in named if ctx.sentence_of[j] == ctx.sentence_of[lead[0]]]
        if len(named) == 1 or len(opening) == 1:  # two: the one of the lead's opening sentence
            return named[0] if len(named) == 1 else opening[0]
        if named:
            return None
    first = [j for j, _ in fits if ctx.sentence_of[j] == ctx.sentence_of[lead[0]]]
    return first[0] if len(first) == 1 else None


def _way(ctx: Context, i: int) -> str | None:
    """ "up" or "down": the word right after the figure ("1 percent above"), else the one right before."""
    after = _AFTER.match(ctx.after(i, 40))
    if after is not None:
        return "up" if after.group(1) else "down"
    local = _local_before(ctx, i)
    before = _BEFORE.search(local) or _NOUN_IN_BY.search(_sentence_before(ctx, i))
    if before is not None:
        return "up" if before.group(1) else "down"
    earlier = [k for k in ctx.in_sentence(i) if k < i and ctx.statistic(k) and ctx.dimension(k) == ctx.dimension(i)]
    if earlier and _ELIDED.match(local):  # "grew by 0.6% in the euro area and by 0.3% in the EU27"
        return _way(ctx, earlier[-1])
    return None


def _negative(ctx: Context, i: int) -> bool:
    return ctx.mentions[i].value.lstrip().startswith(("-", "−"))


def _local_before(ctx: Context, i: int) -> str:
    """The words before the figure, back to the figure before it in its sentence (or 40 characters)."""
    earlier = [ctx.mentions[k].end for k in ctx.in_sentence(i) if k < i]
    start = max([ctx.mentions[i].start - 40, *earlier, 0])
    return ctx.paragraph_text(i)[start : ctx.mentions[i].start]


def _local(ctx: Context, i: int) -> str:
    """The figure's own words: from the figure before it in its sentence to the figure after it."""
    text = ctx.paragraph_text(i)
    span = _span(ctx, i)
    same = ctx.in_sentence(i)
    start = max([span.start, *[ctx.mentions[k].end for k in same if k < i]])
    end = min([span.end, *[ctx.mentions[k].start for k in same if k > i]])
    return text[start:end]


def _sentence_before(ctx: Context, i: int) -> str:
    return ctx.paragraph_text(i)[_span(ctx, i).start : ctx.mentions[i].start]


def _span(ctx: Context, i: int) -> Span:
    spans = sentences(ctx.paragraph_text(i))
    index = ctx.sentence_of[i][1]
    return spans[index] if index < len(spans) else Span(0, len(ctx.paragraph_text(i)), ctx.paragraph_text(i))


def _frequency(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _FREQUENCIES if pattern.search(text))
