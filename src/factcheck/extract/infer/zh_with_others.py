"""Parts listed after 其中 whose last part is "the others" (及其他): a complete set, `sum` on the total.

资质以上建筑业企业共39家。其中，一级企业1家；二级企业4家；三级及其他企业34家: the last part takes in
whatever the named ones leave, so the parts exhaust the total, whatever their names. The total is the
count before 其中 (its own changes may stand between), of the parts' dimension and period; the parts
follow each other, joined by 、 ； ; 和 及 与 with no figure of another dimension between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, label_of, same_dimension

ID = "zh-with-others"

_OPENER = re.compile(r"^[^\d。]{0,24}[。；;，,]?\s*其中[，,：:]?[^\d。；;，,]{0,16}$")  # 家。其中，一级企业
_JOIN = re.compile(r"[^\d，,。]{0,3}[、；;和及与][^\d，,。；;]{0,16}")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for total, mention in enumerate(ctx.mentions):
        if mention.type != "count" or not ctx.statistic(total) or "其中" not in ctx.after(total, 24):
            continue
        parts = _listed(ctx, total)
        if len(parts) >= 2 and "及其他" in label_of(ctx, parts[-1]):
            check = {"sum": [ctx.ref(j) for j in parts]}
            why = f"{ID}: the parts, the last of them the others (及其他), make up the whole"
            yield Relation(total, check, 0.85, why)


def _listed(ctx: Context, total: int) -> list[int]:
    """The counts listed right after the total's 其中, in the total's dimension and period."""
    later = [j for j in ctx.in_paragraph(total) if j > total and ctx.statistic(j)]
    before = total
    while later and ctx.mentions[later[0]].type in ("change", "growth") and "其中" not in ctx.between(total, later[0]):
        before = later.pop(0)  # 共39家，比上年增加21家。其中…: the total's own change comes before its parts
    if not later or not _OPENER.match(ctx.between(before, later[0])):
        return []
    listed: list[int] = []
    for j in later:
        if ctx.mentions[j].type != "count" or not same_dimension(ctx, [total, j]):
            break
        if ctx.mentions[j].period != ctx.mentions[total].period:
            break
        if listed and not _JOIN.fullmatch(ctx.between(listed[-1], j)):
            break
        listed.append(j)
    return listed
