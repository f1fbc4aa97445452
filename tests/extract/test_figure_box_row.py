"""A line of figures with no label of its own, under a key-figure box's headings ("Building
Permits: Housing Starts: Housing Completions:" then "1,446,000 1,353,000 1,710,000"), restates the
body's figures of those digits; a labelled table row ("Sales volume 1.7 5.6 4.6") still does not."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

RELEASE = (
    "MONTHLY NEW RESIDENTIAL CONSTRUCTION, JUNE 2024\n\n"
    "Building Permits: Housing Starts:\n\n"
    "Housing Completions:\n\n"
    "1,446,000 1,353,000 1,710,000\n\n"
    "Privately-owned housing units authorized by building permits in June were at a seasonally adjusted "
    "annual rate of 1,446,000.\n\n"
    "Privately-owned housing starts in June were at a seasonally adjusted annual rate of 1,353,000.\n\n"
    "Privately-owned housing completions in June were at a seasonally adjusted annual rate of 1,710,000.\n"
)


def _same_pairs(drafted: dict[str, list[dict]]) -> list[str]:
    return sorted(value for value, checks in drafted.items() for check in checks if "same" in check)


def test_a_box_row_of_bare_figures_restates_the_body(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert _same_pairs(drafted) == ["1,353,000", "1,446,000", "1,710,000"]
    assert failing == []


def test_a_labelled_row_is_no_box(tmp_path: Path) -> None:
    text = RELEASE.replace("1,446,000 1,353,000 1,710,000", "Units 1,446,000 1,353,000 1,710,000")
    drafted, _, _ = run_text(tmp_path, text)
    assert _same_pairs(drafted) == []
