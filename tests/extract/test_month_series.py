"""A change over a month of the text, from the two months' levels of a series the document lists."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

RELEASE = (
    "In March 2023, household consumption expenditures in goods decreased by 1.3% over a month in volume, "
    "after a 0.8% decline in February 2023. This new decrease is explained by the food consumption drop (-2.4%).\n"
    "\n"
    "Total consumption of goods\n"
    "Monthly data\n"
    "\n"
    "2023-03 44.925\n"
    "2023-02 45.533\n"
    "2023-01 45.881\n"
    "2022-12 45.137\n"
)


def _growths(checks: list[dict]) -> list[dict]:
    return [c["growth"] for c in checks if "growth" in c]


def test_a_change_over_a_month_is_the_growth_between_the_series_levels(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert len(_growths(drafted["-1.3"])) == 1
    assert len(_growths(drafted["-0.8"])) == 1  # February's: from January's level to February's
    assert "growth" not in kinds(drafted["-2.4"])  # food: not the series' subject
    assert "growth" not in failing


def test_no_growth_without_a_month_said_or_with_another_subject(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, RELEASE.replace(" over a month", ""))
    assert "growth" not in kinds(drafted["-1.3"])  # over a year? the words do not say
    drafted, _, _ = run_text(tmp_path, RELEASE.replace("Total consumption of goods", "Total consumption of services"))
    assert "growth" not in kinds(drafted["-1.3"])
    drafted, _, _ = run_text(tmp_path, RELEASE.replace("2023-02 45.533\n", ""))
    assert "growth" not in kinds(drafted["-1.3"])  # February's level is not listed


def test_a_planted_level_of_the_series_fails_the_growth(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE.replace("2023-03 44.925", "2023-03 45.925"))
    assert "growth" in failing
