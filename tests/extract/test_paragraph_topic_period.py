"""An English paragraph whose opening sentence names a period before its figure ("GDP in 2023 …")
is about that period, for its later sentences that name none; an aside naming another period
("In December 2011 the increase was …") leaves the rest of the paragraph to the document's."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units_periods

QUARTERLY = (
    "Gross domestic product in the fourth quarter of 2023 was estimated to increase by 6.72% over the same "
    "period last year. Of which, the industry and construction sector increased by 7.35%.\n"
    "GDP in 2023 was estimated to increase by 5.05% compared to the previous year, only higher than the growth "
    "rate of 2020 and 2021 in the period 2011-2023. In the increase in total added value of the entire economy, "
    "the industry and construction sector increased by 3.74%, contributing 28.87%.\n"
)


def _periods(tmp_path, text):
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_later_sentences_take_the_period_the_paragraph_opens_with(tmp_path):
    periods = _periods(tmp_path, QUARTERLY)
    assert periods["6.72"] == periods["7.35"] == "2023-Q4"
    assert periods["5.05"] == periods["3.74"] == periods["28.87"] == "2023"


def test_the_year_and_the_quarter_are_not_one_fact(tmp_path):
    from tests.extract.relations_support import run_text

    drafted, failing, _ = run_text(tmp_path, QUARTERLY)
    assert failing == []
    assert not [c for c in drafted["7.35"] if "same" in c]


def test_an_aside_of_another_period_does_not_become_the_topic(tmp_path):
    text = (
        "Compensation costs for private industry workers increased 1.9 percent over the year ended December 2012. "
        "In December 2011 the increase was 2.2 percent. Wages and salaries increased 1.7 percent.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["2.2"] == "2011-12"
    assert periods["1.7"] != "2011-12"
