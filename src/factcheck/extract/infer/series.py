"""A figure ranked against values the document does not state, in the words of the release
(English): `order` with a source placeholder, under `x-todo`.

- "productivity decreased 0.4 percent, the first four-quarter decline in the series since a
  0.6-percent decrease in the second quarter of 2013": every value between was no decline, so the
  figure is the lowest of them (`order: ascending`); "the first increase since …" the highest;
- "… rose 5.5 percent over the past year. The largest previous year-over-year advance was 6.1
  percent for the year ended September 2008": the figure before is the largest since then;
- "in descending order of the provisional estimate of the value of sales …, department stores
  decreased by 7.0%. This was followed by …": the first figure listed is first by a measure the
  text does not give (its percent changes are not in that order);
- "Food retailing (0.4 per cent) led the rises": the largest rise in a measure the text does not
  give (by the percentages listed it would not be).

The words must say it: a superlative or "first … since" of the figure itself; nothing is drafted
among the figures the text lists (the `order` pattern's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.order import outside_order

ID = "series"

_UP = r"increase|rise|gain|advance|growth"
_DOWN = r"decline|decrease|fall|drop|contraction"
_FIRST_SINCE = re.compile(
    rf"(?i)^[^.;]{{0,12}}?,\s*(?:the|its|their)\s+first\s+(?:[\w-]+\s+){{0,3}}?({_UP}|{_DOWN})\b[^.;]*\bsince\b"
)
_PREVIOUS = re.compile(r"(?i)^\s*the\s+(largest|highest|biggest|lowest|smallest)\s+previous\b")
_ORDER_OF = re.compile(
    r"(?i)\bin (descending|ascending) order of\b(?![^.;]*\b(?:change|growth|rate|percent|increase|decrease)s?\b)"
)
_LED = re.compile(r"(?i)^[^.;]{0,20}?\bled the (rises|increases|gains)\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        if not ctx.statistic(i):
            continue
        after = ctx.after(i, 160)
        found = _FIRST_SINCE.match(after)
        if found is not None:
            rising = re.fullmatch(_UP, found.group(1), re.I) is not None
            if (ctx.midpoint(i) or 0) != 0 and ((ctx.midpoint(i) or 0) > 0) == rising:
                yield _outside(ctx, i, rising, "the first rise (fall) since: every value between was none")
        elif _LED.match(after):
            yield _outside(ctx, i, True, "led the rises: the largest by a measure the document does not give")
    yield from _previous(ctx)
    yield from _ordered_by(ctx)


def _previous(ctx: Context) -> Iterator[Relation]:
    """ "The largest previous … advance was 6.1 percent …": the previous sentence's first figure."""
    for paragraph, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        for sentence in re.finditer(r"(?:^|(?<=\. ))[^.]+(?:\.\d[^.]*)*", text):
            found = _PREVIOUS.match(sentence.group())
            if found is None:
                continue
            inside = [j for j in indexes if sentence.start() <= ctx.mentions[j].start < sentence.end()]
            before = [j for j in indexes if ctx.mentions[j].start < sentence.start() and ctx.statistic(j)]
            if not inside or not before:
                continue
            start = max(text.rfind(". ", 0, ctx.mentions[before[-1]].start), -1) + 1
            first = next(j for j in before if ctx.mentions[j].start >= start)
            if ctx.dimension(first) == ctx.dimension(inside[0]):
                highest = found.group(1).lower() in ("largest", "highest", "biggest")
                yield _outside(ctx, first, highest, "larger (smaller) than the largest (smallest) previous value")


def _ordered_by(ctx: Context) -> Iterator[Relation]:
    """ "in descending order of the value of sales …, A decreased by 7.0%": the first figure after."""
    for paragraph, indexes in ctx.by_paragraph.items():
        text = ctx.document.paragraphs[paragraph - 1].text
        for found in _ORDER_OF.finditer(text):
            after = [j for j in indexes if ctx.mentions[j].start > found.end() and ctx.statistic(j)]
            if after:
                descending = found.group(1).lower() == "descending"
                yield _outside(ctx, after[0], descending, "first in an order by a measure the document does not give")


def _outside(ctx: Context, i: int, descending: bool, why: str) -> Relation:
    return outside_order(ctx, i, descending, f"{ID}: {why}", across="period, industry, outlet", confidence=0.55)
