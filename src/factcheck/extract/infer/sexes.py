"""A total split between men and women in its own sentence (English): `sum`.

"the slight reduction of employment (-0.1%, -27 thousand) concerned both men (-0.1%, -9 thousand)
and women (-0.2%, -18 thousand)"; "inactive people (+2.3%, +301 thousand) – three times higher for
men (+3.9%, +191 thousand) than for women (+1.3, +110 thousand)": men and women are every person,
so the two figures make up the total stated just before them.

- the words say the split: "both men … and women", or "for men … than for women" (males, females);
- the men's and the women's figure are the first counted figure after each word (the women's of
  the men's unit), and the total the last figure of that unit before "men" in the sentence;
- percentages and points never add up this way (rates of men and women average, they do not sum).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "sexes"

_SPLIT = re.compile(
    r"(?i)\b(?:both\s+(?P<men>men|males)\b.{0,80}?\band\s+(?P<women>women|females)\b"
    r"|\bfor\s+(?P<men2>men|males)\b.{0,80}?\bthan\s+for\s+(?P<women2>women|females)\b)"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for members in ctx.by_sentence.values():
        text = ctx.paragraph_text(members[0])
        first, last = ctx.mentions[members[0]].start, ctx.mentions[members[-1]].end
        begin = max(text.rfind(". ", 0, first), -1) + 1
        for found in _SPLIT.finditer(text, begin, last):
            men = found.end("men") if found.group("men") else found.end("men2")
            women = found.end("women") if found.group("women") else found.end("women2")
            yield from _split(ctx, members, men, women)


def _split(ctx: Context, members: list[int], men_at: int, women_at: int) -> Iterator[Relation]:
    counted = [j for j in members if ctx.dimension(j) not in (None, "percent", "points")]
    men = [j for j in counted if men_at <= ctx.mentions[j].start < women_at]
    if not men:
        return
    alike = [j for j in counted if _written_unit(ctx, j) == _written_unit(ctx, men[0])]  # not "three times"
    before = [j for j in alike if ctx.mentions[j].end <= men_at - 3]
    women = [j for j in alike if ctx.mentions[j].start >= women_at]
    if not before or not women:
        return
    total, part_men, part_women = before[-1], men[0], women[0]
    if not same_dimension(ctx, [total, part_men, part_women]):
        return
    if len({ctx.mentions[j].type for j in (total, part_men, part_women)}) != 1:
        return  # a level split into changes, or the other way round: not one measure
    why = f"{ID}: men and women make up the total stated before them"
    yield Relation(total, {"sum": [ctx.ref(part_men), ctx.ref(part_women)]}, 0.75, why)


def _written_unit(ctx: Context, j: int) -> tuple[str | None, str | None, str]:
    """Dimension, unit and scale word as written: "+191 thousand" and "+1.3" (a percent whose sign
    was left out) are not figures of one unit, though neither names a unit."""
    mention = ctx.mentions[j]
    scale = re.search(r"[A-Za-z]+$", mention.value)
    return ctx.dimension(j), mention.unit, scale.group().lower() if scale else ""
