"""Changes stated with both levels, or with the level and the rate of change.

- "revised down by 32,000, from +504,000 to +472,000", 由A提高到B，提高X个百分点: on X,
  `difference: [B, A]` (two rates give percentage points, as the text writes them);
- 从A增加到B，增长r% / "from A to B, or r percent": on r, `growth: {from: A, to: B}`;
- "rose by 9 cents, or 0.3 percent, to $33.18", "up 3.3% (+$0.99 to $31.06)", 比上年末增加N，
  增长r% beside the level L: on r, `formula: N / (L − N) × 100` (the earlier level is L − N).
- "was $68.9 billion in March, up $4.2 billion from $64.7 billion": on the change, `difference` of
  the levels; "rose by 25,000 to 19.2 million, an increase of 0.1 percent": as "by N, or r, to L";
- "revised down by 32,000 …, revised up by 15,000 … combined is 17,000 lower than previously
  reported": on the combined figure, `sum` of the revisions stated before it in its paragraph;
- "… at a rate of 1,446,000. This is 3.4 percent (±1.3 percent) above the revised May rate of
  1,399,000": on the percent, `growth: {from: 1,399,000, to: 1,446,000}` (the level is the one the
  sentence, or the sentence "This is …" follows, is about; the sign the words give must be the value's).
Only figures of one sentence, in the order the words give, and of one dimension.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, same_dimension
from factcheck.extract.infer.level_rates import bracketed_after, level_change_rate

ID = "change"

_FROM = re.compile(r"(?i)(?:\bfrom\b|从|由)[^,，;；。\d]{0,20}$")
#: "to B" after "from A", a period of A between: "from 24.497 million in 2017 to", "in February to", "last year to".
_TO = re.compile(
    r"(?i)^(?:\s+in\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:19|20)\d\d|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:first|second|third|fourth)\s+quarter)(?:\s+(?:19|20)\d\d)?)"
    r"|\s+(?:last|the previous|a)\s+(?:year|month|quarter)(?:\s+(?:earlier|ago))?)?"
    # a currency code may follow "to": "to VT 172 million"
    r"[^,，;；。\d]{0,6}(?:\bto\b|到|至|为)(?:\s+(?:its|the)\s+(?:current|latest|present|new)\s+level\s+of)?"
    r"(?:\s?[A-Z][A-Za-z]{0,2}\$?(?=\s))?[^,，;；。\d]{0,3}$"  # "to its current level of 5.2 per cent"
)
_PERCENT = ("%", "％", "percent", "per cent")
_CHANGE_NOUN = r"(?:decline|decrease|increase|rise|growth|fall|drop|reduction|contraction)"
#: The change named after "from A to B" (", showing sharp decline of", ", which is an increase of") or before it.
_SHOWING_CHANGE = re.compile(
    r"(?i)^(?:\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d)?\s*,?\s*(?:(?:which|this|that)\s+(?:is|was)\s+)?"
    rf"(?:(?:showing|indicating|registering|recording|reflecting|marking|representing)\s+)?"
    rf"(?:an?\s+)?(?:[a-z]+\s+)?{_CHANGE_NOUN}\s+of\s*(?:about|around|nearly|some)?\s*$"
)
_GOING_FROM = re.compile(
    rf"(?i)^\s*(?:%|per ?cent|percentage points?)?\s*(?:{_CHANGE_NOUN}\s*,?\s*)?(?:by\s+)?(?:going|moving)\s+"
    r"(?:up|down)(?:wards?)?\s+from\s*[$€£¥]?\s*$"  # "by 0.7 percentage points moving downwards from"
    + r"|^\s*(?:%|per ?cent)?\s*from\b[^,;.\d]{0,20}$"  # "by 0.6 per cent from an index of"
)
# Words right before a number that make it a change: by 9 cents, (+43,000, increased $3.4 billion, 增加6.1万
_CHANGE_BEFORE = re.compile(
    r"(?i)(?:\bby|[-+−(]|\b(?:increased|decreased|rose|fell|grew|declined|gained|lost|added|increasing|decreasing)"
    r"|\b(?:increase|decrease|decline|rise|fall|drop|gain|loss) of|增加|减少)\s*[$£€¥]?$"
)


def infer(ctx: Context) -> Iterator[Relation]:
    with_level: set[int] = set()  # a rate whose earlier level the text states: no outside level to ask for
    for i in range(len(ctx.mentions)):
        for relation in (*_from_to(ctx, i), *_change_percent(ctx, i), *level_change_rate(ctx, i, ID)):
            with_level.add(relation.claim)
            yield relation
    for i in range(len(ctx.mentions) - 2):
        for relation in _up_from(ctx, i):
            with_level.add(relation.claim)
            yield relation
    for i in range(len(ctx.mentions)):
        if i not in with_level:
            yield from _percent_of_outside_level(ctx, i)
    yield from _combined_revisions(ctx)
    for i in range(len(ctx.mentions)):
        yield from _points_between_rates(ctx, i)
        yield from _percent_against_base(ctx, i)


_AGAINST = re.compile(
    r"(?i)^\s*(?:percent|per cent|%)?\s*(?:\([^()]{0,40}\)\*?)?\s*(?:(above|higher than|more than|up from)|"
    r"(below|lower than|less than|down from)|(from))\s+the\s+"
    r"(?:(?:[^.;,\d]|\b(?:19|20)\d\d\b|\b\d{1,2},\s(?=(?:19|20)\d\d\b)){0,40}?"
    r"\b(?:rate|figure|estimate|level|value|total|number|reading)\s+(?:of|at)\s*)?\$?$"
)
_BASE_BEFORE = re.compile(r"(?i)\b(?:above|below|than|from)\b(?:[^.;,\d]|\b(?:19|20)\d\d\b){0,48}$")


def _percent_against_base(ctx: Context, r: int) -> Iterator[Relation]:
    """ "1,446,000. This is 3.4 percent above the revised May rate of 1,399,000, but is 3.1 percent
    below the June 2023 rate of 1,493,000", "totaled 94.4 million head, 1 percent above the 93.7
    million head on January 1, 2017": on each percent, the growth from the base to the level."""
    if not ctx.english or ctx.mentions[r].unit not in _PERCENT or ctx.quantities[r] is None:
        return
    bases = [j for j in ctx.in_sentence(r) if j > r and ctx.dimension(j) not in (None, "percent", "points")]
    if not bases:
        return
    base = bases[0]
    found = _AGAINST.match(ctx.between(r, base))
    if found is None:
        return
    negative = ctx.mentions[r].negative or ctx.mentions[r].value.lstrip().startswith(("-", "−"))
    way = _WAY_BEFORE.search(ctx.before(r, 24)) if found.group(3) else None  # "is up 7 percent from the … total of"
    if found.group(3) and way is None:
        return
    if negative != (found.group(2) is not None or (way is not None and way.group(1).lower() == "down")):
        return  # the words and the value's sign disagree: the extraction, not the relation, is in doubt
    level = _level_compared(ctx, r, base)
    if level is not None:
        check = {"growth": {"from": ctx.ref(base), "to": ctx.ref(level)}}
        yield Relation(r, check, 0.8, f"{ID}: the change in percent from the base the text states")


_WAY_BEFORE = re.compile(r"(?i)\b(up|down)\s*$")
#: "This is 3.4 percent above …", "The inventory is up 7 percent from …": about the level of the sentence before.
_THIS_IS = re.compile(
    r"(?i)(?:^|[.;])\s*(?:this|it|the (?:inventory|total|level|stock|figure|number)) (?:is|was|represents)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d))*$"
)


def _level_compared(ctx: Context, r: int, base: int) -> int | None:
    """The level the sentence is about: the figure before the percent in its sentence, or in the
    sentence before when this one opens with "This is" / "It was"; never another comparison's base."""
    text = ctx.paragraph_text(r)
    follows = bool(_THIS_IS.search(text[: ctx.mentions[r].start]))
    for j in range(r - 1, -1, -1):
        if ctx.mentions[j].paragraph != ctx.mentions[r].paragraph:
            return None
        if ctx.sentence_of[j] != ctx.sentence_of[r] and not follows:
            return None
        if ctx.sentence_of[r][1] - ctx.sentence_of[j][1] > 1:
            return None
        if ctx.dimension(j) in (None, "percent", "points") or ctx.mentions[j].type in ("change", "difference"):
            continue
        if _BASE_BEFORE.search(ctx.before(j, 60)) or not ctx.statistic(j):
            continue
        return j if same_dimension(ctx, [j, base]) else None
    return None


_NEW_RATE = re.compile(r"(?i)(?:\bto|\b(?:was|is|stood at|at|recorded))\s*$")
#: The earlier rate: "from 3.8 percent", "than the previous quarter (75.8%)", "than the 9.9 percent",
#: "compared to 2.76 percent in November".
_OLD_RATE = re.compile(
    r"(?i)(?:\bfrom|\bthan (?:the|a|in|on) [^,.;()]{0,40}\(|\bthan the|\bcompared (?:to|with)(?: the)?"
    r"|\bfrom (?:the )?(?:previous|last|preceding) (?:month|quarter|year)(?:'s)? (?:figure|rate|level) of)\s*$"
)
_DOWN_WORDS = re.compile(r"(?i)\b(?:fell|decreased|declined|dropped|down|lower|below|decrease|decline|fall)\b")


def _points_between_rates(ctx: Context, i: int) -> Iterator[Relation]:
    """ "rose 0.3 percentage point to 4.1 percent, from 3.8 percent", "was 75.5%, 0.3 percentage
    points lower than the previous quarter (75.8%)": on the points, `difference` of the rates
    (one rate after to / was, one after from / than …(, and nothing else to choose from)."""
    if not ctx.english or ctx.dimension(i) != "points":
        return
    sentence = [j for j in ctx.in_sentence(i) if ctx.dimension(j) == "percent"]
    new = [j for j in sentence if _NEW_RATE.search(ctx.before(j, 12)) and not _OLD_RATE.search(ctx.before(j, 60))]
    old = [j for j in sentence if _OLD_RATE.search(ctx.before(j, 60))]
    if len(new) != 1 or len(old) != 1 or new[0] == old[0]:
        return
    later, earlier = new[0], old[0]
    words = ctx.before(i, 30) + " " + ctx.after(i, 30)
    down = not ctx.mentions[i].negative and _DOWN_WORDS.search(words) is not None
    pair = [ctx.ref(earlier), ctx.ref(later)] if down else [ctx.ref(later), ctx.ref(earlier)]
    yield Relation(i, {"difference": pair}, 0.75, f"{ID}: the change in points between the two rates stated")


_UP = re.compile(
    r"(?i)[,，]\s*(?:(up|higher|an increase of|a rise of)|(down|lower|a decrease of|a fall of|a decline of))\s*\$?\s*$"
)


def _up_from(ctx: Context, level: int) -> Iterator[Relation]:
    """ "The deficit was $68.9 billion in March, up $4.2 billion from $64.7 billion in February":
    on the change, `difference` of the two levels (the earlier one first when it went down)."""
    n = level + 1
    rate = n + 1 if n + 1 < len(ctx.mentions) and bracketed_after(ctx, n) == n + 1 else None
    earlier = (rate if rate is not None else n) + 1  # "an increase of 625,000 (1.6%) from the 40.271 million"
    if earlier >= len(ctx.mentions) or not ctx.english:
        return
    if len({ctx.sentence_of[level], ctx.sentence_of[n], ctx.sentence_of[earlier]}) != 1:
        return
    found = _UP.search(ctx.between(level, n))
    if (
        found is None
        or len(ctx.between(level, n)) > 40
        or not re.fullmatch(r"(?i)[\s)]*from(?: the)?\s*\$?", ctx.between(rate or n, earlier))
    ):
        return
    if not same_dimension(ctx, [level, n, earlier]) or ctx.dimension(level) in ("percent", "points"):
        return
    went_down = found.group(2) is not None and not ctx.mentions[n].negative
    pair = [ctx.ref(earlier), ctx.ref(level)] if went_down else [ctx.ref(level), ctx.ref(earlier)]
    yield Relation(n, {"difference": pair}, 0.8, f"{ID}: the change from the earlier level stated after it")
    if rate is not None and ctx.mentions[rate].unit in _PERCENT:
        check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(level)}}
        yield Relation(rate, check, 0.8, f"{ID}: the change in percent from the earlier level stated after it")


_REVISED = re.compile(r"(?i)\brevised (?:up|down|upward|downward|higher|lower) by\s*$")
_COMBINED = re.compile(r"(?i)\bcombined (?:is|was|are|were)\s*$")
_THAN_REPORTED = re.compile(
    r"(?i)^\s*(?:lower|higher|more|fewer|less|above|below) than (?:previously|originally) reported"
)


def _combined_revisions(ctx: Context) -> Iterator[Relation]:
    """ "January revised down by 32,000 …, February revised up by 15,000. With these revisions,
    employment in January and February combined is 17,000 lower than previously reported": the
    combined revision is the sum of the revisions stated before it in its paragraph."""
    for i, mention in enumerate(ctx.mentions):
        if not (_COMBINED.search(mention.head) and _THAN_REPORTED.match(ctx.after(i, 40))):
            continue
        revisions = [j for j in ctx.in_paragraph(i) if j < i and _REVISED.search(ctx.before(j, 30))]
        if len(revisions) >= 2 and same_dimension(ctx, [i, *revisions]):
            check = {"sum": [ctx.ref(j) for j in revisions]}
            yield Relation(i, check, 0.75, f"{ID}: the combined revision is the sum of the revisions stated")


_CHANGE_THEN_PERCENT = re.compile(
    r"(?i)^\s*(?:[a-z]+\s+)?(?:(?:over|from|since|on|in) the (?:year|month|quarter|previous \w+)\s*)?"
    r"(?:,\s*or|;|；|，|,|\(|（)\s*(?:(?:up|down)(?: by)?\s*)?[-+−]?\s*$"
)  # "increased $57.7 billion (0.4 percent)", "gained 8,896 jobs over the year (16.7 percent)", "(up by 15,1%)"


def _percent_of_outside_level(ctx: Context, r: int) -> Iterator[Relation]:
    """ "by 368,000, or 2.2 percent" / (+43,000; +0.7%) with no level: r = N ÷ the earlier level × 100,
    a `share` whose whole the document does not state."""
    mention = ctx.mentions[r]
    n = r - 1
    if mention.unit not in _PERCENT or n < 0 or ctx.mentions[n].paragraph != mention.paragraph:
        return  # (+43,000; +0.7%): the semicolon inside the brackets ends no statement
    if ctx.dimension(n) in (None, "percent", "points") or not ctx.statistic(n):
        return
    if not _CHANGE_THEN_PERCENT.match(ctx.between(n, r)):
        return
    text = ctx.paragraph_text(r)
    if not (
        ctx.mentions[n].type in ("change", "difference")
        or re.search(_CHANGE_BEFORE, text[: ctx.mentions[n].value_start])
    ):
        return
    whole = {"source": FILL + "a source id", "series": FILL + "the level before the change"}
    if mention.period:
        whole["period"] = mention.period
    yield Relation(
        r,
        {"share": {"part": ctx.ref(n), "whole": whole}},
        0.6,
        f"{ID}: a change in percent of a level the document does not state",
        todo=True,
        note="the level before the change is not in the document: name the source that gives it",
    )


def _from_to(ctx: Context, a: int) -> Iterator[Relation]:
    """Mention a is "from A", the next one "to B"; the change is stated just before or after."""
    b = a + 1
    if b >= len(ctx.mentions) or ctx.sentence_of[b] != ctx.sentence_of[a]:
        return
    if not _FROM.search(ctx.before(a, 24)) or not _TO.match(ctx.between(a, b)):
        return
    if not same_dimension(ctx, [a, b]) or ctx.quantities[a] is None:
        return
    near = []
    if (
        a > 0
        and ctx.sentence_of[a - 1] == ctx.sentence_of[a]
        and (len(ctx.between(a - 1, a)) <= 12 or _GOING_FROM.match(ctx.between(a - 1, a)))
    ):
        near.append(a - 1)  # "by 32,000, from +504,000 to +472,000"; "6.84 per cent decrease, by going down from"
        if a > 1 and bracketed_after(ctx, a - 2) == a - 1 and ctx.sentence_of[a - 2] == ctx.sentence_of[a]:
            near.append(a - 2)  # "a decrease of 2.544 million (-16.7%) from 15.215 million to 12.671 million"
    if b + 1 < len(ctx.mentions) and ctx.sentence_of[b + 1] == ctx.sentence_of[b]:
        if len(ctx.between(b, b + 1)) <= 8 or _SHOWING_CHANGE.match(ctx.between(b, b + 1)):
            near.append(b + 1)  # 由A提高到B，提高X个百分点; "to $44.570 billion, showing sharp decline of 18.61%"
    for j in near:
        if ctx.quantities[j] is None:
            continue
        mention = ctx.mentions[j]
        if mention.unit in _PERCENT and ctx.dimension(a) != "percent":
            yield Relation(j, {"growth": {"from": ctx.ref(a), "to": ctx.ref(b)}}, 0.85, f"{ID}: growth from A to B")
        elif mention.type in ("change", "difference", "growth") and _change_unit(ctx, j, a):
            yield Relation(j, {"difference": [ctx.ref(b), ctx.ref(a)]}, 0.85, f"{ID}: the change from A to B")


def _change_unit(ctx: Context, change: int, level: int) -> bool:
    """A change of a rate is in points; of any other level, in the level's unit."""
    if ctx.dimension(level) == "percent":
        return ctx.dimension(change) == "points"
    return same_dimension(ctx, [change, level])


def _change_percent(ctx: Context, r: int) -> Iterator[Relation]:
    """r is a percent beside a change N and the new level L (N, or r, to L / r (+N to L) / L，增加N，增长r)."""
    mention = ctx.mentions[r]
    if mention.unit not in _PERCENT or mention.type not in ("growth", "count", "change"):
        return
    sentence = ctx.in_sentence(r)
    position = sentence.index(r)
    window = sentence[max(0, position - 2) : position + 3]
    text = ctx.paragraph_text(r)
    for n in window:
        for level in window:
            if len({n, level, r}) < 3 or ctx.dimension(n) in (None, "percent", "points"):
                continue
            if ctx.quantities[level] is None:
                continue
            if ctx.mentions[n].type not in ("change", "difference", "growth") and not re.search(
                _CHANGE_BEFORE, text[: ctx.mentions[n].value_start]
            ):
                continue
            if not _to_level(ctx, n, level, r):
                continue
            formula = f"{{{ctx.ref(n)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(n)}}}) * 100"
            why = f"{ID}: the change over the earlier level (level − change)"
            if same_dimension(ctx, [n, level]):
                yield Relation(r, {"formula": formula}, 0.8, why)
            else:  # 9 cents of $33.18: one quantity in two units the unit table cannot yet combine
                units = f"the change ({ctx.mentions[n].unit}) and the level ({ctx.mentions[level].unit})"
                note = units + " are in units factcheck cannot combine yet"
                yield Relation(r, {"formula": formula}, 0.6, why, todo=True, note=note)
            return


_RATE_AFTER_LEVEL = re.compile(
    r"(?i)^\s*[,，]\s*(?:an? (?:increase|decrease|rise|fall|drop|gain|decline) of|up|down)\s*[-+−]?\s*$"
)


_LEVEL_THEN_CHANGE = re.compile(
    r"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){0,30}?,\s*(?:which\s+|and\s+)?(?:went up|went down|rose|fell|increased|"
    r"decreased|increasing|decreasing|declined|declining|grew|growing|up|down)(?: by)?\s*$"
)


#: ", a decline of (" between a level and its change's percent, then "or" and the change.
_LEVEL_THEN_NOUN = re.compile(rf"(?i)^(?:[^.;\d]|\b(?:19|20)\d\d\b){{0,30}}?,\s*an?\s+{_CHANGE_NOUN}\s+of\s*\(?\s*$")
_OR_CHANGE = re.compile(r"(?i)\s*\)?\s*,?\s*or\s*(?:[A-Z]{2,3}\$?|[$£€])?\s*")


def _to_level(ctx: Context, n: int, level: int, r: int) -> bool:
    """The words tie N and r to the level L: "by N, or r, to L", "r (+N to L)", "by N to L, an
    increase of r"."""
    ordered = sorted((n, level, r))
    if ordered == [n, level, r]:
        gap = ctx.between(n, level)
        return bool(re.fullmatch(r"(?i)\s*(?:\bto\b|到|达到|达)\s*\$?", gap)) and bool(
            _RATE_AFTER_LEVEL.match(ctx.between(level, r))
        )
    if ordered == [level, n, r]:  # "totaled 27,404 thousand in September, which went up 348 thousand or 1.3 percent"
        return bool(_LEVEL_THEN_CHANGE.match(ctx.between(level, n))) and bool(
            re.fullmatch(r"(?i)\s*[,(]?\s*or\s*", ctx.between(n, r))  # "increased by 8 thousand (or 0.10%)"
        )
    if ordered == [level, r, n]:  # "stood at VT 390 million, a decline of (27%) or VT 148 million"
        return bool(_LEVEL_THEN_NOUN.match(ctx.between(level, r))) and bool(_OR_CHANGE.fullmatch(ctx.between(r, n)))
    if ordered[-1] != level:
        return False
    gap = ctx.between(ordered[1], level)
    return (
        bool(re.fullmatch(r"(?i)[\s,，)）]*(?:\bto\b|到|达到|达)\s*\$?", gap))
        and len(ctx.between(ordered[0], ordered[1])) <= 12
    )
