"""Points between the rate stated earlier in the document and the earlier period's rate (English):
`difference`.

"during the twelve months to March 2030 the price index (PI) for the island increased by 3.1% …" /
"the increase in the PI over the twelve months to December 2029 was 2.6%; hence, the annual rate
of inflation increased by 0.5 percentage points (pp) in the latest quarter": the points sentence
states the earlier period's rate only; the rate now is the first figure in percent of the points'
period, stated before, whose sentence names the same series by its abbreviation (PI). The change
is the rate now minus the earlier one, as signed ("fell by 0.3 pp" is read as −0.3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "earlier-rate-points"

#: The earlier rate, then the points: "… was 2.6%; hence, the annual rate … increased by".
_HENCE = re.compile(r"(?i)^%?\s*[;,]?\s*(?:hence|so|thus|therefore|meaning|which means)\b[^.;\d]{0,80}$")
_ABBREVIATION = re.compile(r"\b[A-Z]{2,5}\b")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if ctx.dimension(i) != "points" or mention.period is None:
            continue
        old = i - 1  # the rate right before, in its paragraph (a semicolon may end its sentence)
        if i == 0 or ctx.mentions[old].paragraph != mention.paragraph or ctx.dimension(old) != "percent":
            continue
        if not _HENCE.match(ctx.between(old, i)):
            continue
        if ctx.mentions[old].period in (None, mention.period):
            continue
        names = _abbreviations(ctx, old)
        if not names:
            continue
        new = next((k for k in range(old) if _rate_now(ctx, k, mention.period, names)), None)
        if new is not None:
            check = {"difference": [ctx.ref(new), ctx.ref(old)]}
            yield Relation(i, check, 0.65, f"{ID}: the points between the rate now and the earlier rate")


def _abbreviations(ctx: Context, j: int) -> frozenset[str]:
    """The abbreviations naming the earlier rate's series in its sentence, before the figure."""
    text = ctx.paragraph_text(j)
    start = ctx.mentions[j].start
    return frozenset(_ABBREVIATION.findall(text[max(text.rfind(". ", 0, start), -1) + 1 : start]))


def _rate_now(ctx: Context, k: int, period: str, names: frozenset[str]) -> bool:
    """A rate in percent of the period, whose sentence names every abbreviation of the series."""
    if ctx.dimension(k) != "percent" or ctx.mentions[k].period != period or not ctx.statistic(k):
        return False
    text = ctx.paragraph_text(k)
    start = ctx.mentions[k].start
    sentence = text[max(text.rfind(". ", 0, start), -1) + 1 : start]
    return names <= frozenset(_ABBREVIATION.findall(sentence))
