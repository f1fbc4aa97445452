"""A change whose level the sentence before states, from a level the text does not (English):
a complete check under `x-todo`, the earlier figure a source placeholder.

"In August 2017, there were 5 109 000 employed persons. This was an increase of 148 000 persons
compared with August 2016"; "The Consumer Price Index was 104.35 in December 2018. The index
decreased 0.3 percent from the preceding month and rose 1.3 percent from the same month of the
previous year". Writers state the level, then its change in a sentence of its own whose subject
points back ("this was", "it is", "the index"): the change is of the one level of the sentence
before. Nothing is drafted when that sentence states more than one level the change could be of,
when the change's sentence states its own base ("from 3.4%") or a level after it ("to 1.6
million": the `earlier` pattern's), or when the words say it fell and the value has no sign.
A change in percent is `growth` to the level; a change in its unit (or in points, of a rate) is
the level minus the earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference, same_dimension

ID = "level-before"

_VERB = (
    r"(?:increased|decreased|rose|fell|grew|declined|dropped|gained|lost|climbed|"
    r"(?:was|were) (?:up|down))(?: by)?"
)
_NOUN = r"(?:increase|decrease|rise|fall|drop|gain|decline|loss|growth)"
#: The sentence up to its first change: a subject pointing back, then the change's words.
_POINTS_BACK = re.compile(
    rf"(?i)^(?:[a-z][a-z ,-]{{0,60}}?\b)?(?:this|it|that) (?:was|is|represents|represented|marks|marked) "
    rf"an? (?:(?:annual|monthly|quarterly|yearly) )?{_NOUN} of\s*[$£€]?\s*$"
    rf"|^(?:the|this) (?:index|figure|level|total)(?: value)? {_VERB}\s*[$£€]?\s*$"
)
#: A later change of the same sentence: "… and rose 1.3 percent".
_AND_VERB = re.compile(rf"(?i)^[^.;\d]*\band {_VERB}\s*[$£€]?\s*$")
_FALL = re.compile(r"(?i)\b(?:decrease|decline|fall|drop|loss|down|fell|decreased|declined|dropped|lost)\b")
#: After the change: the earlier period it names ("compared with August 2016", "from the preceding month").
_WHEN = re.compile(
    r"(?i)^[^.;\d]{0,30}?\b(?:compared (?:with|to)|from|on|over|against|relative to)\s+"
    r"(?P<when>(?:the |a )?[a-z]+(?:[ -][a-z]+){0,6}(?:\s(?:19|20)\d\d)?)"
)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for where, members in ctx.by_sentence.items():
        paragraph, sentence = where
        if sentence == 0:
            continue
        level_of = _levels(ctx, ctx.by_sentence.get((paragraph, sentence - 1), []))
        if not level_of:
            continue
        for i in _changes(ctx, members):
            level = _level(ctx, i, level_of)
            relation = _relation(ctx, i, level) if level is not None else None
            if relation is not None:
                yield relation


def _changes(ctx: Context, members: list[int]) -> list[int]:
    """The sentence's changes when it opens with one pointing back, and each "and rose …" after it;
    none when another figure stands among them (a base or a level the sentence states itself)."""
    first = members[0]
    text = ctx.paragraph_text(first)
    start = ctx.mentions[first].start
    opening = text[max(text.rfind(". ", 0, start), -1) + 1 : start].strip()
    if not _POINTS_BACK.match(opening):
        return []
    found = [first]
    for previous, i in zip(members, members[1:]):
        if not _AND_VERB.match(ctx.between(previous, i)):
            return []
        found.append(i)
    return [i for i in found if ctx.statistic(i) and ctx.mentions[i].type in ("change", "growth", "difference")]


def _levels(ctx: Context, members: list[int]) -> list[int]:
    return [
        j for j in members if ctx.statistic(j) and ctx.mentions[j].type == "count" and ctx.quantities[j] is not None
    ]


def _level(ctx: Context, i: int, levels: list[int]) -> int | None:
    """The one level of the sentence before that the change can be of."""
    dimension = ctx.dimension(i)
    if dimension == "percent":
        fitting = [j for j in levels if ctx.dimension(j) not in ("percent", "points", "permille")]
    elif dimension == "points":
        fitting = [j for j in levels if ctx.dimension(j) == "percent"]
    else:
        fitting = [j for j in levels if same_dimension(ctx, [i, j]) or _counts(ctx, i, j)]
    return fitting[0] if len(fitting) == 1 else None


def _counts(ctx: Context, i: int, j: int) -> bool:
    """ "5 109 000 employed persons … an increase of 148 000 persons": a count of people (or
    things) whose level was read without its unit."""
    return ctx.dimension(i) == "count" and ctx.dimension(j) == ""


def _relation(ctx: Context, i: int, level: int) -> Relation | None:
    found = _WHEN.match(ctx.after(i, 80))
    when = "the period before, as the text compares"
    if found is not None:  # "from the preceding month and rose …": the period's words end at "and"
        when = re.split(r"\s(?:and|or|but)\s", found.group("when"))[0].strip()
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
        "period": FILL + f"the period compared with ({when})",
    }
    mention = ctx.mentions[i]
    fell = not mention.negative and not mention.value.lstrip().startswith(("-", "−"))
    fell = fell and bool(_FALL.search(ctx.before(i, 40)))
    if ctx.dimension(i) == "percent":
        note = "the earlier period's figure is not in the document: name the source that gives it"
        rule = f"{ID}: a change in percent of the level stated before, from a level the document does not state"
        check = {"growth": {"from": earlier, "to": ctx.ref(level)}}
        return None if fell else Relation(i, check, 0.6, rule, todo=True, note=note)
    rule = f"{ID}: a change of the level stated before, from a level the document does not state"
    return outside_difference(i, ctx.ref(level), earlier, fell, rule, "the earlier period's figure")
