"""A headline restating a body figure in other words: "GDP growth rate 0.6 percent" and "GDP grew
by 0.6 percent" name one measure (`same`); a changed digit in either is caught, and a figure of
another measure with the same digits is not taken for it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

RELEASE = (
    "GDP growth rate 0.6 percent in Q1 2018.\n\n"
    "According to the second estimate, gross domestic product (GDP) grew by 0.6 percent in Q1 2018 "
    "relative to Q4 2017.\n"
)


def test_a_headline_growth_rate_restates_the_body_verb(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert kinds(drafted["0.6"]) == ["same"]
    assert failing == []


def test_a_changed_digit_in_the_restated_figure_is_caught(tmp_path: Path) -> None:
    text = "GDP grew 0.6 percent in Q1 2018.\n\nGDP grew by 0.6 percent in Q1 2018, the statistics office said.\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["0.6"]) == ["same"] and failing == []
    _, failing, _ = run_text(tmp_path, text.replace("by 0.6", "by 0.8"))
    assert failing == ["same"]


def test_another_measure_with_the_same_digits_is_not_the_same_fact(tmp_path: Path) -> None:
    text = "GDP growth rate 0.6 percent in Q1 2018.\n\nThe unemployment rate rose by 0.6 percent in Q1 2018.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert kinds(drafted["0.6"]) == []
    # a growth of a part of the whole is another measure too
    text = "GDP growth rate 0.6 percent in Q1 2018.\n\nHousehold consumption grew by 0.6 percent in Q1 2018.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert kinds(drafted["0.6"]) == []
