"""Answers that depend on a paragraph's text alone, kept per text: a document repeats lines (running
headers, footers, a table's rows, a copied section), and each of these answers scans the whole paragraph
with tens of patterns. The answers are tuples inside the cache and fresh lists outside it, so a caller
that changes its list cannot change what the next caller gets.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.noise import is_furniture, noise_spans
from factcheck.extract.timing import PeriodMention, find_periods


@lru_cache(maxsize=4096)
def _noise(text: str, folded: str) -> tuple[tuple[int, int], ...]:
    return tuple(noise_spans(text, folded))


def paragraph_noise(text: str, folded: str) -> list[tuple[int, int]]:
    """`noise.noise_spans(text, folded)`, scanned once per distinct text."""
    return list(_noise(text, folded))


@lru_cache(maxsize=4096)
def _periods(text: str, folded: str, year: int | None, month: int | None) -> tuple[PeriodMention, ...]:
    return tuple(find_periods(text, folded, year, month))


def paragraph_periods(text: str, folded: str, year: int | None, month: int | None = None) -> list[PeriodMention]:
    """`timing.find_periods(text, folded, year, month)` (its mentions are frozen), scanned once per distinct
    text and reference."""
    return list(_periods(text, folded, year, month))


@lru_cache(maxsize=4096)
def furniture(text: str, start: int, end: int) -> bool:
    """`noise.is_furniture(text, start, end)`: the paragraph scanned again without the date, once per text."""
    return is_furniture(text, start, end)
