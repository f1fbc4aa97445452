"""A mark passed for the first time (English): every earlier value of the series is below it, values
the document does not give: an `order` of the mark against a source under `x-todo`.

"Monthly visitor numbers topped the 80,000 mark for the first time ever in July with 85,704
arrivals": 85,704 above 80,000 is in the text; that no earlier month reached 80,000 is not. The
mark is the highest of the earlier values (descending; "fell below the 2 percent mark for the first
time" ranks it the lowest, ascending).

The words are a verb of passing ("topped", "exceeded", "surpassed", "crossed", "broke through",
"rose above", "fell below") and "the" before the figure, "mark" ("threshold", "barrier",
"milestone", "level") after it, and "for the first time" in the rest of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.order import outside_order

ID = "first-time"

_PASSED = re.compile(
    r"(?i)\b(?:(?P<up>topped|exceeded|surpassed|crossed|passed|broke\s+through|rose\s+above|went\s+over)"
    r"|(?P<down>fell\s+below|dropped\s+below|dipped\s+below|went\s+under))\s+the\s*$"
)
_MARK = re.compile(r"(?i)^\s*(?:mark|threshold|barrier|milestone|level)\b[^.;]{0,40}?\bfor\s+the\s+first\s+time\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        found = _PASSED.search(ctx.before(i, 40))
        if found is None or not ctx.statistic(i) or not _MARK.match(ctx.after(i, 80)):
            continue
        why = f"{ID}: a mark passed for the first time, the earlier values not in the document"
        yield outside_order(ctx, i, found.group("up") is not None, why, across="period")
