"""Chinese figures that share a name yet are two facts, for `same` (no pattern of its own).

- a percent of a named base (中位数是平均数的86.8%, 城镇居民…是平均数的91.5%): 是平均数的 names the base the
  figure is measured against, not the figure; each such figure is of the subject before it;
- two lists of one name in two sentences (全区…贡献率分别为14.2%、15.7%和70.1%。区本级…贡献率分别为14.4%、15.8%和
  69.8%): a list restated keeps its other members (a typo changes one of them); when no member of one list
  equals its place's member in the other, they are the lists of two subjects.
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

#: 是平均数的 / 为上年的 / 相当于全国平均水平的 just before a figure: it is measured against that base.
_OF_BASE = re.compile(r"(?:是|为|相当于|等于)[^，,；;。\d]{1,12}的$")
#: Between two members of one written list: 14.2%、15.7%和70.1%; 16.5:46.6:36.9.
_MEMBERS_APART = re.compile(r"\s*(?:[、和及与]|[:：∶︰])\s*")


def of_named_base(ctx: Context, i: int) -> bool:
    """The figure is a percent of the base its words name (是平均数的86.8%)."""
    return ctx.dimension(i) == "percent" and bool(_OF_BASE.search(ctx.before(i, 20)))


def list_of(ctx: Context, i: int) -> list[int]:
    """The members of the written list `i` belongs to (itself alone when it is in none)."""
    first = last = i
    while first > 0 and _members(ctx, first - 1, first):
        first -= 1
    while last + 1 < len(ctx.mentions) and _members(ctx, last, last + 1):
        last += 1
    return list(range(first, last + 1))


def _members(ctx: Context, a: int, b: int) -> bool:
    return (
        ctx.sentence_of[a] == ctx.sentence_of[b]
        and ctx.dimension(a) == ctx.dimension(b)
        and bool(_MEMBERS_APART.fullmatch(ctx.between(a, b)))
    )


def two_lists(ctx: Context, i: int, j: int) -> bool:
    """`i` and `j` hold one place in two lists of one length, and no place holds one value in both."""
    first, second = list_of(ctx, i), list_of(ctx, j)
    if len(first) < 2 or len(first) != len(second) or first.index(i) != second.index(j):
        return False
    return all(ctx.mentions[a].value != ctx.mentions[b].value for a, b in zip(first, second))
