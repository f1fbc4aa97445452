"""A count compared with another period's ("8 more bankruptcies in September than in the previous
month", "12 fewer … than a year earlier") is the difference of the two levels when the text states
both; nothing is drafted when a level is missing or ambiguous."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

from factcheck.extract.infer.compared import _THAN, _base_period

RELEASE = (
    "Bankruptcies, September 2020\n\n"
    "In August 2020, 175 bankruptcies were pronounced. In September 2020, 183 bankruptcies were pronounced.\n\n"
    "There were 8 more bankruptcies in September than in the previous month.\n\n"
    "There were 12 fewer bankruptcies in September than a year earlier. In September 2019 there were 195 "
    "bankruptcies.\n"
)


def test_more_and_fewer_than_another_period_are_differences_of_the_levels(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert drafted["8"] == [{"difference": ["./bankruptcies-2", "./bankruptcies"]}]
    assert kinds(drafted["-12"]) == ["difference"]
    assert failing == []


def test_a_changed_digit_in_a_level_is_caught(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE.replace("175 bankruptcies", "165 bankruptcies"))
    assert failing == ["difference"]
    _, failing, _ = run_text(tmp_path, RELEASE.replace("12 fewer", "21 fewer"))
    assert failing == ["difference"]


def test_no_difference_without_both_levels_or_with_two_candidates(tmp_path: Path) -> None:
    missing = "Bankruptcies, September 2020\n\nThere were 8 more bankruptcies in September than in August.\n"
    drafted, _, _ = run_text(tmp_path, missing)
    assert kinds(drafted["8"]) == []
    other = "were pronounced. Another 40 bankruptcies were of sole traders in August 2020.\n"
    two = RELEASE.replace("were pronounced.\n", other, 1)
    drafted, _, _ = run_text(tmp_path, two)
    assert kinds(drafted["8"]) == []
    expected = "Bankruptcies, September 2020\n\n183 bankruptcies were pronounced, 8 more bankruptcies than expected.\n"
    drafted, _, _ = run_text(tmp_path, expected)
    assert all(kinds(checks) == [] for checks in drafted.values())


def test_the_period_compared_with() -> None:
    def base(period: str, words: str) -> str | None:
        return _base_period(period, _THAN.match(words))

    assert base("2020-09", " in the previous month") == "2020-08"
    assert base("2020-01", " in the previous month") == "2019-12"
    assert base("2020-Q1", " in the previous quarter") == "2019-Q4"
    assert base("2020-09", " a year earlier") == "2019-09"
    assert base("2020-09", " in the same month last year") == "2019-09"
    assert base("2020-03", " in November") == "2019-11"
    assert base("2020-09", " in August") == "2020-08"
    assert base("2020", " in the previous month") is None
    assert base("2020-09", " expected") is None
