"""Rates of change "these figures" give, with their changes in brackets, for the levels just stated."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "In 2031 Ruritania's imports of goods were $40.0 billion, its exports were $30.0 billion, for a trade "
    "deficit of $10.0 billion. These figures are 25% ($8.0 billion), 20% ($5.0 billion) and 42.9% "
    "($3.0 billion) higher than in 2030 respectively.\n"
)


def test_each_rate_is_its_change_over_its_level(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert kinds(drafted["25"]) == ["formula"] and kinds(drafted["20"]) == ["formula"]
    assert kinds(drafted["42.9"]) == ["formula"]
    assert "difference" in kinds(drafted["3.0 billion"])  # the deficit's change: 8.0 - 5.0
    assert failing == []


def test_a_wrong_rate_is_caught(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, TEXT.replace("20% ($5.0", "30% ($5.0"))
    assert failing == ["formula"]


def test_a_list_of_other_length_than_the_levels_draws_nothing(tmp_path: Path) -> None:
    text = TEXT.replace(", for a trade deficit of $10.0 billion", "")
    drafted, _, _ = run_text(tmp_path, text)
    assert "formula" not in kinds(drafted["25"])
