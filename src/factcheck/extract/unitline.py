"""A table's unit stated as "Unit: …" before its cells, as statistical databases print their tables
(PxWeb and the like: "Overnight stay by region, period and time, Unit: Number, 2025, 2026, Hotels,
2,169,711, 2,343,798"), often flattened with the cells into one run of text.

"Unit: Number" counts what the table's title names before " by " (its dimensions): "Overnight stay by
region, …" counts overnight stays. A percent or a currency is taken as written; a scale ("DKK million")
is left to the readers of headers, which put it in the quote. Bare figures after the statement in the
same paragraph take the unit; a figure with a unit of its own, a date, a rank or a label keeps its own.
"""

from __future__ import annotations

import re
from typing import Protocol

from factcheck.grammar.flattables import english_unit
from factcheck.grammar.thousands import AFTER_MARK, THOUSANDS_MARK


class Figure(Protocol):  # extract.mentions.Mention
    value: str
    value_start: int
    unit: str | None
    kind: str
    type: str


_UNIT = re.compile(r"(?i)(?:^|[\s,.;:])unit\s*:\s*,?\s*(?P<unit>[A-Za-z%][A-Za-z% .]{0,30}?)\s*(?:,|$|\n)")
_COUNT = {"number", "numbers", "count", "persons", "number of persons"}
#: A database table's title: what it counts, then " by " and its dimensions ("Overnight stay by region").
_TITLE = re.compile(r"(?:^|[,.;:]\s|\s)(?P<what>[A-Z][a-z]+(?: [a-z]+){0,3}) by [a-z]")


def stated_unit(text: str) -> tuple[int, str] | None:
    """Where a "Unit: …" statement of `text` ends and the unit it gives its cells, or None."""
    match = _UNIT.search(text)
    if match is None:
        return None
    written = " ".join(match.group("unit").split())
    if written.lower() in _COUNT:
        titles = list(_TITLE.finditer(text, 0, match.start()))
        if not titles:
            return None
        return match.end(), _plural(titles[-1].group("what").lower())
    unit = english_unit(f"({written})")
    if unit is None or unit.scale:
        return None
    return match.end(), unit.unit


def apply_stated_unit(text: str, found: list[Figure]) -> None:
    """Give the bare figures after a "Unit: …" statement of the paragraph `text` its unit, in place;
    scale the figures under a thousands header ("(US'000)")."""
    if "000" in text:
        apply_thousands_header(text, found)
    if "nit" not in text:
        return
    stated = stated_unit(text)
    if stated is None:
        return
    end, unit = stated
    for figure in found:
        if figure.value_start >= end and figure.unit is None and figure.kind != "label":
            if figure.type not in ("date", "rank", "label"):
                figure.unit = unit


def apply_thousands_header(text: str, found: list[Figure]) -> None:
    """Scale each figure right after a thousands header by a thousand (a money header gives the
    unit "$" to a bare figure), and drop the header's own "000", in place."""
    marks = list(THOUSANDS_MARK.finditer(text))
    if not marks:
        return
    kept = []
    for figure in found:
        if any(mark.start() <= figure.value_start < mark.end() for mark in marks):
            continue  # the "000" of "(US'000)"
        mark = next((m for m in marks if AFTER_MARK.fullmatch(text, m.end(), figure.value_start)), None)
        if mark is not None and figure.type not in ("date", "rank", "label") and " " not in figure.value:
            figure.value += " thousand"
            if figure.unit is None and mark.group("money") in ("US", "US$", "$"):
                figure.unit = "$"
        kept.append(figure)
    found[:] = kept


def _plural(phrase: str) -> str:
    """ "overnight stay" → "overnight stays", "holiday property" → "holiday properties"."""
    head = phrase.rsplit(" ", 1)[-1]
    if head.endswith("s"):
        return phrase
    if head.endswith("y") and head[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if head.endswith(("x", "ch", "sh")):
        return phrase + "es"
    return phrase + "s"
