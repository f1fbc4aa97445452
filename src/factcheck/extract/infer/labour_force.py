"""The labour force is the employed plus the unemployed (English): `sum`.

"The number of employed persons increased by 543 000 … Unemployment increased by 2,2 million …
resulting in an increase of 2,8 million … in the number of people in the labour force"; "the number
of 16-74 year olds active on the labour market was estimated to be 207,700 … the number of employed
persons was estimated to be 196,200 and 11,400 unemployed": by definition, for levels and for their
changes alike.

Each figure's role comes from its own words: those before it back to the previous figure or comma,
else those after it up to the next figure, comma or "and" (brackets left out); "not economically
active" names no one. A paragraph with exactly one
labour force, one employed and one unemployed figure of one kind (levels, or changes) and period
draws the sum; rates never (they are in percent).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "labour-force"

_ROLES = (
    ("force", re.compile(r"(?i)\blabou?r force\b|\bactive\b")),
    ("employed", re.compile(r"(?i)(?<!un)(?<!self-)\bemploy(?:ed|ment)\b")),
    ("unemployed", re.compile(r"(?i)\bunemploy(?:ed|ment)\b")),
)
_NOT_A_COUNT = re.compile(r"(?i)\brate\b|\bratio\b|\bparticipation\b|\bnot (?:economically )?active\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for indexes in ctx.by_paragraph.values():
        counts = [j for j in indexes if _count(ctx, j)]
        roles = {j: _role(ctx, j, counts) for j in counts}
        for kind in ("level", "change"):
            for period in sorted({ctx.mentions[j].period for j in counts}, key=str):
                found = {
                    name: [
                        j
                        for j in counts
                        if roles[j] == name and _kind(ctx, j) == kind and ctx.mentions[j].period == period
                    ]
                    for name, _ in _ROLES
                }
                if any(len(members) != 1 for members in found.values()):
                    continue
                force, employed, unemployed = found["force"][0], found["employed"][0], found["unemployed"][0]
                if same_dimension(ctx, [force, employed, unemployed]):
                    why = f"{ID}: the labour force is the employed plus the unemployed"
                    yield Relation(force, {"sum": [ctx.ref(employed), ctx.ref(unemployed)]}, 0.7, why)


def _count(ctx: Context, j: int) -> bool:
    """A number of people (in persons, or with no unit), not a rate."""
    return ctx.statistic(j) and ctx.quantities[j] is not None and ctx.dimension(j) in ("count", "")


def _kind(ctx: Context, j: int) -> str:
    return "level" if ctx.mentions[j].type == "count" else "change"


def _role(ctx: Context, j: int, counts: list[int]) -> str | None:
    """What the figure counts, from its own words before it, else after it."""
    text = ctx.paragraph_text(j)
    mention = ctx.mentions[j]
    figures = [k for k in ctx.in_paragraph(j) if ctx.statistic(k)]
    start = max([ctx.mentions[k].end for k in figures if k < j] + [text.rfind(". ", 0, mention.start) + 1, 0])
    before = re.split(r"[,;]", text[start : mention.start])[-1]
    sentence_end = text.find(". ", mention.end)
    after = re.sub(r"\([^()]*\)", " ", text[mention.end : sentence_end if sentence_end >= 0 else len(text)])
    after = re.split(r"[,;\d]|\band\b", after)[0]
    for words in (before, after):
        named = [name for name, pattern in _ROLES if pattern.search(words)]
        if named:
            return named[0] if len(named) == 1 and not _NOT_A_COUNT.search(words) else None
    return None
