"""A rate said to be like one of an earlier period the text does not state (English): `compare`
with that rate from a source, under `x-todo`.

"The National Consumer Price Index from February 2020 to March 2020 has increased by 1.1% similar
to the increase that was recorded from January 2020 to February 2020": the January-February
increase is not in the document, so whether the two are alike needs it from the source.

The words after the rate (and its period, "in the third quarter of 2024,"): "similar to" / "the
same as" / "equal to" / "in line with", then "the increase (rate, change, …) that was recorded in /
from / for …", up to the end of the sentence with no figure of their own (an earlier rate the text
states is the `same` and `difference` patterns' to read).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation
from factcheck.extract.infer.levels_after import is_rate

ID = "similar-earlier"

_SIMILAR = re.compile(
    r"(?i)^(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,40}?,?\s*(?:which\s+is\s+|and\s+is\s+)?(?:similar\s+to|the\s+same\s+as|equal\s+to|in\s+line\s+with)\s+"
    r"(?:the|that)\s+(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+was\s+)?(?:recorded|registered|observed|seen)\s+"
    r"(?:in|from|for|during|between)\b[^.;\d]*(?:\b(?:19|20)\d\d\b[^.;\d]*)*(?:[.;]|$)"
)
_NOTE = "the earlier period's rate is not in the document: name the source that gives it"


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for r in range(len(ctx.mentions)):
        if not is_rate(ctx, r) or not _SIMILAR.match(ctx.after(r, 160)):
            continue
        earlier = {"source": FILL + "a source id", "series": FILL + "the earlier period's rate it is said to be like"}
        yield Relation(r, {"compare": earlier}, 0.5, f"{ID}: a rate like an earlier one", todo=True, note=_NOTE)
