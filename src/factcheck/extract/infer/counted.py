"""Counts written with and without their unit word: "17,563,749 … 2,783,364 people".

Releases name what is counted once and then drop the word ("the total population at 17,563,749 …
2,783,364 people live in the urban"): a bare number beside a count of people is a count of the
same things. Only patterns whose words already say part and whole use this; a bare number is
never taken for a count on its own.
"""

from __future__ import annotations

from factcheck.extract.infer.base import Context, same_dimension


def counted_alike(ctx: Context, indexes: list[int]) -> bool:
    """Same dimension, or counts of people mixed only with bare numbers (no unit word)."""
    if same_dimension(ctx, indexes):
        return True
    dims = {ctx.dimension(i) for i in indexes}
    bare = [i for i in indexes if ctx.dimension(i) == ""]
    return dims == {"", "count"} and all(ctx.mentions[i].unit is None and ctx.mentions[i].type == "count" for i in bare)
