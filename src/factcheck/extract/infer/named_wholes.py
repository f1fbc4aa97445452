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
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.later_levels import half_unit

#: "the", "all", a possessive owner ("the country's", "the Kingdom’s") and "overall" (the whole
#: itself, as "total") before the whole's name.
_OWNER = re.compile(r"(?i)^(?:(?:the|all)\s+)?(?:[a-z][\w.-]*['’]s\s+)?(?:overall\s+)?")


#: A figure's own words that make it a part of a named whole: "… 5 percent of total sales, with a value of".
_SHARE_OF = re.compile(r"(?i)(?:percent|per cent|%)\s*of\s+([^,.;()]+)[^.;]*$")  # in the figure's own sentence


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
            found = _SHARE_OF.search(label)
            if found is not None:
                index.setdefault(whole_key(found.group(1)), []).append(j)
        ctx.memo["parts_by_words"] = index
    return tuple(index.get(whole_key(name), ()))


def parts_adding_up(ctx: Context, shares: list[Relation]) -> Iterator[Relation]:
    """`sum` on a whole whose parts a paragraph lists with their shares of it, the shares adding up to
    100 within their rounding ("non-oil 17.5 percent, oil 75 percent, re-exports 7.6 percent of total
    exports"): the parts are the whole; drafted when they add up to it within their own rounding."""
    groups: dict[tuple[int, str], list[Relation]] = {}
    for relation in shares if ctx.english else []:  # English: Chinese lists of parts are the partition's
        check = relation.check.get("share")
        if not relation.todo and isinstance(check, dict) and isinstance(check.get("whole"), str):
            groups.setdefault((ctx.mentions[relation.claim].paragraph, check["whole"]), []).append(relation)
    position = {ctx.ref(j): j for j in range(len(ctx.mentions))} if groups else {}
    for (_, whole_ref), group in groups.items():
        parts = [position.get(r.check["share"]["part"], -1) for r in group]
        whole = position[whole_ref]
        if len(group) < 2 or len(set(parts)) < len(parts) or whole in parts or -1 in parts:
            continue
        percents = [ctx.midpoint(r.claim) for r in group]
        sizes = [ctx.midpoint(p) for p in parts]
        if None in percents or None in sizes or ctx.midpoint(whole) is None:
            continue
        if abs(sum(percents) - 100) > sum(half_unit(ctx, r.claim) for r in group) + 1e-9:
            continue
        slack = sum(half_unit(ctx, p) for p in parts) + half_unit(ctx, whole)
        if abs(sum(sizes) - ctx.midpoint(whole)) <= slack + 1e-9:
            yield Relation(whole, {"sum": [ctx.ref(p) for p in parts]}, 0.6, "share: parts whose shares add up to 100")
