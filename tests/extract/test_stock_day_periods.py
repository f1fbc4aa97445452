"""Drafts of a release about stocks on a day ("as of March 1, 2031"): a level written "on" an earlier
day is that day's, a change "above a year earlier" is the release's own."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units_periods

FLOCK = (
    "Sheep Flock Report\n"
    "Published March 9, 2031.\n"
    "All sheep, as of March 1, 2031, numbered 5.2 million head, 2 percent below the 5.3 million head on "
    "March 1, 2030. Ewes, at 3.1 million head, were 3 percent above a year earlier.\n"
)


def _periods(tmp_path, text):
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_levels_on_a_day_take_that_day(tmp_path):
    periods = _periods(tmp_path, FLOCK)
    assert periods["5.2 million"] == "2031-03-01"
    assert periods["5.3 million"] == "2030-03-01"


def test_a_change_above_a_year_earlier_is_the_releases_own(tmp_path):
    periods = _periods(tmp_path, FLOCK)
    assert periods["3"] == periods["-2"] == "2031-03-01"


def test_a_span_from_one_month_to_another_opens_the_paragraphs_topic(tmp_path):
    text = (
        "Farm Jobs\nThird Quarter 2031\n"
        "From September 2030 to September 2031, farm jobs rose in 41 of the 50 states, the U.S. Farm Office said. "
        "Iowa posted the largest gain, with a rise of 4.4 percent over the year.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["41"] == periods["4.4"] == "2031-09"


def test_the_first_level_of_a_change_between_two_months_is_the_first_months(tmp_path):
    text = (
        "Jobless Rates\n"
        "Between March 2030 and March 2031, the jobless rate for women rose from 6.1% to 6.4% in the north. "
        "In the south it went from 5.2% to 5.9% between March 2030 and March 2031.\n"
    )
    periods = _periods(tmp_path, text)
    assert periods["6.1"] == periods["5.2"] == "2030-03"
    assert periods["6.4"] == periods["5.9"] == "2031-03"
