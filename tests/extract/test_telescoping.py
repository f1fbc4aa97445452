"""Contributions of nested aggregates (M1, M2-M1, M3-M2) add up to the growth rate of the widest."""

from __future__ import annotations

from tests.extract.relations_support import run_text

ECB = (
    "The annual growth rate of the broad monetary aggregate M3 increased to 10.4% in September 2020"
    " from 9.5% in August, averaging 10.0% in the three months up to September.\n"
    "Looking at the components' contributions to the annual growth rate of M3, the narrower aggregate M1"
    " contributed 9.4 percentage points (up from 9.0 percentage points in August), short-term deposits"
    " other than overnight deposits (M2-M1) contributed 0.4 percentage point (up from 0.1 percentage"
    " point) and marketable instruments (M3-M2) contributed 0.6 percentage point (up from 0.4 percentage"
    " point).\n"
)


def _contributions(drafted: dict, value: str) -> list[list[str]]:
    return [c["contributions"] for c in drafted.get(value, []) if "contributions" in c]


def test_nested_aggregates_add_up_to_the_rate_and_so_do_their_earlier_values(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, ECB)
    assert [len(c) for c in _contributions(drafted, "10.4")] == [3]
    assert [len(c) for c in _contributions(drafted, "9.5")] == [3]
    assert not _contributions(drafted, "10.0")
    assert not failing


def test_a_wrong_contribution_or_rate_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(
        tmp_path, ECB.replace("contributed 0.6 percentage point", "contributed 1.6 percentage point")
    )
    assert "contributions" in failing
    _, failing, _ = run_text(tmp_path, ECB.replace("from 9.5% in August", "from 8.5% in August"))
    assert "contributions" in failing


def test_codes_that_skip_an_aggregate_or_stop_short_draft_nothing(tmp_path) -> None:
    skipped = ECB.replace(
        " short-term deposits other than overnight deposits (M2-M1) contributed 0.4 percentage"
        " point (up from 0.1 percentage point) and",
        "",
    )
    drafted, failing, _ = run_text(tmp_path, skipped)
    assert not _contributions(drafted, "10.4") and not failing
    short = ECB.replace(
        "contributions to the annual growth rate of M3", "contributions to the annual growth rate of M4"
    )
    drafted, failing, _ = run_text(tmp_path, short)
    assert not _contributions(drafted, "10.4") and not failing
    no_rate = ECB.split("\n", 1)[1]
    drafted, failing, _ = run_text(tmp_path, no_rate)
    assert not any(_contributions(drafted, v) for v in drafted) and not failing
