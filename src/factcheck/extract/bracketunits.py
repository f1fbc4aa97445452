"""Units written apart from their figure.

- after the percent bracketed behind it: "increased by 10.2 (22.3%) billion tugrugs", "659.7 (53.2%)
  thousand persons were males". Read alone, the figure was a bare 10.2 and a check compared it with
  the billions around it as if it were a count;
- after an abbreviated scale and its dot: "532.0 thous.persons", "285.4 bln.tog"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

_BARE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BRACKETED_PERCENT = re.compile(
    r"\s?\(\s?[-+−]?\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent)\s?\)"
    r"(?:\s(?P<scale>(?i:thousand|million|billion|trillion)))?(?=\s)"
)


class _Figure(Protocol):
    end: int
    value: str
    unit: str | None
    type: str
    kind: str


def units_after_bracketed_percent(
    text: str, found: list[_Figure], unit_at: Callable[[int], tuple[str, int] | None]
) -> None:
    """Give a bare figure the scale word and unit written after the percent in brackets behind it, in place."""
    for figure in found:
        if figure.unit is not None or figure.kind == "label" or figure.type in ("rank", "date", "label"):
            continue
        if not _BARE.fullmatch(figure.value):
            continue
        bracket = _BRACKETED_PERCENT.match(text, figure.end)
        if not bracket:
            continue
        unit = unit_at(bracket.end())
        if bracket.group("scale") is None and unit is None:
            continue
        if bracket.group("scale"):
            figure.value = f"{figure.value} {bracket.group('scale').lower()}"
        if unit:
            figure.unit = unit[0]


_ABBREVIATED = re.compile(r"(?i)\s(?:thous|mln|bln|trln|mn|bn)$")


def units_after_abbreviated_scale(
    text: str, found: list[_Figure], unit_at: Callable[[str, int], tuple[str, int] | None]
) -> None:
    """Give a figure ending in an abbreviated scale the unit glued to it by a dot ("thous.persons"), in place;
    `unit_at(text, at)` reads a unit after `at` in a text of the same length."""
    for figure in found:
        if figure.unit is not None or not _ABBREVIATED.search(figure.value):
            continue
        if text[figure.end : figure.end + 1] != "." or not text[figure.end + 1 : figure.end + 2].isalpha():
            continue
        spaced = text[: figure.end] + " " + text[figure.end + 1 :]  # the dot as the space it stands for
        unit = unit_at(spaced, figure.end)
        if unit:
            figure.unit = unit[0]
