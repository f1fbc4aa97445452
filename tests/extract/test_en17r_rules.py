"""English forms met on releases of small statistics offices not seen before (round 12, helper en17r):
a growth rate in a "This is an increase of …" sentence after its level, a rate written before the
level it is of ("a 12.5 percent increase in guest nights (9,000) compared to … (8,000)"), a change
with its counted noun before the decline word ("a 300 person decrease"), and a change in points
between two rates joined by "compared to".
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods
from tests.extract.relations_support import kinds, run_text

THIS_IS = (
    "Hotel guests\n"
    "In May 2024, 500,000 guests stayed in hotels. This is an increase of 25 percent compared to "
    "400,000 guests in May 2023.\n"
)


def test_a_rate_in_a_this_is_sentence_is_the_growth_of_the_level_before(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, THIS_IS)  # 500,000 / 400,000 = +25 %
    assert "growth" in kinds(drafted["25"])
    assert not any("source" in repr(t) for t in todos["25"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, THIS_IS.replace("400,000 guests", "420,000 guests"))
    assert failing == ["growth"]


def test_a_this_is_sentence_never_reaches_into_the_paragraph_before(tmp_path: Path) -> None:
    drafted, _, _ = run_text(tmp_path, THIS_IS.replace("hotels. This", "hotels.\nThis"))
    assert "growth" not in kinds(drafted["25"])


RATE_FIRST = (
    "Guest nights\n"
    "In May 2024 there was a 12.5 percent increase in guest nights (9,000) compared to the previous month (8,000).\n"
    "In June 2024 there was a 10.0 percent decrease in guest nights (8,100) compared to the previous month (9,000).\n"
)


def test_a_rate_before_its_bracketed_level_and_base_is_their_growth(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RATE_FIRST)  # 9,000 / 8,000 = +12.5 %; 8,100 / 9,000 = -10 %
    assert "growth" in kinds(drafted["12.5"])
    assert "growth" in kinds(drafted["-10.0"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, RATE_FIRST.replace("(8,000)", "(7,000)"))
    assert failing == ["growth"]


def test_a_rate_before_its_level_against_a_named_month_is_checked(tmp_path: Path) -> None:
    text = (
        "Guest nights\n"
        "In May 2024 there was a 12.5 percent increase in guest nights (7,000) compared to April (8,000).\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)  # 7,000 / 8,000 = -12.5 %, not +12.5 %
    assert "growth" in kinds(drafted["12.5"])
    assert failing == ["growth"]


NOUN_DECREASE = (
    "Arrivals\n"
    "Figures released today show that 6,000 tourists arrived in May 2024, a 300 person decrease "
    "(-4.8 per cent) as compared to May 2023.\n"
)


def test_a_change_with_its_noun_before_the_decline_word_is_negative(tmp_path: Path) -> None:
    assert ("-300", "person") in drafted_units(tmp_path, NOUN_DECREASE)


def test_a_noun_change_and_its_percent_check_against_the_earlier_level(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, NOUN_DECREASE)  # -300 / 6,300 = -4.76 %
    assert "formula" in kinds(drafted["-4.8"])
    assert not any("source" in repr(t) for t in todos["-4.8"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, NOUN_DECREASE.replace("-4.8 per cent", "-5.8 per cent"))
    assert failing == ["formula"]


def test_a_year_before_a_decline_word_is_no_counted_noun(tmp_path: Path) -> None:
    text = "Output\nAfter a 5 year decline, output grew by 2.0 percent in 2024.\n"
    assert ("5", None) in drafted_units(tmp_path, text)


POINTS_COMPARED = (
    "Prices\n"
    "Non-food inflation fell by 0.2 percentage point to 2.5 percent in May 2024, compared to 2.7 percent in April.\n"
)


def test_points_between_a_rate_and_the_rate_it_is_compared_to(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, POINTS_COMPARED)  # 2.5 - 2.7 = -0.2
    assert "difference" in kinds(drafted["-0.2"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, POINTS_COMPARED.replace("2.7 percent", "2.9 percent"))
    assert failing == ["difference"]


LEAD_NOUN_IN_BY = (
    "Island prices show a year-on-year increase of 2.75% in March 2024\n"
    "In March 2024, the island recorded a year-on-year increase in its Retail Price Index (RPI) by 2.75 percent, "
    "compared to the same month of the previous year.\n"
)


def test_a_lead_with_the_change_noun_before_what_changed_restates_the_headline(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, LEAD_NOUN_IN_BY)
    assert "same" in kinds(drafted["2.75"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, LEAD_NOUN_IN_BY.replace("by 2.75 percent", "by 2.57 percent"))
    assert failing == ["same"]


def test_the_previous_month_named_after_over_is_the_base_not_the_period(tmp_path: Path) -> None:
    text = (
        "Prices\n"
        "The index for March 2023 over previous month of February went up by 0.45 percent.\n"
        "In the month of February 2023 the index went up by 0.2 percent.\n"
    )
    drafted = drafted_units_periods(tmp_path, text)
    assert ("0.45", "percent", "2023-03") in drafted
    assert ("0.2", "percent", "2023-02") in drafted


def test_a_bare_base_right_after_compared_to_the_takes_the_levels_unit(tmp_path: Path) -> None:
    text = (
        "Arrivals\n"
        "A total of 300,000 tourists came as of the 12th of this month. This is a significant increase of "
        "20 percent compared to the 250,000 that came in the same period last year.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)  # 300,000 / 250,000 = +20 %
    assert "growth" in kinds(drafted["20"])
    assert failing == []


OF_TOTAL = (
    "Arrivals\n"
    "In May 2024, 6,000 arrivals were recorded, the second highest for a May.\n"
    "55 per cent of total visitor arrivals (3,300) came from France and 20 per cent (1,200) came from Spain.\n"
)


def test_percents_of_total_with_bracketed_parts_are_shares_of_the_total_before(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, OF_TOTAL)  # 3,300 / 6,000 = 55 %; 1,200 / 6,000 = 20 %
    assert "share" in kinds(drafted["55"])
    assert "share" in kinds(drafted["20"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, OF_TOTAL.replace("(1,200)", "(1,500)"))
    assert failing == ["share"]


def test_a_percent_of_total_with_no_level_before_it_is_left_alone(tmp_path: Path) -> None:
    text = "Arrivals\n55 per cent of total visitor arrivals (3,300) came from France.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert "share" not in kinds(drafted["55"])


def test_a_bracketed_figure_after_the_previous_month_is_that_months(tmp_path: Path) -> None:
    drafted = drafted_units_periods(tmp_path, RATE_FIRST)
    assert ("9,000", "nights", "2024-05") in drafted
    assert ("8,000", None, "2024-04") in drafted
    assert ("9,000", None, "2024-05") in drafted  # June's previous month, in brackets


BELOW_AVERAGE = (
    "Prices\nAt 0.4 per cent year over year, the island index was below the national average (0.9%) in May 2024.\n"
)


def test_a_figure_whose_subject_was_below_a_bracketed_average_is_ordered_under_it(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, BELOW_AVERAGE)
    assert "order" in kinds(drafted["0.4"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, BELOW_AVERAGE.replace("(0.9%)", "(0.2%)"))
    assert failing == ["order"]


def test_a_clause_joined_by_and_is_no_subject_of_the_figure_before(tmp_path: Path) -> None:
    text = "Trade\nExports rose 5.0 per cent, and imports were below the level of 4.0 per cent.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert "order" not in kinds(drafted["5.0"])


def test_a_headline_with_its_change_noun_after_the_figure_is_restated_by_the_lead(tmp_path: Path) -> None:
    text = (
        "Island records 12 percent increase in guest arrivals\n"
        "Guest arrivals so far this year have increased by 12 percent over the same period last year.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "same" in kinds(drafted["12"])
    assert failing == []
