"""Changes of a rate written in tenths of a point, as Spanish and Italian releases translate them:
"0.4%, two tenths over that of the previous quarter", "a tenth lower than that", "the contribution
decreases six tenths", "one point and three tenths lower than in the fourth quarter".

Why: the digits of such a release are its levels; its changes are only in these words, so a reader
of digits drafts the levels and drops every change between them.

A count of tenths (or hundredths) is a change only where the words make it one: a comparison right
after it ("over", "higher", "lower", "below", with "of a point" between) or a change verb right
before it ("decreases six tenths"); "a tenth of the population" stays a share. Its sign is the
words' (lower, decreases: negative); its unit is the unit of the figures it compares: "points" when
the nearest figure of its sentence is in points ("standing at 0.7 points") and no contribution to
growth is named (one is in percentage points however written), else percentage points.
The value keeps the words ("two tenths", "-one point and three tenths"), as the quote writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.grammar.numwords import ONES, TENS

_CARDINAL = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_TENTHS = re.compile(
    rf"(?i)(?<![\w-])(?:(?:{_CARDINAL})\s+points?\s+and\s+)?(?:a|an|{_CARDINAL})(?:[\s-]+(?:{_CARDINAL}))?"
    r"\s+(?:tenths?|hundredths?)(?![\w-])"
)
_OF_A_POINT = r"(?:\s+of\s+a\s+(?:percentage\s+)?point)?"
_COMPARED = re.compile(rf"(?i){_OF_A_POINT}\s+(?:(over|higher|more|above|up)|(lower|less|below|down|under))\b")
_VERB = re.compile(
    r"(?i)\b(?:(increases|increased|rises|rose|grows|grew|climbs|climbed|advances|advanced)|"
    r"(decreases|decreased|declines|declined|falls|fell|drops|dropped|slows|slowed|eases|eased))"
    r"(?:\s+by)?\s+$"
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: A figure with its unit: "0.7 points", "0.4%", "3 percentage points".
_FIGURE_UNIT = re.compile(r"(?i)\d(?:[\d.,]*\d)?\s?(%|per\s?cent|percentage\s+points?|pp\b|points?\b)")


@dataclass(frozen=True)
class Tenths:
    start: int
    end: int
    value: str  # the words, with "-" for a fall: "-a tenth"
    unit: str  # "points" or "percentage points"
    type: str  # difference (a comparison) or change (a verb)


def find_tenths(text: str, taken: list[tuple[int, int]]) -> list[Tenths]:
    """Changes written in tenths of a point in `text` (English), outside the `taken` spans."""
    found: list[Tenths] = []
    for match in _TENTHS.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        compared = _COMPARED.match(text, end)
        verb = _VERB.search(text[max(0, start - 24) : start])
        if compared is None and verb is None:
            continue
        falls = compared.group(2) is not None if compared else verb.group(2) is not None
        value = ("-" if falls else "") + match.group()
        kind = "difference" if compared else "change"
        found.append(Tenths(start, end, value, _unit(text, start, end), kind))
    return found


def _unit(text: str, start: int, end: int) -> str:
    """ "points" when the nearest figure with a unit in the sentence is in points, else percentage points."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    sentence_end = closing.start() if closing else len(text)
    figures = list(_FIGURE_UNIT.finditer(text, opening, sentence_end))
    if not figures:
        return "percentage points"
    nearest = min(figures, key=lambda m: min(abs(m.start() - start), abs(m.start() - end)))
    unit = nearest.group(1).lower()
    contribution = re.search(r"(?i)\bcontribut", text[opening:sentence_end])  # in percentage points, as its figures
    return "points" if unit.startswith("point") and not contribution else "percentage points"
