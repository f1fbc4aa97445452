"""A sentence opening with a back reference (It, This, That) that states a change of the level stated
in the sentence before it (English).

"In March 2022, there were 26.16 million poor people. It showed a decrease of 0.34 million people
compared to September 2021 and a decrease of 1.38 million people compared to March 2021."; "… stood at
14,133 as of September 30, 2022. Compared to September 2021, this represents a decrease of 1,508
people or 9.6%." The pronoun names the level of the sentence before, so:

- that sentence holds exactly one level (a count of the change's dimension; a rate for a change
  in points), the one the pronoun stands for;
- each change (an increase of N, a decrease of N, up N, …) against an earlier period the words
  name ("compared to September 2021" after it, or "Compared to September 2021," leading the
  sentence) is the level minus that period's level, which the text does not state: `difference`
  under `x-todo`;
- a percent joined to the change by "or" ("a decrease of 1,508 people or 9.6%") is the change over
  the earlier level: N ÷ (L − N) × 100, when both are signed alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import FILL, Context, Relation, outside_difference, same_dimension
from factcheck.extract.infer.earlier_words import CHANGE_EN, SINCE_EN

ID = "back-reference"

_LEAD = re.compile(
    r"(?i)^\s*(?:(?:compared (?:to|with)|relative to|against) (?P<when>[^,.;]{3,40}),\s*)?(?:it|this|that)\b"
)
_FALL = re.compile(r"(?i)\b(?:decrease|decline|fall|drop|loss|down|fell|decreased|declined|dropped)\b")
_OR_RATE = re.compile(r"(?i)^\s*(?:[a-z]+\s+)?(?:,\s*)?(?:or|\()\s*[-+−]?\s*$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for (paragraph, sentence), members in ctx.by_sentence.items():
        lead = _lead(ctx, members[0])
        level = _level_before(ctx, paragraph, sentence) if lead is not None else None
        if lead is None or level is None:
            continue
        for i in members:
            found = CHANGE_EN.search(ctx.before(i, 30))
            if found is None or not _change_of(ctx, i, level):
                continue
            since = SINCE_EN.match(ctx.after(i, 80))
            when = since.group("when").strip() if since else (lead.group("when") or "").strip()
            if not when:
                continue
            yield _against_earlier(ctx, i, level, when)
            rate = _rate_after(ctx, i, members)
            if rate is not None:
                yield _over_earlier(ctx, rate, i, level)


def _lead(ctx: Context, first: int) -> re.Match[str] | None:
    """The back reference opening the sentence of mention `first` (its first figure)."""
    text = ctx.paragraph_text(first)
    start = ctx.mentions[first].start
    opening = text[max(text.rfind(". ", 0, start), -1) + 1 : start]
    return _LEAD.match(opening)


def _level_before(ctx: Context, paragraph: int, sentence: int) -> int | None:
    """The one level of the sentence before (a count or a rate, not a change)."""
    levels = [
        j
        for j in ctx.by_sentence.get((paragraph, sentence - 1), [])
        if ctx.statistic(j) and ctx.mentions[j].type == "count" and ctx.quantities[j] is not None
    ]
    return levels[0] if len(levels) == 1 else None


def _change_of(ctx: Context, i: int, level: int) -> bool:
    """A change that can be of the level: points of a rate; of a count, a count of the same things
    ("4.52 million registered farms" and "0.12 million farms"; "14,133" jobseekers and "1,508 people")."""
    if ctx.mentions[i].type not in ("change", "difference") or ctx.quantities[i] is None:
        return False
    change, of = ctx.dimension(i) or "", ctx.dimension(level) or ""
    if of == "percent":
        return change == "points"
    if "percent" in (change, of) or "points" in (change, of):
        return False
    if "" in (change, of) or same_dimension(ctx, [i, level]):
        return True
    nouns = [(ctx.mentions[k].unit or "").lower() for k in (i, level)]
    if change == "count" and of.startswith("unit:"):
        return True  # people or persons of a level counting a kind of them
    return change.startswith("unit:") and of.startswith("unit:") and nouns[1].endswith(nouns[0])


def _against_earlier(ctx: Context, i: int, level: int, when: str) -> Relation:
    mention = ctx.mentions[i]
    signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
    earlier = {
        "source": FILL + "a source id",
        "series": FILL + f"the series of ./{ctx.names[level]}, for the earlier period",
        "period": FILL + f"the period compared with ({when})",
    }
    fell = not signed and bool(_FALL.search(ctx.before(i, 30)))
    rule = f"{ID}: a change of the level the sentence before states, against an earlier period"
    return outside_difference(i, ctx.ref(level), earlier, fell, rule, "the earlier period's figure")


def _rate_after(ctx: Context, i: int, members: list[int]) -> int | None:
    """ "a decrease of 1,508 people or 9.6%": the percent the change is also said as, signed alike."""
    following = i + 1
    if following not in members or ctx.dimension(following) != "percent" or ctx.dimension(i) == "points":
        return None
    if not _OR_RATE.match(ctx.between(i, following)):
        return None
    negative = [
        ctx.mentions[k].negative or ctx.mentions[k].value.lstrip().startswith(("-", "−")) for k in (i, following)
    ]
    return following if negative[0] == negative[1] else None


def _over_earlier(ctx: Context, rate: int, i: int, level: int) -> Relation:
    """The rate as the change over the earlier level; under `x-todo` when the two units do not combine."""
    formula = f"{{{ctx.ref(i)}}} / ({{{ctx.ref(level)}}} - {{{ctx.ref(i)}}}) * 100"
    why = f"{ID}: the change over the earlier level (level − change)"
    if same_dimension(ctx, [i, level]):
        return Relation(rate, {"formula": formula}, 0.7, why)
    units = f"the change ({ctx.mentions[i].unit}) and the level ({ctx.mentions[level].unit})"
    return Relation(
        rate, {"formula": formula}, 0.5, why, todo=True, note=units + " are in units factcheck cannot combine yet"
    )
