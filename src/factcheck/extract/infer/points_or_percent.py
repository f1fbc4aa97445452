"""An index's change written twice, in points and in percent, its levels unstated: `growth` under `x-todo`.

"Among the groups which decreased were: Fuel by 6.5 points or 3.5 percent; Clothing by 1.6 points or
1.6 per cent": the percent is the change of the group's index over its earlier level, and neither
level is in the release. The check is the growth between the two levels, both from a source (the
points are their difference). Not when a level of the index stands in the paragraph (then a pattern
of the text checks it). English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation

ID = "points-or-percent"

#: Between the change in points and the one in percent: "points or", "of a point or".
_OR = re.compile(r"(?i)\s*(?:of an? point\s*)?or\s*")
#: What ends a list item's subject before its change ("Food by", "; and Transportation by").
_ITEM_START = re.compile(r"[:;,.]\s*(?:and\s+)?(?=[^:;,.]*$)")
_CHANGE_WORDS = re.compile(
    r"(?i)\s+(?:(?:rose|fell|increased|decreased|declined|went up|went down|was up|was down|moved)\s*)?(?:by\s*)?$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions) - 1):
        j = i + 1
        points, percent = ctx.mentions[i], ctx.mentions[j]
        if (points.unit or "") not in ("points", "point") or ctx.dimension(j) != "percent":
            continue
        if points.paragraph != percent.paragraph or not _OR.fullmatch(ctx.between(i, j)):
            continue
        if any(not ctx.dimension(k) and ctx.statistic(k) for k in ctx.in_paragraph(j)):
            continue  # "stood at 164.3 points, a decrease of 0.7 per cent": a level is in the paragraph
        subject = _subject(ctx, i)
        if not subject:
            continue
        now = {"source": FILL + "a source id", "series": FILL + f"the index of {subject}"}
        if percent.period:
            now["period"] = percent.period
        then = {**now, "period": FILL + "the period compared with (the period before, as the text compares)"}
        note = "neither index level is in the document: name the source that gives them"
        rule = f"{ID}: a change in points and in percent of an index whose levels are not stated"
        yield Relation(j, {"growth": {"from": then, "to": now}}, 0.5, rule, todo=True, note=note)


def _subject(ctx: Context, i: int) -> str:
    """The words naming the index before its change: the list item's name ("Fuel and Light")."""
    before = ctx.paragraph_text(i)[: ctx.mentions[i].start]
    starts = list(_ITEM_START.finditer(before))
    item = before[starts[-1].end() :] if starts else before
    subject = _CHANGE_WORDS.sub("", item).strip()
    return subject if re.search(r"[A-Za-z]{3}", subject) else ""
