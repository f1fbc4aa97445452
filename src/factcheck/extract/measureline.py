"""A table's measure and unit named on a line of their own above its rows, as statistical databases
print them when the column header takes two or more lines (first the groups, then the columns):

    Year Staff groups Total Of which:
    manual non-manual unknown managers …
    Average gross earnings, HUF/person/month
    2019 264,634 449,086 297,082 …
    Previous year = 100.0%

The measure line holds no figure and ends with a comma and a unit: a currency code, alone or per
units of time or of people ("HUF/person/hour"; a footnote letter glued on, "HUF/person/houra", is
dropped), or a percent. Every bare figure of the rows right under it, a label then two or more
figures, is in that unit; the first line that is no such row ("Previous year = 100.0%", a blank
heading, prose) ends it. Why: without it each cell was drafted as a bare number and could not be
checked against the table it came from.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.grammar.currencysigns import ISO_CODES

_PER = r"(?:person|head|capita|employee|hour|day|week|month|quarter|year)"
_MEASURE = re.compile(
    rf"^(?P<what>[A-Za-z][A-Za-z ()'-]{{2,80}}),\s*(?P<unit>(?P<code>[A-Z]{{3}})(?:/{_PER})*|%)(?P<mark>[a-e])?\s*$"
)
_FIGURE = r"[-+−]?\d{1,3}(?:[, \u00a0\u202f]\d{3})*(?:\.\d+)?"
#: A row: a short label (a year, words, codes), then two or more figures and nothing else.
_ROW = re.compile(rf"^(?!\d+\s*$)[^\d\n]{{0,80}}?(?:\b(?:19|20)\d\d\b[^\d\n]{{0,20}})?(?:\s+{_FIGURE}){{2,}}\s*$")


class Figure(Protocol):  # extract.mentions.Mention
    value_start: int
    unit: str | None
    kind: str
    type: str


def measure_unit(text: str) -> str | None:
    """The unit a measure line names ("Gross hourly earnings, HUF/person/houra" → "HUF/person/hour")."""
    match = _MEASURE.match(text)
    if match is None or (match.group("code") and match.group("code") not in ISO_CODES):
        return None
    if match.group("mark") and match.group("unit") == "%":
        return None
    return match.group("unit")


def is_row(text: str) -> bool:
    """A table row: a label, then two or more figures ("2019 2 048 2 575 1 815", "Education 12.1 13.4")."""
    return bool(_ROW.match(text))


def apply_measure_line(text: str, current: str | None, found: list[Figure]) -> str | None:
    """The unit in force after the paragraph `text` (a measure line starts one, a row keeps it, any
    other line ends it); the bare figures of a row under a measure line take its unit, in place."""
    unit = measure_unit(text)
    if unit is not None:
        return unit
    if current is None or not is_row(text):
        return None
    for figure in found:
        if figure.unit is None and figure.kind != "label" and figure.type not in ("date", "rank", "label"):
            figure.unit = current
    return current
