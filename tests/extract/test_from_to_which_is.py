""" "from A in P1 to B in P2, which is an increase of r"; "increased by r per cent from an index of A to B": the
growth from A to B (the `change` pattern)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def test_the_rate_after_which_is_and_the_later_period(tmp_path: Path) -> None:
    text = (
        "Average wages increased from $5,120 in March 2031 to $5,243 in June 2031, "
        "which is an increase of 2.4 percent.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert [next(iter(c)) for c in drafted["2.4"]] == ["growth"]
    assert failing == []


def test_a_wrong_rate_after_which_is_fails(tmp_path: Path) -> None:
    text = (
        "Average wages increased from $5,120 in March 2031 to $5,243 in June 2031, "
        "which is an increase of 3.4 percent.\n"
    )
    _, failing, _ = run_text(tmp_path, text)
    assert failing == ["growth"]


def test_a_rate_before_from_an_index_of_a_to_b_is_the_growth(tmp_path: Path) -> None:
    text = "The price index increased by 1.2 per cent from an index of 150.00 in May 2031 to 151.80 in June 2031.\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert [next(iter(c)) for c in drafted["1.2"]] == ["growth"]
    assert failing == []
