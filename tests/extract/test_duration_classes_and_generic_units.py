"""Durations that define who is counted are no figures; "units" count what the paragraph counted before."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods, drafts_of, not_verified


def test_a_duration_that_bounds_a_class_is_no_figure(tmp_path: Path) -> None:
    text = (
        "Job seekers whose registration period is greater than 6 months fell in May 2031 (-12.1% for "
        "registration periods of 7 to 11 months and -14.0% for 12 months and over)."
    )
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["-12.1", "-14.0"]


def test_an_average_duration_is_a_figure(tmp_path: Path) -> None:
    text = "The average duration of unemployment was 14 months in May 2031, and the mean spell of 9 weeks."
    values = [value for value, _ in drafted_units(tmp_path, text)]
    assert "14" in values


def test_units_count_the_noun_counted_before_at_the_same_scale(tmp_path: Path) -> None:
    text = (
        "In 2031, campsites posted a total of 8.2 million overnight stays. With 5.1 million units, residents "
        "made up most of demand; visitors from abroad registered 3.1 million units."
    )
    assert drafted_units(tmp_path, text) == [
        ("8.2 million", "overnight stays"),
        ("5.1 million", "overnight stays"),
        ("3.1 million", "overnight stays"),
    ]
    other_scale = "Sales reached 8.2 million cars in 2031, and 640 units were exported."
    assert ("640", "units") in drafted_units(tmp_path, other_scale)


def test_a_stock_on_a_months_last_day_is_the_months_and_on_its_first_day_the_days(tmp_path: Path) -> None:
    end = (
        "Job seekers steady\nThe number of job seekers stood at 12,410 as of April 30, 2031. "
        "Compared to April 2030, this is a decrease of 910 people or 6.8%. The unemployment rate is 5.1%."
    )
    assert {period for _, _, period in drafted_units_periods(tmp_path, end)} == {"2031-04"}
    start = "Cattle inventory\nAs of January 1, 2031, the inventory of cattle totaled 41.2 million head, down 1.2%."
    assert {period for _, _, period in drafted_units_periods(tmp_path, start)} == {"2031-01-01"}


def test_a_compared_period_in_a_first_line_does_not_make_the_documents_period(tmp_path: Path) -> None:
    # no title: the first line is the text itself, and "Compared to April 2030" is a base there too
    text = "Job seekers stood at 12,410 in April 2031. Compared to April 2030, this is a decrease of 910 people."
    assert {period for _, _, period in drafted_units_periods(tmp_path, text)} == {"2031-04"}


def test_a_rankings_cut_and_bracketed_graph_numbers_are_no_figures(tmp_path: Path) -> None:
    text = "The top five occupations in 2031 were sales, with 12.1%. Graph (4) and (5) show them; the top 10 grew."
    assert drafted_units(tmp_path, text) == [("12.1", "%")]
    assert drafted_units(tmp_path, "In 2031, 5 occupations grew by 4 (four) points each.") != []


def test_a_decline_noticed_in_listed_groups_makes_each_figure_a_decline(tmp_path: Path) -> None:
    noticed = "In May 2031, a decline in prices is also noticed in “Transport” by 0.4% and “Health” by 1.3% each."
    assert drafted_units(tmp_path, noticed) == [("-0.4", "%"), ("-1.3", "%")]
    assert not_verified(tmp_path) == []  # the citation check reads the same signs
    listed = (
        "Also, there has been a decrease in price levels in other groups, namely: “Food” by 1.3%, “Health” by 0.3%."
    )
    assert drafted_units(tmp_path, listed) == [("-1.3", "%"), ("-0.3", "%")]
    rose = "Prices rose in May 2031 in other groups: “Food” by 1.3%, “Health” by 0.3%."
    assert drafted_units(tmp_path, rose) == [("1.3", "%"), ("0.3", "%")]


def test_an_address_block_before_a_contact_line_is_no_figure(tmp_path: Path) -> None:
    text = (
        "Poverty fell to 9.1 percent in March 2031, down 0.2 percentage points from September 2030, "
        "and 0.5 percentage points from March 2030.\n"
        "Statistics Office\nJl. Merdeka 12-14\nBandung 40115 Indonesia\nTelp (62-22) 4231195; 4232508\n"
        "Mailbox : info@example.org\n"
    )
    assert drafted_units(tmp_path, text) == [
        ("9.1", "percent"),
        ("-0.2", "percentage points"),
        ("-0.5", "percentage points"),  # "and 0.5 … from March 2030" shares "down"
    ]
    assert not_verified(tmp_path) == []
    table = "Arrivals by city\nBandung 40115\nJakarta 52210\nSource: survey of hotels, 2031\n"
    assert [value for value, _ in drafted_units(tmp_path, table)] == ["40115", "52210"]


def test_a_money_figure_per_a_chain_of_units_keeps_the_chain(tmp_path: Path) -> None:
    # the release states the unit per capita per month: the parts it is made of take it (test_made_up_of)
    text = "The poverty line in March 2031 was IDR 505,469/capita/month, and IDR 2,395,923/poor household/month."
    assert drafted_units(tmp_path, text) == [
        ("505,469", "IDR/capita/month"),
        ("2,395,923", "IDR/poor household/month"),
    ]
    assert drafted_units(tmp_path, "Gasoline cost $2.11/gal in 2031.") == [("2.11", "$/gal")]


def test_a_list_of_figures_respectively_in_a_period_takes_that_period(tmp_path: Path) -> None:
    text = (
        "National accounts for the fourth quarter of 2031 and the whole year of 2031\n"
        "The four components contributed to GDP by 7.9 percent, 26.2 percent and 9.3 percent respectively "
        "in the year 2031. Exports rose 4.1 percent in the fourth quarter of 2031."
    )
    assert [period for _, _, period in drafted_units_periods(tmp_path, text)] == ["2031", "2031", "2031", "2031-Q4"]


def test_a_decline_stated_for_the_sentence_is_quoted_with_the_sentence(tmp_path: Path) -> None:
    text = "CPI\nThere has been a decrease in price levels in other groups, namely: “Food” by 1.3%, and “Oil” by 0.1%."
    drafts = drafts_of(tmp_path, text)
    assert [d.data["value"] for d in drafts] == ["-1.3", "-0.1"]
    assert all(d.data["citation"]["quote"].startswith("There has been a decrease") for d in drafts)
    assert not_verified(tmp_path) == []
