"""One name, one whole (English shares).

"Oil sales reached 80, accounting for 40 percent of total sales, while service sales came to 20,
representing 10 percent of total sales": every share of the same named whole ("total sales") is
of the same figure, and a figure the text gave as a part of that whole is never the whole itself.
The nearest figure whose words hold the whole's name ("oil sales") is then not taken for it, nor
one whose own words make it a share of that name ("accounting for 5 percent of total sales, with a
value of 10": a part).
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context

#: "the", "all", a possessive owner ("the country's", "the Kingdom’s") and "overall" (the whole
#: itself, as "total") before the whole's name.
_OWNER = re.compile(r"(?i)^(?:(?:the|all)\s+)?(?:[a-z][\w.-]*['’]s\s+)?(?:overall\s+)?")


#: A figure's own words that make it a part of a named whole: "… 5 percent of total sales, with a value of".
_SHARE_OF = re.compile(r"(?i)(?:percent|per cent|%)\s*of\s+([^,.;()]+)")


def whole_key(name: str) -> str:
    """The whole's name as the shares of one document repeat it: "the Kingdom's total exports" → "total exports",
    "the overall trade" → "trade"."""
    return " ".join(_OWNER.sub("", name.strip()).casefold().split())


class NamedWholes:
    """The wholes and parts the shares of one document have named so far, by the whole's name."""

    def __init__(self) -> None:
        self.wholes: dict[str, int] = {}
        self.parts: dict[str, set[int]] = {}

    def settle(self, ctx: Context, name: str, part: int | None, whole: int | None, percent: float | None) -> int | None:
        """The whole of a share of `name` with `part`: the one an earlier share of that name had, if it
        can hold the part; never a figure stated as a part of that name; never one smaller than the
        part of a share under 100 percent."""
        key = whole_key(name)
        known = self.wholes.get(key)
        if known is not None and part is not None and known != part and larger(ctx, known, part):
            whole = known
        elif whole is not None and whole in self.parts.get(key, set()):
            whole = None
        if whole is not None and part is not None and percent is not None and percent < 100:
            if not larger(ctx, whole, part):
                whole = None
        if part is not None:
            self.parts.setdefault(key, set()).add(part)
        if whole is not None and key and key not in self.wholes:
            self.wholes[key] = whole
        return whole


def larger(ctx: Context, whole: int, part: int) -> bool:
    """Whether `whole` is at least `part` (unknown sizes pass)."""
    a, b = ctx.midpoint(part), ctx.midpoint(whole)
    return a is None or b is None or abs(a) <= abs(b)


def parts_by_words(ctx: Context, name: str) -> tuple[int, ...]:
    """The figures whose own words state them as a part of the whole `name`."""
    index = ctx.memo.get("parts_by_words")
    if index is None:
        index = {}
        for j, label in enumerate(ctx.labels):
            for found in _SHARE_OF.finditer(label):
                index.setdefault(whole_key(found.group(1)), []).append(j)
        ctx.memo["parts_by_words"] = index
    return tuple(index.get(whole_key(name), ()))
