"""English: a total and its parts stated in separate sentences, named by the same words with a
complete set of group words: "The number of persons unemployed was 206,500 … The number of males
unemployed … was 127,000 … the number of females unemployed was 79,500": `sum` on the total.

The parts' words must be the total's words with the group word in place of persons / people / all
(and nothing else added or left out), of one period and unit; rates, averages and changes are not
additive and are never summed. The values are never consulted: a wrong part must fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension, words
from factcheck.extract.infer.same import other_section

ID = "groups"

#: Complete sets of group words (singular, as `words` gives them).
_SETS = (("male", "female"), ("men", "women"), ("urban", "rural"), ("full-time", "part-time"))
_GROUP_WORDS = frozenset(word for group in _SETS for word in group)
#: Words of the total that the parts' words need not repeat.
_WHOLE = frozenset({"person", "people", "all", "total", "overall", "seasonally", "adjusted", "number"})
_NOT_ADDITIVE = re.compile(r"(?i)\b(?:rate|average|median|per capita|index|ratio|share|percent)\b")
_CHANGE = re.compile(r"(?i)\b(?:increase|decrease|rise|fall|up|down|by|change)\W*$")


_CONJUNCTION = re.compile(r"\s+(?:and|while|but|whereas)\s+")
_UNITS = ("million", "billion", "thousand", "%", "percent")


def _last_clause(sentence: str) -> str:
    """The sentence from after its last "<figure> and" on.

    "Full-time employment increased 41,200 to 8,565,200 and part-time employment increased 9,700
    to": the second figure's clause starts after the first's "and". Read back from each
    conjunction to a figure, so that a long run of digits is read once, not once a digit.
    """
    for conjunction in reversed(list(_CONJUNCTION.finditer(sentence))):
        head = sentence[: conjunction.start()]
        head = head[:-1] if head.endswith(",") else head
        head = head.rstrip()
        unit = next((u for u in _UNITS if head.endswith(u)), None)
        if unit is not None:
            head = head[: -len(unit)]
            head = head[:-1] if head[-1:].isspace() else head
        figure = len(head)
        while figure and (head[figure - 1].isdecimal() or head[figure - 1] in ",."):
            figure -= 1
        if any(c.isdecimal() for c in head[figure:]):
            return sentence[conjunction.end() :]
    return sentence


def _name(ctx: Context, i: int) -> frozenset[str] | None:
    """The words of the figure's sentence up to it: the subject and verb that name it."""
    text = ctx.paragraph_text(i)
    start = ctx.mentions[i].start
    begin = max(text.rfind(". ", 0, start), -1) + 1
    before = _last_clause(text[begin:start])
    if _NOT_ADDITIVE.search(before) or _CHANGE.search(before) or re.search(r";|,(?!\d)", before[-30:]):
        return None  # "…, an increase of 400": a change, not a level
    return words(before)


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    names = {i: _name(ctx, i) for i in ctx.named_candidates}
    names = {i: n for i, n in names.items() if n}
    having: dict[str, list[int]] = {}  # group word → the figures whose names hold it
    for j, name in names.items():
        for word in name & _GROUP_WORDS:
            having.setdefault(word, []).append(j)
    for total, whole in names.items():
        for group in _SETS:
            parts = []
            for word in group:
                found = [
                    j
                    for j, name in ((j, names[j]) for j in having.get(word, []))
                    if j != total
                    and word in name
                    and not (set(group) - {word}) & name
                    and name - {word} <= whole
                    and (whole - (name - {word})) <= _WHOLE
                    and word not in whole
                    and ctx.mentions[j].period == ctx.mentions[total].period
                    and not other_section(ctx, j, total)  # TREND / SEASONALLY ADJUSTED ESTIMATES
                ]
                if len(found) != 1:
                    break
                parts.append(found[0])
            else:
                if same_dimension(ctx, [total, *parts]):
                    check = {"sum": [ctx.ref(j) for j in parts]}
                    yield Relation(total, check, 0.7, f"{ID}: the groups named with the total's words add up to it")
                    yield from _changes(ctx, [total, *parts])


def _changes(ctx: Context, levels: list[int]) -> Iterator[Relation]:
    """ "Employment increased 50,900 to 12,573,600. Full-time employment increased 41,200 to … and
    part-time employment increased 9,700 to …": the groups' changes add up to the total's change."""
    changes = []
    for level in levels:
        j = level - 1
        if (
            j < 0
            or ctx.sentence_of[j] != ctx.sentence_of[level]
            or ctx.mentions[j].type not in ("change", "difference")
            or not re.fullmatch(r"(?i)\s*(?:[a-z]+\s+){0,2}?to\s*[$£€]?\s*", ctx.between(j, level))
        ):
            return
        changes.append(j)
    if same_dimension(ctx, changes):
        check = {"sum": [ctx.ref(j) for j in changes[1:]]}
        yield Relation(changes[0], check, 0.65, f"{ID}: the groups' changes add up to the total's change")
