"""The whole a share names, found where the text states it as such (English).

"A population of 8,894,534 are below the age of 18 representing 51 percent of the total
population. 2,783,364 people live in the urban …": the figure the words "the total population"
come nearest to is the next sentence's, smaller than the part, so not the whole meant. The whole
is then the earlier figure the text introduced with those words as its subject, "puts the total
population (de-jure) at 17,563,749": the name, at most a bracketed aside, and a linking verb or
colon right before the number ("Total population: 29,192,480"). It must be of the part's period,
a count like it and larger; a name followed by more words ("the population for males is") or
"of" ("a population of") introduces another figure.
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context, label_of
from factcheck.extract.infer.counted import counted_alike

_LINK = r"\s*(?:\([^()]{0,30}\)\s*)?(?:is|was|stood at|stands at|at|reached|totalled|totaled|amounted to|:)?\s*$"


def stated_earlier(ctx: Context, whole_name: str, part: int) -> int | None:
    """The nearest figure before `part` introduced by `whole_name` as its subject, that can be its whole."""
    name = re.sub(r"(?i)^(?:the|all)\s+", "", whole_name.strip())
    if not re.fullmatch(r"[A-Za-z][A-Za-z -]{2,40}", name):
        return None
    introduced = re.compile(rf"(?i)\b{re.escape(name)}{_LINK}")
    size = ctx.midpoint(part)
    for j in range(part - 1, -1, -1):
        if not ctx.statistic(j) or ctx.mentions[j].type != "count":
            continue
        if ctx.mentions[j].period != ctx.mentions[part].period:
            continue
        if not introduced.search(label_of(ctx, j)) or not counted_alike(ctx, [j, part]):
            continue
        whole = ctx.midpoint(j)
        if size is not None and whole is not None and whole > size:
            return j
    return None
