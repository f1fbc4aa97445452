"""What a sentence says once for the figures after it, in English retail-price and survey releases.

- A list led by "the groups which decreased were:" lists declines: "Food by 1.4 points or 0.7 per
  cent; Fuel and Light by 6.5 points …" are all falls, though no figure has a decline word of its
  own (the next list, "groups which increased were:", stays positive).
- "by 0.5 of a point" is 0.5 points: the unit comes after "of a".
- An index level written in points ("the Index … stood at 164.3 points", "which was 165.5 points",
  "remained constant at 146.3 points", "reaching 100.5 points", "rose 0.2 percent to 98.7 points")
  is a level, not a change: unit "" as index levels in digits
  alone, never percentage points (a growth rate nearby made the unit reader call such "points"
  percentage points). A level the unit reader already names "index points" keeps them.
- "Average hours worked per week were down from 40 to 38": bare figures of a subject that is hours
  worked are hours (hours are no count, so the subject-noun reader leaves them bare).
- A number in words takes the sign of its words as a figure in digits does: "down by two
  percentage points", "a slight drop of three percent".
"""

from __future__ import annotations

import re

from factcheck.extract.classify import classify_number
from factcheck.extract.lists import ListFigure
from factcheck.extract.numbers import Number

_DECLINE_LEAD = re.compile(
    r"(?i)\b(?:which|that)\s+(?:have\s+|had\s+)?(?:decreased|declined|fell|dropped|went\s+down)"
    r"\s+(?:were|was|are|is|included|include)?\s*:"
)
_SENTENCE_END = re.compile(r"[.!?](?!\d)|\n")
_OF_A_POINT = re.compile(r"(?i)\s+of\s+an?\s+(percentage\s+)?point\b")
_POINTS = re.compile(r"(?i)^(?:percentage\s+)?points?$")
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:stood|stands|standing|remained\s+(?:constant|unchanged|stable)|was|were|is|reach(?:ed|es|ing)|to)"
    r"\s+(?:at\s+)?$"
)
_INDEX = re.compile(r"(?i)\bindex\b")
_CONTRIBUTION = re.compile(r"(?i)\bcontribut")
#: A subject of hours worked, then words with no figure of their own before this one (or "from 40 to").
_HOURS_WORKED = re.compile(r"(?i)\bhours\s+(?:worked|of\s+work)\b[^\d%;:,.]{0,60}(?:\d+(?:\.\d+)?\s+to\s+)?$")
#: An index level reads in the tens or hundreds; a level under it in points is a contribution or a balance.
_INDEX_SIZE = 20.0


def apply_list_leads(text: str, folded: str, found: list[ListFigure]) -> None:
    """All five readings, in place (`folded`: the paragraph's same-length fold)."""
    units_of_a_point(text, found)
    index_levels_in_points(text, found)
    declines_under_lead(text, found)
    signs_of_word_numbers(text, folded, found)
    hours_of_hours_worked(text, found)


def declines_under_lead(text: str, found: list[ListFigure]) -> None:
    """Every figure of a list led by "which decreased were:" is a fall, up to the sentence's end."""
    for lead in _DECLINE_LEAD.finditer(text):
        closing = _SENTENCE_END.search(text, lead.end())
        stop = closing.start() if closing else len(text)
        for figure in found:
            if not lead.end() <= figure.value_start < stop or figure.type in ("rank", "date", "label"):
                continue
            if figure.kind == "label" or figure.negative or figure.value.startswith(("-", "−")):
                continue
            figure.negative = True
            figure.value = "-" + figure.value


def units_of_a_point(text: str, found: list[ListFigure]) -> None:
    """ "by 0.5 of a point": 0.5 points ("of a percentage point": percentage points)."""
    for figure in found:
        after = _OF_A_POINT.match(text, figure.end)
        if figure.unit is None and after and figure.type not in ("rank", "date", "label"):
            figure.unit = "percentage points" if after.group(1) else "points"
            figure.end = after.end()


def index_levels_in_points(text: str, found: list[ListFigure]) -> None:
    """ "The Index … stood at 164.3 points", "which was 165.5 points": a level, unit ""."""
    for figure in found:
        if not _POINTS.match(figure.unit or "") or figure.negative:
            continue
        if not _LEVEL_BEFORE.search(text[max(0, figure.value_start - 40) : figure.value_start]):
            continue
        sentence = max(text.rfind(mark, 0, figure.value_start) for mark in ".!?\n") + 1
        if _CONTRIBUTION.search(text[sentence : figure.value_start]):
            continue  # "the contribution … standing at 0.7 points": in points
        if _INDEX.search(text[: figure.value_start]) or _size(figure.value) >= _INDEX_SIZE:
            figure.unit = None


def signs_of_word_numbers(text: str, folded: str, found: list[ListFigure]) -> None:
    """ "down by two percentage points": a number in words is read for its sign as digits are."""
    for figure in found:
        if figure.negative or not figure.value[:1].isalpha() or figure.type not in ("count", "change"):
            continue
        written = Number(figure.value_start, figure.value_start + len(figure.value), figure.value, "arabic")
        reading = classify_number(text, folded, written, True)
        if reading is not None and reading.negative:
            figure.negative = True
            figure.value = "-" + figure.value
            figure.type = reading.type


def hours_of_hours_worked(text: str, found: list[ListFigure]) -> None:
    """ "Average hours worked per week were down from 40 to 38": 40 hours and 38 hours."""
    for figure in found:
        if figure.unit is not None or figure.type in ("rank", "date", "label") or figure.kind == "label":
            continue
        sentence = max(text.rfind(mark, 0, figure.value_start) for mark in ".!?;\n") + 1
        if _HOURS_WORKED.search(text[sentence : figure.value_start]):
            figure.unit = "hours"


def _size(value: str) -> float:
    try:
        return abs(float(value.replace(",", "")))
    except ValueError:
        return 0.0
