"""Cells of an English table written negative with the sign apart or in brackets (`grammar.signedcells`):
their mentions get the minus the reader sees ("| – 1.18% |" under "Percent Change" is a fall of 1.18%)."""

from __future__ import annotations

from typing import Protocol

from factcheck.grammar.signedcells import negative_cells


class _Signed(Protocol):
    value: str
    value_start: int
    negative: bool


def sign_cells(text: str, found: list[_Signed], lang: str) -> None:
    """Give each mention at a negative cell of the row `text` its minus (English documents only)."""
    if lang != "en" or "|" not in text:
        return
    starts = set(negative_cells(text))
    for mention in found:
        if mention.value_start in starts and not mention.value.startswith(("-", "−")):
            mention.value = "-" + mention.value
            mention.negative = True
