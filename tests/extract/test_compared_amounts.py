"""Amounts named with the period they are compared against: each keeps its own period.

"15.1% less than Q3 2017 Figure (N2,487.8 billion)": the bracketed amount is the third quarter's;
"increased by 35.09% to N886.7 billion from N656.4 billion in 2016": only the amount left is 2016's;
"grew by 10% in comparison to Q4 2016": the rate is the current quarter's. A stray space inside a
currency amount ("N2, 112.3 billion", "to K53. 93.") is one figure, read the same way by the citation check.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods, drafts_of

from factcheck.checks.citation import quote_reads_value


def test_a_bracketed_amount_after_a_compared_period_is_that_periods(tmp_path: Path) -> None:
    text = (
        "Exports of fish in Q2 2021 (N41.3 billion) were 3.2% higher than Q1 2021 Figure (N40.0 billion) "
        "and 6.1% lower than Q2, 2020 value (N44.0 billion)."
    )
    assert drafted_units_periods(tmp_path, text) == [
        ("41.3 billion", "NGN", "2021-Q2"),
        ("3.2", "%", "2021-Q2"),
        ("40.0 billion", "NGN", "2021-Q1"),
        ("-6.1", "%", "2021-Q2"),
        ("44.0 billion", "NGN", "2020-Q2"),
    ]


def test_only_the_amount_left_takes_the_period_after_from(tmp_path: Path) -> None:
    text = "For full year 2021, exports of fish increased by 12.5% to N160.2 billion from N142.4 billion in 2020."
    assert drafted_units_periods(tmp_path, text) == [
        ("12.5", "%", "2021"),
        ("160.2 billion", "NGN", "2021"),
        ("142.4 billion", "NGN", "2020"),
    ]
    plain = "For full year 2021, wood exports decreased by 2.5% to 60.2 billion from 61.7 billion in 2020."
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, plain)] == [
        ("-2.5", "2021"),
        ("60.2 billion", "2021"),
        ("61.7 billion", "2020"),
    ]


def test_in_comparison_to_names_a_base(tmp_path: Path) -> None:
    text = (
        "Wood exports declined in Q2 2021 by 0.5% (N20.1 billion) in comparison to Q1 2021 (N20.2 billion), "
        "but grew by 11% in comparison to Q2 2020 (N18.1 billion)."
    )
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)] == [
        ("-0.5", "2021-Q2"),
        ("20.1 billion", "2021-Q2"),
        ("20.2 billion", "2021-Q1"),
        ("11", "2021-Q2"),
        ("18.1 billion", "2020-Q2"),
    ]


def test_a_stray_space_inside_a_currency_amount_is_one_figure(tmp_path: Path) -> None:
    assert drafted_units_periods(tmp_path, "Total exports stood at N2, 112.3 billion in Q2 2021.") == [
        ("2,112.3 billion", "NGN", "2021-Q2")
    ]
    # not after a word, nor without a decimal or a scale word: a list of two numbers
    listed = [value for value, _, _ in drafted_units_periods(tmp_path, "Regions 2, 112 and 7 grew in 2021.")]
    assert "2,112" not in listed


def test_a_stray_space_after_the_decimal_point_of_an_amount_is_one_figure(tmp_path: Path) -> None:
    text = "The price of a bag fell by 1.3 percent from K54.62 to K53. 93.\nSugar rose to K12.50. 45 traders replied.\n"
    values = [value for value, _, _ in drafted_units_periods(tmp_path, text)]
    assert "53.93" in values and "53" not in values
    assert "12.50" in values and "45" in values  # a sentence's end, then the next sentence's count


def test_points_of_a_contribution_are_percentage_points(tmp_path: Path) -> None:
    text = "The contribution of national demand to growth stood at 0.7 points in Q1 2014, from 0.4 points in Q4 2013."
    assert [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)] == [
        ("0.7", "percentage points"),
        ("0.4", "percentage points"),
    ]
    index = "The share index rose 12 points to 1,647 points in 2014."
    assert {unit for _, unit, _ in drafted_units_periods(tmp_path, index)} == {"index points"}


def test_a_draft_whose_quote_does_not_read_its_value_keeps_no_quote(tmp_path: Path) -> None:
    # "4.4.1/8" is a release number: whatever is drafted of it, `run` must not call its own quote misquoted
    drafts = drafts_of(tmp_path, "FIRST RELEASE\nNUMBER: 4.4.1/8.\nArrivals rose 4.0% in August 2009.")
    for draft in drafts:
        quote = draft.data["citation"].get("quote")
        if quote is not None:
            assert quote_reads_value(quote, draft.data["value"], draft.data.get("unit"), None), draft.name
        else:
            assert any("does not read" in note.get("note", "") for note in draft.data["x-todo"])
    assert any(d.data["value"] == "4.0" and "quote" in d.data["citation"] for d in drafts)


def test_a_currency_and_its_scale_word_before_the_figure(tmp_path: Path) -> None:
    text = "National accounts 2031\nThe GDP of 2031 reached Rs. Million 8,622,825. Exports were USD million 1,234."
    assert [(v, u) for v, u, _ in drafted_units_periods(tmp_path, text)] == [
        ("8,622,825", "Rs. Million"),
        ("1,234", "USD million"),
    ]


def test_an_abbreviations_point_ends_no_sentence_and_for_the_year_is_the_figures_period(tmp_path: Path) -> None:
    text = (
        "Accounts for the fourth quarter of 2031 and the whole year of 2031\n"
        "The GDP value reported for the year 2030 was Rs. Million 8,228,986 resulting a growth rate of "
        "4.8 percent for the year 2031."
    )
    assert drafted_units_periods(tmp_path, text) == [
        ("8,228,986", "Rs. Million", "2030"),  # "Rs." does not cut "reported for the year 2030" off
        ("4.8", "percent", "2031"),
    ]


def test_months_in_brackets_after_a_year_gloss_the_year(tmp_path: Path) -> None:
    text = (
        "Accounts for the fourth quarter of 2031 and the whole year of 2031\n"
        "The GDP for the year of 2031 (January to December) has reached up to Rs. Million 8,622,825."
    )
    assert drafted_units_periods(tmp_path, text) == [("8,622,825", "Rs. Million", "2031")]


def test_a_named_amount_compared_to_keeps_the_period_after_it(tmp_path: Path) -> None:
    text = (
        "Sales came to £50.2 billion in the third quarter of 2022, with an increase of £2.1 billion "
        "compared to a total of £48.1 billion in the second quarter of the year."
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods == {"50.2 billion": "2022-Q3", "2.1 billion": "2022-Q3", "48.1 billion": "2022-Q2"}


def test_the_level_a_monthly_figure_stood_at_before_is_the_previous_months(tmp_path: Path) -> None:
    text = "Fuel prices, June 2021\nThe price of a litre of petrol stood at $1,42 from $1,45."
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)][-2:] == [
        ("1.42", "2021-06"),
        ("1.45", "2021-05"),
    ]


def test_a_range_from_one_figure_to_another_is_no_change(tmp_path: Path) -> None:
    text = "Rents, third quarter 2021\nAcross regions rents ranged from 4.1 percent in the north to 6.3 percent."
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)][-2:] == [
        ("4.1", "2021-Q3"),
        ("6.3", "2021-Q3"),
    ]
