"""The parts of a money figure per a chain of units are in that unit: "The poverty line was IDR
505,469/capita/month. It is made up of the Food Poverty Line of IDR 374,455 (74.08 percent) and the
Non-Food Poverty Line of IDR 131,014". The release writes "/capita/month" once, after the whole; the
parts of it, in the next sentence that says what it is made of, are in the same currency per the same
units, so they add up to it and their shares of it are shares of like amounts.
"""

from __future__ import annotations

import re
from typing import Protocol


class _Mention(Protocol):
    value_start: int
    unit: str | None
    kind: str


_MADE_OF = re.compile(
    r"(?i)[.;]\s+(?:it|this|the total)\s+(?:(?:is|was)\s+(?:made up|composed|comprised)\s+of|consists?\s+of|"
    r"consisted\s+of|comprises)\b"
)


def parts_per_unit(text: str, found: list[_Mention]) -> None:
    """Give the bare-currency figures of a "made up of" sentence the chain unit of the figure before it."""
    for whole, after in zip(found, found[1:], strict=False):
        if whole.unit is None or whole.kind == "label" or "/" not in whole.unit:
            continue
        currency = whole.unit.split("/", 1)[0]
        made_of = _MADE_OF.search(text, whole.value_start, after.value_start)
        if not currency or made_of is None:
            continue
        end = _sentence_end(text, made_of.end())
        for part in found:
            if made_of.end() <= part.value_start < end and part.unit == currency and part.kind != "label":
                part.unit = whole.unit


def _sentence_end(text: str, start: int) -> int:
    end = re.search(r"[.;](?:\s|$)", text[start:])
    return start + end.start() if end else len(text)
