"""A change written without its unit among changes in percent: "… grew by 4.3 percent, recording an
increase of 6.0." The paragraph states its changes in percent and this one after "an increase of"
alone, its unit dropped: it is a percent too. A figure with a decimal only (6.0, not a count like
"an increase of 600"), right after a change noun and ending its clause, in a paragraph whose every
other figure with a unit is a percent (two at least).
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.grammar.units import known_unit


class _Mention(Protocol):
    value: str
    value_start: int
    end: int
    unit: str | None
    kind: str
    type: str


_CHANGE_OF = re.compile(
    r"(?i)\b(?:increase|decrease|rise|decline|growth|drop|fall|gain|reduction|contraction|expansion)\s+(?:of|by)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;)]|$)")
_DECIMAL = re.compile(r"[-−]?\d+\.\d+")
_LEAST_PERCENTS = 2


def percent_for_bare_changes(text: str, found: list[_Mention]) -> None:
    """Give a bare change figure among percents the percent (`found` in the order of `text`)."""
    units = [m.unit for m in found if m.unit and m.kind != "label" and m.type not in ("date", "rank")]
    if len(units) < _LEAST_PERCENTS or any(getattr(known_unit(unit), "dimension", "") != "percent" for unit in units):
        return
    for mention in found:
        if mention.unit is not None or mention.kind == "label" or not _DECIMAL.fullmatch(mention.value):
            continue
        if _CHANGE_OF.search(text[max(0, mention.value_start - 40) : mention.value_start]) and _CLAUSE_END.match(
            text, mention.end
        ):
            mention.unit = "%"
