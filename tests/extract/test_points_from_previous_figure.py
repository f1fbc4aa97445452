"""'recorded 10.4 percent, representing a decline of 0.1 percentage points from previous month figure
of 10.5 percent', 'was 9.8 percent …, 0.1 percentage point lower than the 9.9 percent': the points
are the difference of the two rates."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

RECORDED = (
    "The consumer inflation for September 2020 recorded 10.4 percent, representing a decline of 0.1"
    " percentage points from previous month figure of 10.5 percent.\n"
)
THAN_THE = "Inflation was 9.8 percent in September 2020, 0.1 percentage point lower than the 9.9 percent in August.\n"


def test_the_points_from_the_previous_months_figure(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, RECORDED)
    assert kinds(drafted["-0.1"]) == ["difference"] and not failing
    _, failing, _ = run_text(tmp_path, RECORDED.replace("of 10.5 percent", "of 10.7 percent"))
    assert failing == ["difference"]


def test_the_points_lower_than_the_rate(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, THAN_THE)
    assert kinds(drafted["-0.1"]) == ["difference"] and not failing
    _, failing, _ = run_text(tmp_path, THAN_THE.replace("0.1 percentage point", "0.3 percentage point"))
    assert failing == ["difference"]
