"""Figures of a change from one level to another: the level left is of the earlier point ("between
April and May 2031 … from $2.10 to $2.25"; an annual report's "from 61% to 64%" is last year's), the
level reached and the change of the later one."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

MARKET = (
    "Market Prices Bulletin, May 2031\n"
    "Average prices between April and May 2031 show that a loaf of bread rose by 7.1 percent from $2.10 to $2.25, "
    "while a dozen eggs fell by 4.0 percent from $3.50 to $3.36.\n"
)
ANNUAL = (
    "Household Survey 2031\n"
    "Households grew to 41,250 in 2031. Home ownership rose from 61% to 64%, and the number of renters fell "
    "to 12,400 from 13,150. The survey covered 9,800 homes.\n"
)


def _periods(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_between_two_months_names_two_points_not_a_span(tmp_path: Path) -> None:
    periods = _periods(tmp_path, MARKET)
    assert periods["2.10"] == periods["3.50"] == "2031-04"
    assert periods["2.25"] == periods["3.36"] == "2031-05"
    assert periods["7.1"] == periods["-4.0"] == "2031-05"


def test_the_level_left_in_an_annual_report_is_last_years(tmp_path: Path) -> None:
    periods = _periods(tmp_path, ANNUAL)
    assert periods["61"] == periods["13,150"] == "2030"
    assert periods["64"] == periods["12,400"] == periods["41,250"] == periods["9,800"] == "2031"


def test_a_change_from_an_index_of_one_month_to_the_next_is_the_later_months(tmp_path: Path) -> None:
    text = (
        "Producer Prices, June 2031\n"
        "The producer price index rose by 0.8 percent from an index of 120.5 in May 2031 to 121.5 in June 2031.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["0.8"] == periods["121.5"] == "2031-06"
    assert periods["120.5"] == "2031-05"


def test_a_change_before_another_figures_period_keeps_the_releases(tmp_path: Path) -> None:
    text = (
        "Labour Survey, May 2031\n"
        "In May 2031 the participation rate was 62.0 percent, down by 0.4 percentage point from the PR of "
        "62.4 percent in May 2030. Employment grew by 1.2% as against 3.10 million in May 2030. "
        "The index decreased by 0.5 units to 101.2 units compared to 101.7 units in April 2031.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["-0.4"] == periods["1.2"] == periods["-0.5"] == periods["101.2"] == "2031-05"
    assert periods["62.4"] == periods["3.10 million"] == "2030-05"
    assert periods["101.7"] == "2031-04"


def test_a_bare_year_in_a_quarterly_release_is_that_years_same_quarter(tmp_path: Path) -> None:
    text = (
        "Tourism, first quarter of 2031\n"
        "Overnight visitors rose by 6.3 percent, from just under 148 thousand persons in 2030 to 157 thousand "
        "persons in 2031. Hotel stays totalled 41 thousand in 2030 as a whole.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["148 thousand"] == "2030-Q1"
    assert periods["157 thousand"] == periods["6.3"] == "2031-Q1"
    assert periods["41 thousand"] == "2030"
