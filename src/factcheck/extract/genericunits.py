"""English figures counted in "units" of what the paragraph already counts.

"a total of 16.7 million overnight stays … With 11.4 million units, Swiss visitors …; foreign visitors
… with 5.2 million units": "units" stands for the noun the paragraph named before, at the same scale.
Given that noun, the parts add up to their total and their shares can be checked.
"""

from __future__ import annotations

from typing import Protocol

_GENERIC = frozenset({"units", "unit"})
_NOT_COUNTED = frozenset({"%", "percent", "per cent", "percentage points", "index points", "points"})


class _Counted(Protocol):
    value: str
    unit: str | None


def name_generic_units(found: list[_Counted]) -> None:
    """Give a figure in "units" the unit of the nearest figure before it of the same scale word."""
    for index, mention in enumerate(found):
        if mention.unit is None or mention.unit.lower() not in _GENERIC:
            continue
        scale = _scale_word(mention.value)
        for earlier in reversed(found[:index]):
            unit = earlier.unit
            if unit and unit.lower() not in _GENERIC | _NOT_COUNTED and _scale_word(earlier.value) == scale:
                if unit.isascii() and unit[:1].isalpha() and (" " in unit or unit.endswith("s")):
                    mention.unit = unit  # a noun of what is counted, not a currency code or a symbol
                break


def _scale_word(value: str) -> str:
    words = value.split()
    return words[-1].lower() if len(words) > 1 and words[-1].isalpha() else ""
