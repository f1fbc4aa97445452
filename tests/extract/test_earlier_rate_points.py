"""The points between a rate stated earlier and the earlier period's rate the points sentence states:
"… was 2.6%; hence, the annual rate … increased by 0.5 percentage points" (`earlier-rate-points`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract.infer import earlier_rate_points

TEXT = (
    "Island Price Index, June 2031\n"
    "during the twelve months to June 2031 the price index (PI) for the island increased by 3.1% to stand at "
    "150.2 (2020 = 100)\n"
    "the increase in the PI over the twelve months to March 2031 was 2.6%; hence, the annual rate of inflation "
    "increased by 0.5 percentage points (pp) in the latest quarter\n"
)


def test_the_points_between_the_rate_now_and_the_earlier_rate(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert [next(iter(c)) for c in drafted["0.5"]] == ["difference"]
    assert failing == []


def test_no_abbreviation_naming_the_series_no_relation(tmp_path: Path) -> None:
    text = TEXT.replace("the price index (PI)", "the price index").replace("in the PI", "in the index")
    assert relations_of(earlier_rate_points, context_of(text, tmp_path)) == []
