"""A total "All X …" and its kinds listed sentence by sentence up to "Other X" (English): `sum`.

"All heifers 500 pounds and over, as of January 1, 2018, totaled 20.2 million head, … Beef
replacement heifers, at 6.13 million head, were down 4 percent from a year ago. Milk replacement
heifers, at 4.78 million head, were up 1 percent from the previous year. Other heifers, at 9.33
million head, were 4 percent above a year earlier." The kinds of X are named one sentence each,
right after the total's sentence, each by some words and X; the list closes with "Other X": the
rest, so the kinds partition the total and their levels add up to it.

- the total's sentence starts with "All" and X, and its first level (a count, not a percent, not a
  change) is the total;
- each following sentence of the paragraph, up to the one starting "Other X", starts with words
  naming a kind of X (X itself among the first few words, before any figure) and its first figure
  is a level of the total's unit and period;
- without "Other X" the list may leave kinds out ("Beef cows … Milk cows …" says nothing of other
  cows): nothing is drafted; nor when a sentence in between names something else.

The values are never consulted: a wrong part fails the check. The total carries it (0.65).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "other-parts"

_ALL = re.compile(r"^\s*All\s+([a-z][a-z-]+)\b")
_KIND = r"^\s*(?:[A-Z][a-z-]*\s+)(?:[a-z][a-z-]*\s+){{0,3}}?{noun}\b"
_OTHER = r"^\s*(?:All\s+)?[Oo]ther\s+{noun}\b"


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number, members in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[number - 1].text
        by_sentence: dict[int, list[int]] = {}
        for j in members:
            by_sentence.setdefault(ctx.sentence_of[j][1], []).append(j)
        order = sorted(by_sentence)
        for at, index in enumerate(order):
            first = by_sentence[index][0]
            start = _sentence_start(ctx, first)
            found = _ALL.match(text[start:])
            if found is None:
                continue
            total = _level(ctx, by_sentence[index])
            if total is None:
                continue
            following = [by_sentence[k] for n, k in enumerate(order[at + 1 :]) if k == index + 1 + n]  # no gap
            parts = _parts(ctx, found.group(1), following, total)
            if parts:
                check = {"sum": [ctx.ref(j) for j in parts]}
                why = f"{ID}: the kinds listed up to 'Other {found.group(1)}' add up to the total"
                yield Relation(total, check, 0.65, why)


def _parts(ctx: Context, noun: str, sentences: list[list[int]], total: int) -> list[int]:
    """The level of each kind's sentence, up to and including the one of "Other <noun>"."""
    kind = re.compile(_KIND.format(noun=re.escape(noun)))
    other = re.compile(_OTHER.format(noun=re.escape(noun)))
    parts: list[int] = []
    for figures in sentences:
        head = ctx.paragraph_text(figures[0])[_sentence_start(ctx, figures[0]) : ctx.mentions[figures[0]].start]
        level = _level(ctx, figures[:1])
        if level is None or not _alike(ctx, total, level):
            return []
        if other.match(head):
            parts.append(level)
            return parts if len(parts) >= 2 else []
        if not kind.match(head):
            return []
        parts.append(level)
    return []


def _level(ctx: Context, figures: list[int]) -> int | None:
    """The first figure of the sentence when it is a level (a count of something, not a rate or change)."""
    j = figures[0]
    mention = ctx.mentions[j]
    if not ctx.statistic(j) or mention.type != "count" or ctx.dimension(j) in (None, "", "percent", "points"):
        return None
    return j


def _alike(ctx: Context, a: int, b: int) -> bool:
    first, second = ctx.mentions[a], ctx.mentions[b]
    return ctx.dimension(a) == ctx.dimension(b) and first.unit == second.unit and first.period == second.period


def _sentence_start(ctx: Context, j: int) -> int:
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    return max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
