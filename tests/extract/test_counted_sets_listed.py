"""A count in words with a word that sorts its noun ("three major sectors"), or one whose members are
listed right after it ("the five regions, namely: …", "the other two regions:")."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units


def test_a_count_past_a_sorting_word_and_a_listed_set_are_counts(tmp_path: Path) -> None:
    text = (
        "In June 2031 output rose in three major sectors, led by mining. Prices climbed in the five regions, "
        "namely: North, South, East, West and Centre. The other two regions: Islands and Coast were flat."
    )
    units = drafted_units(tmp_path, text)
    assert ("three", "sectors") in units and ("five", "regions") in units and ("two", "regions") in units


def test_the_set_named_without_a_list_is_no_count(tmp_path: Path) -> None:
    text = "In June 2031 the two surveys agreed, and the other three regions grew by 1.2 percent."
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["1.2"]
