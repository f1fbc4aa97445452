"""Figures of a table cell written negative in the ways of accounting and of some statistics offices:
a sign apart from its number ("| - 4.62% |", "| – 0.19 |") or brackets around it ("| (0.2) |").

Prose keeps its own readings ("Food - 2.1%" may be a dash between a label and its figure); only a
whole cell of a row written with `|` is read here, where nothing but a sign can stand before a figure.
"""

from __future__ import annotations

import re

from factcheck.grammar.tables import cells

_FIGURE = r"\d[\d,]*(?:\.\d+)?%?"
#: One cell's figure with its sign apart or in brackets; `figure` is what is left of it.
_SIGNED = re.compile(rf"(?P<sign>[-−–+])\s+(?P<figure>{_FIGURE})|\((?P<bracketed>{_FIGURE})\)")


def bare_figure(text: str) -> str:
    """The figure of a cell without a sign written apart or brackets: "(0.2)" → "0.2", "+ 8.74%" → "8.74%"."""
    match = _SIGNED.fullmatch(text.strip())
    if match is None:
        return text
    return match.group("figure") or match.group("bracketed")


def negative_cells(line: str) -> list[int]:
    """Where the digits of each cell written negative start in `line` (a row of `|` cells)."""
    found: list[int] = []
    for cell in cells(line):
        match = _SIGNED.fullmatch(cell.text)
        if match is None or match.group("sign") == "+":
            continue
        group = "figure" if match.group("figure") else "bracketed"
        found.append(cell.start + match.start(group))
    return found
