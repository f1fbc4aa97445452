"""The unit an English table header cell names in its words, when it names no unit in brackets:
"% monthly change", "Change in percentage points", "Year-on-year growth rate".

Why: a column of bare figures ("| 0.5 | 0.4 |") under such a header holds percents (or points);
read without the header's words they would be drafted as counts.
"""

from __future__ import annotations

import re

#: A header cell that opens with its unit: "% monthly change", "Percent change", "% of GDP"; or
#: is its unit alone, in a row of units under the names ("| % | % |").
_LEADING_PERCENT = re.compile(r"(?:%|per\s?cent\b)\s*[a-z]|(?:%|per\s?cent|percent)\s*$", re.I)

#: A header cell that ends with its unit: "Change in per cent", "Change in percentage points".
_TRAILING_UNIT = re.compile(r"(?i)\bin\s+(?:(?P<pp>percentage\s+points?)|per\s?cent|percent)\s*$")

#: A header cell that names a rate of change and no unit: "Year-on-year growth rate", "Rate of change".
#: Releases print such rates in percent.
_RATE_OF_CHANGE = re.compile(
    r"(?i)\b(?:growth|change|variation)\s+rates?\s*$|^(?:[a-z-]+\s+)?rates?\s+of\s+(?:growth|change|variation)\s*$"
)


def worded_unit(label: str) -> str | None:
    """ "%" or "percentage points" for a header cell whose words name it; None otherwise."""
    if _LEADING_PERCENT.match(label) or _RATE_OF_CHANGE.search(label):
        return "%"
    trailing = _TRAILING_UNIT.search(label)
    return None if trailing is None else ("percentage points" if trailing.group("pp") else "%")


#: A row label naming a rate that releases print in percent, with no unit of its own: "Inflation",
#: "Inflation rate", "Rate of inflation", "Growth rate".
_RATE_ROW = re.compile(
    r"(?i)(?:(?:annual|monthly|headline|core|average)\s+)?(?:inflation|growth)(?:\s+rates?)?"
    r"|rates?\s+of\s+(?:inflation|growth)"
)


def is_rate_row(label: str) -> bool:
    """A table row's label that names a rate in percent and nothing else ("Inflation", "Growth rate")."""
    return _RATE_ROW.fullmatch(label.strip()) is not None
