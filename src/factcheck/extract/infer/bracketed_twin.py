"""A figure restated in another unit in brackets right after it (516万吨(103.2亿斤)): the pair the
change patterns read together."""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

_OPEN = re.compile(r"^\s*[(（]\s*$")


def bracketed_after(ctx: Context, i: int) -> int | None:
    """The next figure when it restates figure `i` in brackets right after it: 516万吨(103.2亿斤)."""
    j = i + 1
    if j < len(ctx.mentions) and ctx.mentions[j].paragraph == ctx.mentions[i].paragraph:
        if _OPEN.match(ctx.between(i, j)) and ctx.paragraph_text(j)[ctx.mentions[j].end :].lstrip()[:1] in ")）":
            return j
    return None
