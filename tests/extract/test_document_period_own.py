"""A document's period is the one it reports on: not a period it compares with, not the date its
method changed, and a "Month YYYY-YY" span is a change to the later year's month."""

from __future__ import annotations

from factcheck.extract.bases import compared_period, is_base, of_compared_number
from factcheck.extract.docperiod import document_period
from factcheck.extract.timing import find_periods


def _periods(text: str) -> list[str]:
    return [mention.period for mention in find_periods(text, text, None)]


def test_a_month_with_a_span_of_years_is_the_later_years_month():
    text = "Coffee prices rose 7.5 percent over the March 2030-31 period."
    assert _periods(text) == ["2031-03"]


def test_a_span_that_is_not_one_year_on_reads_as_the_month_alone():
    assert _periods("Rents rose in May 2030-33.") == ["2030-05"]


def test_the_span_decides_the_document_period_and_the_year_of_bare_months():
    text = "Tea prices fell 0.4 percent in March. Tea prices rose 6.0 percent for the March 2030-31 period."
    reference = document_period([], text)
    assert reference is not None and reference.year == 2031


def test_compared_figures_and_method_changes_do_not_make_the_period():
    text = (
        "Beginning October 2028, the panel survey uses a new frame of 9,000 farms.\n"
        "Farm jobs were 12.4 thousand, results of the October 2029 Farm Panel Survey show, "
        "down from 12.9 thousand in October 2028 and as against 12.7 thousand in October 2028 (revised).\n"
        "The rate was 4.2 percent, up from 3.9 percent in October 2028.\n"
    )
    reference = document_period([], text)
    assert reference is not None and reference.period == "2029-10"


def test_a_survey_edition_after_of_the_is_not_a_base():
    text = "Jobs were 12.4 thousand, results of the October 2029 Farm Panel Survey show."
    edition = find_periods(text, text, None)[0]
    assert not compared_period(text, edition)
    assert not is_base(text, edition, text.index("12.4"))


def test_the_level_of_a_year_stays_a_base():
    text = "Jobs were 12.4 thousand, above the level of 2027."
    base = find_periods(text, text, None)[0]
    assert compared_period(text, base)


def test_a_period_after_a_figure_set_against_is_that_figures():
    text = "The labour force grew by 300 (2.0%), as against 15,000 in May 2028."
    then = find_periods(text, text, None)[0]
    assert of_compared_number(text, then)


def test_a_fiscal_years_months_run_into_the_next_year():
    text = "Revenue during July-June (2031-32) was $4 billion against $3 billion during October-September 2030-31."
    assert _periods(text) == ["2031-07/2032-06", "2030-10/2031-09"]


def test_a_fiscal_year_written_over_two_years_is_not_its_first_year():
    assert _periods("Revenue grew 4% in fiscal year 2031-32 and 3% in 2031.") == ["2031"]


def test_a_stock_as_of_a_day_is_of_that_day():
    text = (
        "Published March 9, 2031.\n"
        "Sheep on farms, as of March 1, 2031, numbered 5.2 million, 2 percent below the 5.3 million on March 1, 2030.\n"
        "Ewes, as of March 1, 2031, numbered 3.1 million.\n"
    )
    stock = find_periods(text, text, None)[1]
    assert not compared_period(text, stock)
    reference = document_period([], text)
    assert reference is not None and reference.period == "2031-03-01"


def test_a_day_not_written_as_of_a_stock_gives_its_month():
    text = "Published March 9, 2031.\nPrices rose 2 percent, the agency said on March 12, 2031.\n"
    reference = document_period([], text)
    assert reference is not None and reference.period == "2031-03"


def test_the_first_months_of_a_year_written_with_qian():
    text = "2031年前5个月,出口增长3%。前两个月贷款增加。工程提前3个月完成。"
    found = [(mention.text, mention.period) for mention in find_periods(text, text, 2031)]
    assert found == [("2031年前5个月", "2031-01/2031-05"), ("前两个月", "2031-01/2031-02")]


def test_a_change_between_two_months_is_the_later_months():
    text = "Sales rose 2 000 quarter-on-quarter, between March and June 2031. Sales were 9 between March and June 2031."
    assert _periods(text) == ["2031-06", "2031-03/2031-06"]


def test_the_first_of_two_points_between_which_a_change_runs_is_a_base():
    text = "Jobs grew 0.4% year-on-year between June 2030 and June 2031."
    first, second = find_periods(text, text, None)
    assert is_base(text, first, text.index("0.4")) and not is_base(text, second, text.index("0.4"))


def test_a_year_after_from_is_not_a_compared_figure():
    text = "From May 2030 to May 2031, jobs rose 3%; up from 2% in April 2031."
    may, later, april = find_periods(text, text, None)
    assert not of_compared_number(text, later) and of_compared_number(text, april)


def test_a_quarter_of_the_year_named_in_words():
    assert _periods("In the 2nd quarter of the year 2031, output was estimated at 12 billion.") == ["2031-Q2"]
