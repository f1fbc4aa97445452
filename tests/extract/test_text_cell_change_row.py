"""A level restating a table cell, 'up 1.5 percent from the previous year': the change restates the
cell of the table's row of changes over the previous year, in the same column."""

from __future__ import annotations

from tests.extract.relations_support import run_text

KOSTAT = (
    "The Consumer Price Index in 2018 was 104.45(2015=100), up 1.5 percent from the previous year.\n"
    "(2015=100, %)\n"
    "| 2016 | 2017 | 2018 |\n"
    "Index | 100.97 | 102.93 | 104.45 |\n"
    "Change over the previous year | 1.0 | 1.9 | 1.5\n"
)


def _same(drafted: dict, value: str) -> list[str]:
    return [c["same"] for c in drafted.get(value, []) if "same" in c]


def test_the_change_restates_the_row_of_changes(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, KOSTAT)
    assert len(_same(drafted, "1.5")) == 1
    assert not failing


def test_a_wrong_change_cell_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, KOSTAT.replace("| 1.9 | 1.5", "| 1.9 | 1.8"))
    assert "same" in failing


def test_a_row_of_other_changes_restates_nothing(tmp_path) -> None:
    other = KOSTAT.replace("Change over the previous year |", "Change over the previous month |")
    drafted, failing, _ = run_text(tmp_path, other)
    assert not _same(drafted, "1.5") and not failing
