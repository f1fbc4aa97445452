"""Periods the words around an English figure give it: a quarter and its year apart by a comma, a census
year named in "results for the 2031 … Census", twelve months ending in the month a release names alone,
"the previous month" or "last month" right after a figure, a "when" clause after a period, the level left
in a sentence compared with a period, "the corresponding quarter of 2030", and periods that belong to
another figure ("over the 12,000 …", "where the first quarter 2031 figure was …")."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

from factcheck.extract.docperiod import document_period
from factcheck.extract.timing import find_periods


def _periods(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_a_quarter_and_its_year_apart_by_a_comma_are_one_period() -> None:
    text = "Vacancies fell from 8.1 per cent in the first quarter, 2031 to 7.4 per cent in the second quarter, 2031."
    assert [m.period for m in find_periods(text, text, None)] == ["2031-Q1", "2031-Q2"]
    reference = document_period(["Vacancy report"], text)
    assert reference is not None and reference.period == "2031-Q2"


def test_results_for_a_census_year_make_the_documents_year_not_the_earlier_census() -> None:
    text = (
        "First results for the 2031 Housing and Farm Census count 412,300 farms, up from 398,100 in 2021. "
        "Farms have grown by 4 percent between the 2021 and 2031 rounds."
    )
    reference = document_period(["Farm count at 412,300: first census results"], text)
    assert reference is not None and reference.period == "2031"


def test_twelve_months_ending_in_the_month_named_alone_are_that_months_release() -> None:
    text = (
        "Rent inflation rose 3.2% year on year in June from 3.0% in May. "
        "Office rents increased to 5.5% for the year ending June 2031 compared to 5.1% recorded in May 2031, and "
        "shop rents increased to 2.2% for the year ending June 2031."
    )
    reference = document_period(["Rents climb"], text)
    assert reference is not None and reference.period == "2031-06"


def test_a_year_ending_without_a_month_named_alone_stays_twelve_months() -> None:
    text = "Average earnings rose 4.1% for the year ending June 2031. Hours rose 0.3% for the year ending June 2031."
    reference = document_period(["Earnings"], text)
    assert reference is not None and reference.period == "2030-07/2031-06"


def test_the_previous_month_or_last_month_right_after_a_figure_is_the_month_before(tmp_path: Path) -> None:
    text = (
        "Bus Fares, June 2031\n"
        "Fare inflation rose 2.4% in June 2031, driven by a 3.1% increase in city fares from 2.8% the previous "
        "month. Rail fares rose 1.9% compared to 1.6% last month, and ferry fares rose 0.7% after a 0.5% rise "
        "the previous month.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["2.4"] == periods["3.1"] == periods["1.9"] == periods["0.7"] == "2031-06"
    assert periods["2.8"] == periods["1.6"] == periods["0.5"] == "2031-05"


def test_the_previous_month_after_a_compared_figure_is_that_figures(tmp_path: Path) -> None:
    text = "Milk Prices, June 2031\nMilk prices edged up 2.2% versus 2.0% in the previous month.\n"
    periods = _periods(tmp_path, text)
    assert periods["2.2"] == "2031-06"
    assert periods["2.0"] == "2031-05"


def test_last_month_after_from_is_a_base_not_the_figures_period(tmp_path: Path) -> None:
    text = "Wages, June 2031\nAverage wages in June 2031 fell by 1.4% from last month and rose 2.6% on last year.\n"
    assert _periods(tmp_path, text)["-1.4"] == "2031-06"


def test_a_figure_in_a_when_clause_is_of_the_period_the_clause_describes(tmp_path: Path) -> None:
    text = (
        "Bread Prices, June 2031\n"
        "Bread inflation reached 6.1% in June 2031, the highest since March 2029, when bread inflation was 6.4%.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["6.1"] == "2031-06"
    assert periods["6.4"] == "2029-03"


def test_the_level_left_in_a_sentence_compared_with_a_period_is_of_that_period(tmp_path: Path) -> None:
    text = (
        "Timber Exports, January-June 2031\n"
        "Timber exports in January-June 2031, as compared with January-June 2030, fell by 8 percent, and their "
        "share of all exports fell from 12.5 to 10.9 percent. When compared to the first half of 2030 the "
        "paper share rose from 4.1 per cent to its current level of 4.6 per cent.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["12.5"] == "2030-01/2030-06"
    assert periods["4.1"] == "2030-H1"
    assert periods["10.9"] == periods["4.6"] == periods["-8"] == "2031-01/2031-06"


def test_the_corresponding_quarter_of_a_year_is_the_releases_quarter_in_that_year(tmp_path: Path) -> None:
    text = (
        "Tourism, third quarter 2031\n"
        "In the third quarter of 2031 there were 81,200 visitors, up from the 77,900 visitors who came in the "
        "corresponding quarter of 2030.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["81,200"] == "2031-Q3"
    assert periods["77,900"] == "2030-Q3"


def test_a_period_after_another_figure_or_naming_one_is_not_the_changes(tmp_path: Path) -> None:
    text = (
        "Fishing Fleet, second quarter 2031\n"
        "In the second quarter of 2031 there were 5,240 boats, a decrease of 130 over the 5,370 boats registered "
        "in the second quarter of 2030. Trawlers fell by 40 where the first quarter 2031 figure was 910 and the "
        "second quarter 2031 total was 870.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["-130"] == periods["-40"] == periods["870"] == "2031-Q2"
    assert periods["5,370"] == "2030-Q2"
    assert periods["910"] == "2031-Q1"


def test_last_month_of_the_main_figure_in_a_news_report_is_the_month_reported(tmp_path: Path) -> None:
    text = "Shoe Prices, June 2031\nShoe prices rose 0.6% last month, the statistics office said on July 9.\n"
    assert _periods(tmp_path, text)["0.6"] == "2031-06"


def test_the_previous_month_right_after_a_figure_wins_over_the_month_before_it(tmp_path: Path) -> None:
    text = (
        "Tyre Prices, June 2031\nTyre prices rose 0.8 percent in June after falling 0.3 percent the previous month.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["0.8"] == "2031-06"
    assert periods["-0.3"] == "2031-05"


def test_a_price_change_for_the_year_ending_a_month_is_that_months(tmp_path: Path) -> None:
    text = (
        "Lamp Oil, June 2031\n"
        "Lamp oil inflation rose to 12.4% for the year ending June 2031. The largest previous year-over-year "
        "advance was 13.1 percent for the year ended May 2029. Average annual inflation for the year ended "
        "June 2031 was 9.8%. Annual lamp output growth for the year ended June 2031 was 2.5%.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["12.4"] == "2031-06"
    assert periods["13.1"] == "2029-05"
    assert periods["9.8"] == periods["2.5"] == "2030-07/2031-06"


def test_a_year_after_the_that_ends_its_phrase_is_a_period(tmp_path: Path) -> None:
    text = (
        "Sheep count for 2031\n"
        "The count found 6,120 sheep per farm, up from 5,480 in the 2021. The flock has grown by 12 percent "
        "since the 2021, and by 20 percent between the 2011 and 2031 counts.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["5,480"] == "2021"
    assert periods["6,120"] == periods["12"] == periods["20"] == "2031"


def test_the_level_left_after_at_then_from_is_of_the_compared_month(tmp_path: Path) -> None:
    text = "Salt Prices, June 2031\nMonthly salt inflation rose by less compared to May, coming in at 0.3% from 0.5%.\n"
    periods = _periods(tmp_path, text)
    assert periods["0.3"] == "2031-06"
    assert periods["0.5"] == "2031-05"


def test_the_precedent_quarter_of_a_translated_release_is_the_quarter_before(tmp_path: Path) -> None:
    text = (
        "Harbour Traffic, third quarter 2031\n"
        "In comparison with the third quarter of 2030, cargo increased by 1.4% (2.2% in the precedent quarter).\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["1.4"] == "2031-Q3"
    assert periods["2.2"] == "2031-Q2"


def test_a_quarter_written_number_first_then_its_year(tmp_path: Path) -> None:
    text = "Car sales rose in 3Q 2021. They came to $4.2 billion, up from $3.9 billion in the previous quarter."
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)] == [
        ("4.2 billion", "2021-Q3"),
        ("3.9 billion", "2021-Q2"),
    ]
