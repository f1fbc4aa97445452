"""English tables flattened to text: a row label's unit in brackets ("FOB Value (in Million US
Dollars) 5,898.02"), a caption naming percent for the rows under it, and the figures of such a row.
"""

from __future__ import annotations

import re

from factcheck.grammar.tables import PERCENT_NAMES, UNIT_IN_BRACKETS, Cell, ColumnUnit

#: An English label's unit in brackets: "(in Million US Dollars)" → million + $.
_EN_MONEY = re.compile(
    r"(?:in\s+)?(?:(thousand|million|billion|trillion)s?\s+(?:of\s+)?)?(?:us\s*dollars|u\.s\.\s*dollars|usd|us\$|\$)"
)
#: A caption naming percent for the rows under it: "Year-on-Year Growth in Percent", "…, % (TOL 2008)".
_EN_PERCENT_CAPTION = re.compile(
    r"(?:,\s*%|\bin\s+per\s?cent|\(per\s?cent\))\s*(?:\d\)\s*)?(?:\([^()]{1,20}\))?\s*$", re.I
)
_FLAT_FIGURE = re.compile(r"[-+−]?\d(?:[\d,]*\d)?(?:\.\d+)?")


def english_unit(label: str) -> ColumnUnit | None:
    """The unit an English row label names in brackets at its end: (Percent) → %, (in Million US
    Dollars) → million $; None for a bracket that is a code or a note ("(4711, 472)", "(Fresh)")."""
    match = UNIT_IN_BRACKETS.search(label) or re.search(r"\(([^()]{1,40})\)\s*$", label)
    if not match:
        # "Change (%) to the previous quarter": percent in brackets inside the label holds too
        inside = re.search(r"\(\s*(%|％|per\s?cent)\s*\)", label, re.I)
        return ColumnUnit("", "%") if inside else None
    inner = " ".join(match.group(1).split()).lower()
    if inner in PERCENT_NAMES or inner in ("in percent", "in per cent"):
        return ColumnUnit("", "%")
    money = _EN_MONEY.fullmatch(inner)
    if money:
        return ColumnUnit(f" {money.group(1)}" if money.group(1) else "", "$")
    return None


def english_caption_unit(line: str) -> ColumnUnit | None:
    """The unit an English table caption states for the rows under it: percent for "Year-on-Year
    Growth in Percent" or "Annual change … in industries of trade, %"; None otherwise."""
    if "|" in line or len(line) > 160 or flat_row_figures(line):
        return None
    return ColumnUnit("", "%") if _EN_PERCENT_CAPTION.search(line) else None


def flat_row_figures(line: str) -> list[tuple[Cell, str]]:
    """The figures of a table row flattened to text, each with the label in force before it
    ("Sales volume 1.7 5.6 4.6", "Gold -1.8 Iron and Steel -46.8"): the line ends in a figure, has a
    label of words, and is no sentence. A figure that opens the line is a code ("45 Motor vehicle
    trade"), not a cell; [] for a line that is not such a row."""
    text = line.rstrip()
    if "|" in text or len(text) > 200 or not text or text.endswith("."):
        return []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if not _FLAT_FIGURE.fullmatch(tokens[-1][1]) or len(tokens) < 2:
        return []
    found: list[tuple[Cell, str]] = []
    label: list[str] = []
    previous_figure = False
    for start, token in tokens:
        figure = _FLAT_FIGURE.fullmatch(token) is not None
        if figure and (label or previous_figure):
            found.append((Cell(start, start + len(token), token), " ".join(label)))
        else:
            label = [token] if previous_figure else [*label, token]
        previous_figure = figure and bool(found) and found[-1][0].start == start
    if not any(re.search(r"[A-Za-z]{2}", word) for _, word in tokens):
        return []
    return found


def flat_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each figure of the flattened rows in `text` whose label names
    a unit in brackets ("FOB Value (in Million US Dollars) 5,898.02"): what such a quote states."""
    return [
        (cell.text, unit)
        for line in text.splitlines()
        for cell, label in flat_row_figures(line)
        if (unit := english_unit(label)) is not None
    ]
