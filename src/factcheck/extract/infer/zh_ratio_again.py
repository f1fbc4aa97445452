"""A structure written as a ratio printed twice: `same`, member by member.

三次产业比例由上年的18.3∶45.6∶36.1调整为17.0∶49.6∶33.4 and, a paragraph on, 三次产业结构由2005年的
22.9∶40.0∶37.1调整为2010年的17.0∶49.6∶33.4: three or more figures joined by ratio colons only, with the
very same digits in the same order and the same period, are one structure stated twice (a ratio of
other figures never has all its members alike). The later statement carries the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation

ID = "zh-ratio-again"

_JOIN = re.compile(r"\s*[:：∶︰]\s*")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    first: dict[tuple, list[int]] = {}
    for members in _ratios(ctx):
        key = tuple(ctx.mentions[j].value for j in members) + (ctx.mentions[members[0]].period,)
        earlier = first.setdefault(key, members)
        if earlier is members or ctx.sentence_of[earlier[0]] == ctx.sentence_of[members[0]]:
            continue
        for j, k in zip(members, earlier, strict=True):
            yield Relation(j, {"same": ctx.ref(k)}, 0.75, f"{ID}: the ratio is stated again")


def _ratios(ctx: Context) -> Iterator[list[int]]:
    """Runs of three or more figures of one sentence with nothing but a ratio colon between them."""
    run: list[int] = []
    for i in range(len(ctx.mentions) + 1):
        joined = (
            run
            and i < len(ctx.mentions)
            and ctx.sentence_of[run[-1]] == ctx.sentence_of[i]
            and _JOIN.fullmatch(ctx.between(run[-1], i))
        )
        if joined:
            run.append(i)
            continue
        if len(run) >= 3:
            yield run
        run = [i] if i < len(ctx.mentions) and ctx.statistic(i) else []
