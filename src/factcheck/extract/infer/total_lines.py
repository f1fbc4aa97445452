"""A total and its two complementary groups on "Name: value" lines of their own (English): `sum`.

"Total population: 29,192,480 / Male population: 14,291,311 people (48.96 per cent) / Female
population: 14,901,169 (51.04 per cent)": a census's key-figure list. The two lines right after the
"Total <noun>" line name one side each of a complete pair (male and female, men and women, urban
and rural, …) and the same noun, so their figures make up the total; a percent in brackets after a
side's figure is its share of the total.

- each line is "<name>: <figure>", with nothing after the figure but its unit word and the bracket;
- the side lines follow the total line directly, one side each, "<side> <noun>" exactly;
- the figures are levels of one dimension (a bare number counts as the people beside it) and period.

The values are never consulted: a wrong line fails the check. The total carries it (0.7).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.complements import PAIRS
from factcheck.extract.infer.counted import counted_alike

ID = "total-lines"

_NAME = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z -]{1,60}?)\s*:\s*$")
_REST = re.compile(r"(?i)^\s*(?:[a-z]+\s*)?(?:\(\s*$|$)")  # the unit word, then the bracket or the line's end
_TOTAL = re.compile(r"(?i)^total\s+(?P<noun>[a-z][a-z -]{1,40})$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for number in ctx.by_paragraph:
        total = _line(ctx, number)
        named = _TOTAL.match(total[0]) if total else None
        if total is None or named is None:
            continue
        sides = [_line(ctx, number + 1), _line(ctx, number + 2)]
        if None in sides:
            continue
        noun = named.group("noun").casefold()
        for one, other in PAIRS:
            order = [_side(line[0], noun, one, other) for line in sides if line]
            if sorted(o for o in order if o is not None) != [0, 1]:
                continue
            yield from _relations(ctx, total, [line for line in sides if line])
            break


def _relations(
    ctx: Context, total: tuple[str, int, int | None], sides: list[tuple[str, int, int | None]]
) -> Iterator[Relation]:
    figures = [total[1]] + [side[1] for side in sides]
    if not counted_alike(ctx, figures) or len({ctx.mentions[j].period for j in figures}) != 1:
        return
    check = {"sum": [ctx.ref(side[1]) for side in sides]}
    yield Relation(total[1], check, 0.7, f"{ID}: the two lines after a total line name its two sides")
    for _, part, share in sides:
        if share is not None:
            check = {"share": {"part": ctx.ref(part), "whole": ctx.ref(total[1])}}
            yield Relation(share, check, 0.7, f"{ID}: a side's share of the total line, in brackets after it")


def _side(name: str, noun: str, one: re.Pattern[str], other: re.Pattern[str]) -> int | None:
    """0 or 1 when the line's name is one side's word followed by the total's noun, else None."""
    words = name.casefold()
    if not words.endswith(" " + noun):
        return None
    side = words[: -len(noun)].strip()
    if one.fullmatch(side):
        return 0
    return 1 if other.fullmatch(side) else None


def _line(ctx: Context, number: int) -> tuple[str, int, int | None] | None:
    """(name, level, bracketed percent or None) of a "<name>: <figure>" paragraph."""
    indexes = ctx.by_paragraph.get(number, [])
    if not indexes or len(indexes) > 2:
        return None
    level = indexes[0]
    text = ctx.paragraph_text(level)
    named = _NAME.match(text[: ctx.mentions[level].start])
    if named is None or not _level(ctx, level):
        return None
    share = indexes[1] if len(indexes) == 2 else None
    end = ctx.mentions[share].start if share is not None else len(text)
    rest = text[ctx.mentions[level].end : end]
    if not _REST.match(rest) or (share is None) != ("(" not in rest):
        return None
    if share is not None and (ctx.dimension(share) != "percent" or not re.match(r"\s*\)\s*$", ctx.after(share, 40))):
        return None
    return named.group("name"), level, share


def _level(ctx: Context, j: int) -> bool:
    mention = ctx.mentions[j]
    return ctx.statistic(j) and mention.type == "count" and ctx.dimension(j) not in (None, "percent", "points")
