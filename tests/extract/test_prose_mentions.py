"""English prose figures: a count compared ("8 more bankruptcies … than"), a minus written apart
from its number ("at - 0.3 and + 0.5"), a run of periods ("fell for four months in a row") and a
unit per another unit ("35.3 hours per week"). Each is read the same way by `extract` and by the
citation check."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _read(text: str, period: str | None = "2020-09") -> list[tuple[str, str | None, str]]:
    return [(m.value, m.unit, m.type) for m in paragraph_mentions(text, 1, "en", period) if m.kind != "label"]


def test_a_count_compared_with_more_or_fewer_counts_the_noun() -> None:
    text = "There were 8 more bankruptcies in September than in the previous month."
    assert _read(text) == [("8", "bankruptcies", "difference")]
    fewer = "There were 12 fewer vessels in port than a year earlier."
    assert _read(fewer) == [("-12", "vessels", "difference")]
    assert sign_problem(fewer, "-12", -1) is None
    # the figure's period is the month it is about, not the month compared with
    mention = paragraph_mentions(text, 1, "en", "2020-09")[0]
    assert mention.period == "2020-09"


def test_more_without_than_is_no_comparison() -> None:
    assert _read("The firm hired 8 more workers.") == [("8", None, "count")]
    assert _read("Exports reached 8 more markets; imports fell.")[0][2] == "count"


def test_a_minus_written_apart_after_a_word_is_a_sign() -> None:
    text = "Revisions averaged 0.1 percentage point, with the two extremes at - 0.3 and + 0.5 percentage point."
    assert _read(text, "2018-Q1") == [
        ("0.1", "percentage point", "count"),
        ("-0.3", "percentage point", "count"),
        ("0.5", "percentage point", "count"),
    ]
    assert sign_problem(text, "-0.3pp", -1) is None


def test_a_dash_between_a_label_and_its_figure_is_no_minus() -> None:
    assert _read("Food - 2.1 percent; Energy - 3.4 percent.")[0][0] == "2.1"
    assert _read("Range 2016 - 2020 was stable at 5 percent.")[-1][0] == "5"


def test_a_run_of_periods_is_a_count_of_periods() -> None:
    assert _read("After April 2020, the number of bankruptcies fell for four months in a row.") == [
        ("four", "months", "count")
    ]
    assert _read("Unemployment has fallen for five consecutive quarters.") == [("five", "quarters", "count")]
    assert _read("Exports rose for 3 consecutive months.") == [("3", "months", "count")]


def test_a_window_of_time_is_no_run() -> None:
    assert _read("Data are collected over the past twelve months.") == []
    assert _read("Prices rose in four months of the year.") == []


def test_a_unit_per_another_unit_is_one_unit() -> None:
    assert _read("The average hours worked were 35.3 hours per week.") == [("35.3", "hours per week", "count")]
    assert _read("Yields were 20 tonnes per hectare.") == [("20", "tonnes per hectare", "count")]
    # a rate per year stays a percent: its relations compare percents
    assert _read("Prices rose 5 percent per year.")[0][1] == "percent"


def test_a_delay_after_an_event_is_no_statistic() -> None:
    assert _read("The second GDP estimate is published approximately 90 days after the end of the quarter.") == []
    assert _read("The first estimate, which is calculated 45 days after the end of the quarter, is revised.") == []
    # a number of days that is what the sentence reports stays
    assert _read("The average stay was 45 days in 2019.", "2019") == [("45", "days", "count")]


def test_the_confidence_of_an_estimate_is_no_statistic() -> None:
    assert _read("Figure 1. CI (95%) Unemployment rate: Total ±1.1; males ±1.5.") == []
    assert _read("Estimates have a 90 percent confidence interval.") == []
    # a rise of 95 percent, or a confidence index, stays
    assert _read("Sales rose 95% in May.") == [("95", "%", "growth")]
    assert _read("Consumer confidence rose 5 percent.") == [("5", "percent", "growth")]


def test_a_price_of_a_unit_of_something_is_money_per_that_unit() -> None:
    text = (
        "The average price of a litre of 91 octane petrol in the June 2015 quarter was $1.95, compared with "
        "$1.79 and $2.00 in the March 2015 and December 2014 quarters, respectively."
    )
    assert [unit for _, unit, _ in _read(text, "2015-Q2")] == ["$ per litre"] * 3
    assert _read("Petrol cost $1.22 per litre.")[0][1] == "$ per litre"
    # a price of a share (no measured unit) or an amount stays money
    assert _read("The price of a share of stock was $12.")[0][1] == "$"
    assert _read("Exports were $4.2 billion.")[0][1] == "$"
