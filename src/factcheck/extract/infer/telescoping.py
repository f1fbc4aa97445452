"""Contributions of components named as differences of nested aggregates (English): `contributions`.

"Looking at the components' contributions to the annual growth rate of M3, the narrower aggregate
M1 contributed 9.4 percentage points (up from 9.0 percentage points in August), short-term deposits
other than overnight deposits (M2-M1) contributed 0.4 percentage point (up from 0.1 percentage
point) and marketable instruments (M3-M2) contributed 0.6 percentage point (up from 0.4 percentage
point)": the names say the breakdown is complete — M1, then M2 less M1, then M3 less M2, add up to
M3 — so the points add up to the growth rate of M3 the text states (`contributions`).

- the sentence says "contribution(s) to the … of M3" before its figures, and every figure in points
  of it, but those of comparison ("up from 9.0 percentage points"), names its aggregate code in
  its own words: the first the narrowest aggregate (M1), each next the next one less the one
  before (M2-M1, M3-M2), the last reaching the aggregate of the target;
- the growth rate is the figure in percent whose words before it, in its sentence, name the same
  rate of the same aggregate ("The annual growth rate of the broad monetary aggregate M3 increased
  to 10.4%"), the nearest such one before the contributions; not itself a comparison's base;
- when every contribution is followed by its own earlier value ("(up from 0.1 percentage point)")
  and the growth rate by its own ("from 9.5% in August"), the earlier values add up to the earlier
  rate too.

Codes that skip an aggregate (M1, M3-M2), a figure in points with no code, or two rates that
could be the target: nothing drafted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.same import comparison_base

ID = "telescoping"

_TARGET = re.compile(
    r"(?i)\bcontributions? to (?:the )?((?:[a-z-]+ ){0,4}?rate) of (?:the )?(?:[a-z-]+ ){0,4}?([A-Z]{1,3})(\d)\b"
)
_CODE = re.compile(r"\b([A-Z]{1,3})(\d)(?:\s*(?:-|–|minus)\s*([A-Z]{1,3})(\d))?\b")
_EARLIER = re.compile(r"(?i)^\s*(?:percentage points?|points?|pp)?\s*\(\s*(?:up|down) from\s*$")
_OWN_EARLIER = re.compile(r"(?i)^\s*(?:%|percent|per cent)?(?:[^.;\d]|\b(?:19|20)\d\d\b){0,40}\bfrom\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    done: set[tuple[int, int]] = set()
    for i in range(len(ctx.mentions)):
        where = ctx.sentence_of[i]
        if where in done or ctx.dimension(i) != "points":
            continue
        done.add(where)
        text = ctx.paragraph_text(i)
        target = _TARGET.search(text[: ctx.mentions[i].start])
        if target is None or ctx.sentence_of[i] != _sentence_at(ctx, i, target.start()):
            continue
        points = [j for j in ctx.in_sentence(i) if ctx.dimension(j) == "points"]
        own = [j for j in points if not _EARLIER.search(_before(ctx, j))]
        if not _telescopes(ctx, own, target.group(2), int(target.group(3))):
            continue
        rate = _rate(ctx, i, target.group(1), target.group(2) + target.group(3))
        if rate is None:
            continue
        why = f"{ID}: contributions of nested aggregates ({target.group(2)}1 … {target.group(2)}{target.group(3)})"
        yield Relation(rate, {"contributions": [ctx.ref(j) for j in own]}, 0.7, why)
        earlier = [k for j in own for k in points if k > j and _EARLIER.search(ctx.between(j, k))]
        base = rate + 1
        if (
            len(earlier) == len(own)
            and base < len(ctx.mentions)
            and ctx.sentence_of[base] == ctx.sentence_of[rate]
            and ctx.dimension(base) == "percent"
            and _OWN_EARLIER.match(ctx.between(rate, base))
        ):
            yield Relation(base, {"contributions": [ctx.ref(j) for j in earlier]}, 0.6, why + ", the month before")


def _before(ctx: Context, j: int) -> str:
    """The words before a figure, back to the figure before it (codes such as "M2" are no figures)."""
    previous = [ctx.mentions[k].end for k in ctx.in_sentence(j) if k < j and ctx.dimension(k)]
    return ctx.paragraph_text(j)[max([*previous, ctx.mentions[j].start - 120, 0]) : ctx.mentions[j].start]


def _sentence_at(ctx: Context, i: int, offset: int) -> tuple[int, int]:
    """The (paragraph, sentence) of an offset of mention i's paragraph: the sentence of the nearest
    mention at or after it."""
    after = [k for k in ctx.in_paragraph(i) if ctx.mentions[k].start >= offset]
    return ctx.sentence_of[after[0]] if after else (-1, -1)


def _code(ctx: Context, j: int) -> tuple[str, int, int | None] | None:
    """The aggregate code a contribution's own words name, the last one before it: ("M", 2, 1) for M2-M1."""
    found = list(_CODE.finditer(_before(ctx, j)))
    if not found:
        return None
    last = found[-1]
    if last.group(3) is not None and last.group(3) != last.group(1):
        return None
    return last.group(1), int(last.group(2)), int(last.group(4)) if last.group(4) else None


def _telescopes(ctx: Context, own: list[int], letters: str, top: int) -> bool:
    """M1, M2-M1, …, Mtop-M(top-1): each figure's code, in the order written."""
    if len(own) < 2:
        return False
    codes = [_code(ctx, j) for j in own]
    if any(code is None or code[0] != letters for code in codes):
        return False
    first = codes[0]
    if first is None or first[2] is not None:
        return False
    level = first[1]
    for code in codes[1:]:
        if code is None or code[2] != level or code[1] != level + 1:
            return False
        level = code[1]
    return level == top


def _rate(ctx: Context, near: int, rate: str, aggregate: str) -> int | None:
    """The nearest figure in percent before `near` whose sentence names "<rate> of … <aggregate>"."""
    named = re.compile(rf"(?i)\b{re.escape(rate)} of (?:the )?(?:[a-z-]+ ){{0,4}}?{aggregate}\b[^.;\d]*$")
    found = [
        j
        for j in range(near)
        if ctx.dimension(j) == "percent"
        and not comparison_base(ctx, j)
        and named.search(_sentence_before(ctx, j))
        and ctx.mentions[j].period == ctx.mentions[near].period
    ]
    return found[-1] if found else None


def _sentence_before(ctx: Context, j: int) -> str:
    text = ctx.paragraph_text(j)
    start = max(text.rfind(". ", 0, ctx.mentions[j].start) + 1, 0)
    previous = [ctx.mentions[k].end for k in ctx.in_sentence(j) if k < j and ctx.dimension(k)]
    return text[max([start, *previous]) : ctx.mentions[j].start]
