"""A change and the level it led to, bracketed, the earlier level unstated: `difference` under `x-todo`.

Under a lead about changes ("Contributing to the record were increases from the following
countries;") a list item brackets two figures, "Ruritania (4,120 to 38,905)": the change and the
level it reached (`extract.listedpairs` reads them so). The level before the change is the earlier
period's, which the release does not state: the change is the level less that earlier level, from a
source. The prose form ("increased by 4,120 to 38,905") is the `earlier` pattern's. English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference

ID = "change-to-level"

_OPEN = re.compile(r"\(\s*$")
_TO = re.compile(r"\s+to\s+")
_CLOSE = re.compile(r"^\s*\)")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions[:-1]):
        level = i + 1
        if mention.type != "change" or ctx.mentions[level].type != "count" or not ctx.statistic(i):
            continue
        if not _OPEN.search(ctx.before(i, 4)) or not _TO.fullmatch(ctx.between(i, level)):
            continue
        if not _CLOSE.match(ctx.after(level, 4)) or ctx.dimension(i) != ctx.dimension(level):
            continue
        earlier = {
            "source": FILL + "a source id",
            "series": FILL + f"the series of {ctx.ref(level)}, for the earlier period",
            "period": FILL + "the period compared with (the period before, as the text compares)",
        }
        rule = f"{ID}: a change and the level it led to; the earlier level is not in the document"
        yield outside_difference(i, ctx.ref(level), earlier, False, rule, "the earlier period's figure")
