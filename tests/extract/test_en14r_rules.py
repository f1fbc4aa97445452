"""English forms met on releases of statistics offices not seen before (round 11, helper en14r):
table cells written negative with the sign apart or in accounting brackets, "pps" glued to its
figure, a percent glued to its figure or apart by two spaces, and others below.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods, not_verified
from tests.extract.relations_support import kinds, run_text


def test_cells_written_negative_apart_or_in_brackets_are_negative(tmp_path: Path) -> None:
    text = (
        "Table 3. Change in sales by quarter\n"
        "Series | 2024 Q1 | 2024 Q2 | 2024 Q3 |\n"
        "Real sales | 1.3 | (0.4) | 0.8 |\n"
        "Nominal sales | 2.9 | 0.6 | 1.1 |\n"
        "Item | Change\n"
        "Apples | - 3.25%\n"
        "Pears | – 1.10%\n"
        "Plums | + 4.50%\n"
    )
    drafted = drafted_units_periods(tmp_path, text)
    assert ("-0.4", None, "2024-Q2") in drafted
    assert ("-3.25", "%") in [(v, u) for v, u, _ in drafted]
    assert ("-1.10", "%") in [(v, u) for v, u, _ in drafted]
    assert ("4.50", "%") in [(v, u) for v, u, _ in drafted]


def test_a_bracketed_cell_keeps_the_row_apart_from_the_next_row(tmp_path: Path) -> None:
    text = (
        "Series | 2022 | 2023 | 2024 Q1 | 2024 Q2 |\n"
        "Real sales | 4.1 | 2.2 | (0.3) | 1.1 |\n"
        "Nominal sales | 7.7 | 5.0 | 0.2 | 1.4 |\n"
    )
    drafted_units(tmp_path, text)
    assert not_verified(tmp_path) == []


def test_a_dash_before_a_figure_in_prose_is_not_read_as_a_sign(tmp_path: Path) -> None:
    text = "Food - 2.1% of the basket - rose in price.\n"
    assert drafted_units(tmp_path, text) == [("2.1", "%")]


def test_pps_glued_to_its_figure_is_percentage_points(tmp_path: Path) -> None:
    text = "The jobless rate (4.2%) fell by 0.3pps over the quarter and rose by 0.1 pps over the year.\n"
    assert drafted_units(tmp_path, text) == [("4.2", "%"), ("-0.3", "pps"), ("0.1", "pps")]
    assert not_verified(tmp_path) == []


def test_a_percent_glued_to_its_figure_or_after_two_spaces_is_its_unit(tmp_path: Path) -> None:
    text = "Prices rose 1.4per cent in March, after rises in fuel (2.05  per cent) and rent (0.7  %).\n"
    assert drafted_units(tmp_path, text) == [("1.4", "per cent"), ("2.05", "per cent"), ("0.7", "%")]
    assert not_verified(tmp_path) == []


def test_a_unit_word_glued_to_a_figure_is_still_no_unit(tmp_path: Path) -> None:
    text = "The survey counted 5kids per class and 12 teachers.\n"
    assert ("5", "kids") not in drafted_units(tmp_path, text)


def test_a_month_abbreviated_with_a_full_stop_is_the_figures_period(tmp_path: Path) -> None:
    text = (
        "Regional economy, April 2025\n"
        "Wholesale sales fell 1.1 per cent to $4.2 billion in Feb. Farm cash receipts rose 3 per cent in Mar. "
        "to $2.6 billion, the most since Sept.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["-1.1"] == "2025-02" and periods["4.2 billion"] == "2025-02"
    assert periods["3"] == "2025-03" and periods["2.6 billion"] == "2025-03"


def test_a_month_without_its_year_after_years_named_as_bases_is_the_year_after(tmp_path: Path) -> None:
    text = (
        "Rents grew by 3.4 percent last March, compared to the same month in 2021.\n"
        "Fuel prices went up by 1.2 percent in February, compared to the same month in 2021.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods == {"3.4": "2022-03", "1.2": "2022-02"}


def test_an_index_level_in_points_after_reaching_or_to_has_no_unit(tmp_path: Path) -> None:
    text = (
        "Compared with the previous month, the June 2022 price index increased by 0.3 percent, reaching "
        "104.6 points (January 2022=100). The food index rose 1.1 percent to 97.2 points.\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert ("104.6", None) in drafted and ("97.2", None) in drafted
    assert ("0.3", "percent") in drafted and ("1.1", "percent") in drafted


def test_a_level_then_two_changes_each_with_its_percent_checks_both_rates(tmp_path: Path) -> None:
    text = (
        "Median weekly pay was £612 in March 2024, a decrease of £3 (0.5%) over the month and an increase "
        "of £29 (5.0%) over the year.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["-0.5"]) == ["formula"] and kinds(drafted["5.0"]) == ["formula"]
    assert failing == [] and todos.get("-0.5", []) == [] and todos.get("5.0", []) == []


def test_a_figure_compared_with_the_previous_12_months_is_not_of_those_months(tmp_path: Path) -> None:
    text = (
        "Redundancy statistics, March 2024\n"
        "There were 220 redundancies in March 2024, taking the annual total to 3,100 (12.5% more than in "
        "the previous 12 months). Confirmed redundancies were 9.0% lower than in the previous 12 months (3,407).\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["12.5"] == periods["3,100"] == periods["-9.0"] == "2024-03"
    assert periods["3,407"] == "2023-03/2024-02"  # the base's own figure is of those months


def test_a_sentence_about_they_or_it_keeps_the_period_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Provincial indicators, June 2025\n"
        "Manufacturing sales rose 1.2 per cent to $7.1 billion in Apr. They were up 4.0 per cent year-over-year.\n"
        "Housing starts fell by 900 units in May. Compared to a year ago, it was down by 1,400 units.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["4.0"] == "2025-04" and periods["-1,400"] == "2025-05"


def test_a_change_with_its_percent_and_then_the_earlier_level_is_no_formula_on_the_level(tmp_path: Path) -> None:
    text = (
        "Employed persons were estimated at 3.480 million, an increase of 52,000 (1.5%) from the 3.428 "
        "million employed a year before.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "formula" not in kinds(drafted["1.5"]) and failing == []


def test_one_unit_cell_over_a_row_of_column_names_spans_them_all(tmp_path: Path) -> None:
    text = (
        "Quarter | Annual Percent Change\n"
        " | North | South | Islands\n"
        "Q1 2024 | 1.25 | – 0.40 | 2.10\n"
        "Q2 2024 | 0.85 | 0.30 | – 1.05\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert drafted == [
        ("1.25", "%"),
        ("-0.40", "%"),
        ("2.10", "%"),
        ("0.85", "%"),
        ("0.30", "%"),
        ("-1.05", "%"),
    ]
    assert not_verified(tmp_path) == []


def test_one_unit_cell_over_rows_of_figures_stays_its_own_columns(tmp_path: Path) -> None:
    text = "Region | Share (%)\nNorth | 1,250 | 41.7\nSouth | 1,750 | 58.3\n"
    drafted = drafted_units(tmp_path, text)
    assert ("41.7", "%") in drafted and ("1,250", "%") not in drafted


def test_a_month_and_year_glued_to_the_next_word_is_still_a_period(tmp_path: Path) -> None:
    text = "The largest change in March 2021was in transport, where prices rose 3.8 percent.\n"
    assert drafted_units_periods(tmp_path, text) == [("3.8", "percent", "2021-03")]


def test_a_year_named_by_its_first_and_last_month_is_one_period(tmp_path: Path) -> None:
    text = (
        "Insolvency statistics, May 2023\n"
        "Over the year June 2022 to May 2023, 1,450 insolvencies were recorded, 8.2% more than in the previous "
        "12 months.\n"
        "From December 2021 to December 2022, insolvencies rose by 3.5%.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["1,450"] == periods["8.2"] == "2022-06/2023-05"
    assert periods["3.5"] == "2022-12"  # a change from one month to another is of the later month
