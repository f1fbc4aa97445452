"""The earlier level of a comparison written bare: "declined 3% to 37,830 persons in 2015 from 38,963
in 2014", "341 visitors arriving, in comparison to only 92 during the same period last year", "9,029
visitors …, an 86 percent increase …, where there were 4,847 last year".

A release names what it counts once, at the level it reports, and leaves the level it compares with
bare: the bare figure counts what the level before it in the sentence counts. Only a count with a
noun or currency unit lends it (a percent or an index names no quantity to compare with), only a plain
figure (a scale word, "million", would be the bare figure's too, unwritten), and only one of its
magnitude (within a factor of 20: "from 38,963" after "37,830 persons"), so a count of something else
("from 3 regions") stays bare. English only.

Two more ways of leaving the unit to the figure before: a percent level compared right after it,
nothing between but the comparison word ("coming in at 0.1% from 0.2"), and the bare figures a
ranking lists after "followed by" ("highest at 244 persons per km², followed by the east, 211 and
the north 84"): of one magnitude, they count what the figure ranked first counts.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.extract.clauses import sentence_of

#: The words right before a figure that make it the level compared with.
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:from|than|against|versus|vs\.?|compared\s+(?:to|with)|(?:in\s+)?comparison\s+(?:to|with)"
    r"|(?:where|when)\s+there\s+(?:were|was))\s+(?:only\s+|just\s+|some\s+|about\s+)?$"
)
#: Units that name no quantity a bare figure could be a level of.
_NOT_QUANTITIES = re.compile(r"(?i)^(?:%|％|percent|per cent|percentage points?|points?|pp|index|times)$")
_PLAIN = re.compile(r"\d[\d,.]*")
#: Only a comparison word between a percent level and the bare figure: "at 0.1% from 0.2".
_RIGHT_AFTER = re.compile(r"(?i)\s*(?:from|against|compared\s+(?:to|with))\s+$")
_FOLLOWED_BY = re.compile(r"(?i)\bfollowed\s+by\b")
_FACTOR = 20.0


class _Figure(Protocol):
    start: int
    end: int
    value: str
    value_start: int
    unit: str | None
    kind: str
    type: str


def units_for_compared_levels(text: str, found: list[_Figure]) -> None:
    """Give a bare level compared with the unit of the count before it in its sentence. In place;
    `found` is in text order."""
    for k, figure in enumerate(found):
        if figure.unit or figure.kind == "label" or figure.type != "count" or not _PLAIN.fullmatch(figure.value):
            continue
        sentence_start = sentence_of(text, figure.start)[0]
        lender = next(
            (
                other
                for other in reversed(found[:k])
                if other.start >= sentence_start and other.type == "count" and other.kind != "label" and other.unit
            ),
            None,
        )
        if lender is None or not _PLAIN.fullmatch(lender.value) or not _of_one_magnitude(lender.value, figure.value):
            continue
        between = text[lender.end : figure.start]
        if _NOT_QUANTITIES.match(lender.unit or ""):
            ok = lender.unit in ("%", "％", "percent", "per cent") and bool(_RIGHT_AFTER.fullmatch(between))
        else:
            ok = bool(_COMPARED_WITH.search(text[max(0, figure.start - 40) : figure.start]))
            ok = ok or _ranked_after(text, sentence_start, figure.start, lender.unit, found[:k])
        if ok:
            figure.unit = lender.unit


def _ranked_after(text: str, start: int, end: int, unit: str | None, before: list[_Figure]) -> bool:
    """ "followed by" stands between a figure of `unit` and `end`, in the sentence from `start`: the
    figure is one of a ranking's later places ("followed by the east, 211 and the north 84")."""
    follows = [m.start() for m in _FOLLOWED_BY.finditer(text, start, end)]
    return bool(follows) and any(o.start >= start and o.unit == unit and o.end <= follows[-1] for o in before)


def _of_one_magnitude(a: str, b: str) -> bool:
    x, y = float(a.replace(",", "")), float(b.replace(",", ""))
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= _FACTOR
