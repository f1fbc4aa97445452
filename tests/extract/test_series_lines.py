"""A chart's series or a one-column table printed a line a point ("2023-03 44.925") is a list of
statistics, one per label: two of its lines are never one fact stated twice, while a figure the
prose states again is still checked as the same fact."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

SERIES = (
    "Household consumption of goods in volume, March 2023\n"
    "Total consumption of goods\n"
    "Monthly data\n"
    "2023-03 44.925\n"
    "2023-02 45.533\n"
    "2023-01 45.881\n"
    "2022-12 45.137\n"
)


def test_two_lines_of_a_series_are_never_the_same_fact(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, SERIES)
    assert not any("same" in kinds(checks) for checks in drafted.values())
    assert not failing


def test_a_figure_stated_again_in_prose_is_still_the_same_fact(tmp_path) -> None:
    text = (
        "Retail sales in the euro area rose by 1.4% in March compared with February.\n"
        "Key figures\n"
        "In March, retail sales in the euro area rose by 1.4% compared with February, after a fall.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "same" in kinds(drafted["1.4"])
    assert not failing
    planted = tmp_path / "planted"
    planted.mkdir()
    _, failing, _ = run_text(planted, text.replace("rose by 1.4% compared", "rose by 1.9% compared"))
    assert "same" in failing
