"""A change and its percent joined by "or", with both levels in their sentence (English):
`difference` of the levels on the change, `growth` from the earlier level to the later on the percent.

- "The stock reached 48,200 units, which represented an increase of 2,200 units or 4.8 per cent when
  compared to the 46,000 units of a year before": the level before the change, the earlier level
  after the percent ("compared to", "over", "from", "against" the earlier);
- "Sales fell by 1,500 or 6.0 per cent, from a total of 25,000 in March to 23,500 in April": both
  levels after the percent, "from" the earlier "to" the later;
- "… a decrease of 120 or 20 per cent where the March figure was 600 and the April total was
  480": both levels after, the earlier first by their periods.
The change and the percent must carry the sign their words give (a decrease written negative): a
sign the extraction lost would make the check fail on a consistent text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.counted import counted_alike

ID = "change-and-rate"

_DOWN = r"decrease|decline|fall|drop|reduction|loss|decreased|declined|fell|dropped|lost|contracted"
_WAY = rf"(?:(?P<down>{_DOWN})|increase|rise|gain|growth|increased|rose|grew|gained|climbed|expanded)"
#: ", which represented a decrease of", " such people, representing an increase of"
_LEVEL_THEN_CHANGE = re.compile(
    r"(?i)^(?:\s+[a-z]+){0,3}\s*,\s*(?:which\s+)?(?:represent\w*|indicat\w*|show\w*|mark\w*|reflect\w*|"
    rf"was|were|is|being)?\s*(?:an?\s+)?(?:net\s+)?{_WAY}\s+(?:of|by)\s*$"
)
#: "decreased by", "a decrease of" just before the change
_CHANGE_WORDS = re.compile(rf"(?i)\b{_WAY}(?:\s+(?:of|by))?\s*$")
_OR = re.compile(r"(?i)^(?:\s+[a-z]+)?\s*,?\s*or\s*(?:about|nearly|almost|some)?\s*$")
_COMPARED_EARLIER = re.compile(
    r"(?i)^\s*(?:(?:when|as)\s+)?(?:compared\s+(?:to|with)|over|from|against)\s+(?:the\s+)?"
    r"(?:(?:level|figure|total|tally)\s+of\s+)?$"
)
_FROM = re.compile(r"(?i)\bfrom\s+(?:an?\s+|the\s+)?(?:(?:level|figure|total|tally)\s+of\s+)?$")
_TO = re.compile(r"(?i)\bto\s+(?:the\s+|a\s+)?(?:(?:level|figure|total|tally)\s+of\s+)?$")
_PERIOD_FORM = re.compile(r"(?:19|20)\d\d(?:-(?:Q[1-4]|\d\d))?")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for change in range(len(ctx.mentions) - 1):
        rate = change + 1
        if not _change_and_rate(ctx, change, rate):
            continue
        for level, earlier, rule in _levels(ctx, change, rate):
            yield Relation(change, {"difference": [ctx.ref(level), ctx.ref(earlier)]}, 0.8, f"{ID}: {rule}")
            check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
            yield Relation(rate, check, 0.8, f"{ID}: {rule}")


def _negative(ctx: Context, k: int) -> bool:
    mention = ctx.mentions[k]
    return bool(mention.negative or mention.value.lstrip().startswith(("-", "−")))


def _change_and_rate(ctx: Context, change: int, rate: int) -> bool:
    """A change in the figure's unit, "or" its percent, their signs the ones the words before give."""
    if ctx.sentence_of[change] != ctx.sentence_of[rate] or ctx.dimension(rate) != "percent":
        return False
    if ctx.mentions[change].type not in ("change", "difference") or ctx.dimension(change) in (
        None,
        "percent",
        "points",
    ):
        return False
    if not ctx.statistic(change) or not ctx.statistic(rate) or not _OR.match(ctx.between(change, rate)):
        return False
    way = _CHANGE_WORDS.search(ctx.before(change, 40))
    if way is None:
        return False
    down = way.group("down") is not None
    return _negative(ctx, change) == down and _negative(ctx, rate) == down


def _level(ctx: Context, k: int, change: int) -> bool:
    """A level the change can be of: a count of the change's unit (or the change's unit unstated)."""
    if not ctx.statistic(k) or ctx.mentions[k].type != "count" or ctx.quantities[k] is None:
        return False
    dimension, own = ctx.dimension(k), ctx.dimension(change)
    return dimension not in (None, "", "percent", "points") and own in ("", dimension) or dimension == own == ""


def _levels(ctx: Context, change: int, rate: int) -> Iterator[tuple[int, int, str]]:
    sentence = [k for k in ctx.in_sentence(change) if ctx.statistic(k)]
    before = [k for k in sentence if k < change]
    after = [k for k in sentence if k > rate]
    if before and len(after) >= 1 and _LEVEL_THEN_CHANGE.match(ctx.between(before[-1], change)):
        level, earlier = before[-1], after[0]
        if (
            _level(ctx, level, change)
            and _level(ctx, earlier, change)
            and _COMPARED_EARLIER.match(ctx.between(rate, earlier))
            and _alike(ctx, level, earlier)
        ):
            yield level, earlier, "a level, its change or percent, then the level compared with"
        return
    if before or len(after) != 2 or not all(_level(ctx, k, change) for k in after):
        return
    first, second = after
    if not _alike(ctx, first, second):
        return
    if _FROM.search(ctx.between(rate, first)) and _TO.search(ctx.between(first, second)):
        yield second, first, "a change or its percent, from the earlier level to the later"
        return
    periods = [ctx.mentions[k].period or "" for k in after]
    if all(_PERIOD_FORM.fullmatch(p) for p in periods) and len({len(p) for p in periods}) == 1:
        if periods[0] < periods[1] and re.search(r"(?i)\band\b", ctx.between(first, second)):
            yield second, first, "a change or its percent, then the two levels of their periods"


def _alike(ctx: Context, one: int, other: int) -> bool:
    """Levels of one dimension, or "245,300 such people … from the 254,800 women": one count's unit
    word left out."""
    return ctx.dimension(one) == ctx.dimension(other) or counted_alike(ctx, [one, other])
