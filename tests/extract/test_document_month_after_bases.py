"""A release whose every dated period is a comparison base ("from the same timeframe in 2030", "from
March 2030") and which names its own month without a year ("for the month of March") is of that
month, the first one after the newest base."""

from __future__ import annotations

from factcheck.extract.docperiod import document_period

ARRIVALS = (
    "Visitor arrivals keep rising\n"
    "Arrivals over the quarter were 12 percent above the same timeframe in 2030.\n"
    "Cruise passengers rose 20 percent from the same period in 2030.\n"
    "As for the month of March, arrivals reached 21,400, a 9 percent increase from March 2030.\n"
)


def test_a_yearless_month_after_bases_only_is_the_month_a_year_on():
    assert document_period([], ARRIVALS).period == "2031-03"


def test_a_month_after_the_newest_base_month_keeps_its_year():
    text = "Sales in May were 4 percent above the April 2031 level and 6 percent above the same time period in 2030.\n"
    assert document_period([], text).period == "2031-05"
