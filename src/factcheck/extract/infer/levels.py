"""English changes written beside both levels, in the orders `change` does not read:

- "Employment increased by 196,000 to 151.2 million, compared with 151.0 million in February": on
  the change, `difference` of the new level and the one compared with;
- "The deficit was $45.2 billion, down from $49.4 billion in February, a decrease of $4.2 billion":
  on the change, `difference` of the level and the earlier one.
Only figures of one sentence, in that order, of one dimension, the change a change by its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "levels"

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
#: A period after a level: "in February", "in March 2018", "in the first quarter", "a year earlier".
_WHEN = (
    rf"(?:\s+(?:in|for)\s+(?:the\s+)?(?:(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|"
    r"(?:first|second|third|fourth)\s+quarter(?:\s+(?:of\s+)?(?:19|20)\d\d)?|previous\s+(?:month|quarter|year)))?"
)
_BY_TO = re.compile(r"(?i)^\s*to\s*[$£€]?\s*$")
_COMPARED_WITH = re.compile(
    rf"(?i)^{_WHEN}\s*,?\s*(?:compared\s+(?:with|to)|(?:up|down)\s+from|as\s+against)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?:level\s+of\s+|total\s+of\s+|figure\s+of\s+)?[$£€]?\s*$"
)
_DOWN_FROM = re.compile(rf"(?i)^{_WHEN}\s*,\s*(?:(up)|(down))\s+from\s+[$£€]?\s*$")
_AND_CHANGE = re.compile(
    rf"(?i)^{_WHEN}\s*,\s*(?:(?:an?\s+)?(?:(increase|rise|gain)|(decrease|decline|fall|drop|loss))\s+of)\s*[$£€]?\s*$"
)
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:increased|decreased|rose|fell|grew|declined|dropped|gained|lost|climbed|was up|was down|"
    r"were up|were down)(?: by)?\s*[$£€]?\s*$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for n in range(len(ctx.mentions) - 2):
        yield from _by_to_compared(ctx, n, n + 1, n + 2)
        yield from _down_from_then_change(ctx, n, n + 1, n + 2)


def _one_sentence(ctx: Context, *indexes: int) -> bool:
    return len({ctx.sentence_of[k] for k in indexes}) == 1


def _levels(ctx: Context, *indexes: int) -> bool:
    return all(
        ctx.statistic(k) and ctx.quantities[k] is not None and ctx.mentions[k].type == "count" for k in indexes
    ) and ctx.dimension(indexes[0]) not in ("percent", "points")


def _by_to_compared(ctx: Context, n: int, level: int, earlier: int) -> Iterator[Relation]:
    """ "increased by 196,000 to 151.2 million, compared with 151.0 million in February"."""
    change = ctx.mentions[n]
    if change.type not in ("change", "difference") or not _one_sentence(ctx, n, level, earlier):
        return
    if not _CHANGED_BEFORE.search(ctx.before(n, 30)) or not _BY_TO.match(ctx.between(n, level)):
        return
    if not _COMPARED_WITH.match(ctx.between(level, earlier)) or not _levels(ctx, level, earlier):
        return
    if not same_dimension(ctx, [n, level, earlier]):
        return
    check = {"difference": [ctx.ref(level), ctx.ref(earlier)]}
    yield Relation(n, check, 0.8, f"{ID}: a change to a level, the level compared with stated after it")


def _down_from_then_change(ctx: Context, level: int, earlier: int, n: int) -> Iterator[Relation]:
    """ "The deficit was $45.2 billion, down from $49.4 billion in February, a decrease of $4.2 billion"."""
    if not _one_sentence(ctx, level, earlier, n) or not _levels(ctx, level, earlier):
        return
    way = _DOWN_FROM.match(ctx.between(level, earlier))
    change = _AND_CHANGE.match(ctx.between(earlier, n))
    if way is None or change is None or ctx.mentions[n].type not in ("change", "difference", "growth"):
        return
    if bool(way.group(2)) != bool(change.group(2)) or not same_dimension(ctx, [level, earlier, n]):
        return  # "down from …, an increase of": the words disagree
    written_negative = ctx.mentions[n].negative or ctx.mentions[n].value.lstrip().startswith(("-", "−"))
    went_down = way.group(2) is not None and not written_negative
    pair = [ctx.ref(earlier), ctx.ref(level)] if went_down else [ctx.ref(level), ctx.ref(earlier)]
    yield Relation(n, {"difference": pair}, 0.8, f"{ID}: a level, the earlier level, then the change between")
