"""English releases of batch h: prices and rates written as a unit per an abbreviation ("$47/b",
"16 cents/gal", "9.2 million b/d"), with the decline words after them."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.document import read_document
from factcheck.extract.mentions import find_mentions
from factcheck.grammar.linetable import series_point
from factcheck.grammar.values import parse_quantity


def test_a_money_figure_per_a_word_after_a_slash_is_a_price_per_that_word(tmp_path) -> None:
    text = (
        "Brent crude oil prices averaged $47/barrel in August, and the forecast is $54/b in 2015.\n\n"
        "Gasoline retail prices averaged $2.64/gallon in August and are expected at $2.11/gal in December.\n"
    )
    drafts = _drafts(tmp_path, text)
    for pair in (("47", "$/barrel"), ("54", "$/b"), ("2.64", "$/gallon"), ("2.11", "$/gal")):
        assert pair in drafts, (pair, drafts)


def test_a_unit_per_an_abbreviation_and_a_decline_word_after_it(tmp_path) -> None:
    text = (
        "Crude oil production averages 9.2 million b/d in 2015, 0.1 million b/d lower than last month.\n\n"
        "Prices were 85 cents/gal lower than a year ago, after a $10/b decrease in July.\n"
    )
    drafts = _drafts(tmp_path, text)
    for pair in (("9.2 million", "b/d"), ("-0.1 million", "b/d"), ("-85", "cents/gal"), ("-10", "$/b")):
        assert pair in drafts, (pair, drafts)


def test_a_slash_before_a_figure_or_between_words_is_no_unit(tmp_path) -> None:
    text = "Revenue was $12 million in 2019/20 and 15 projects and/or programmes were n/a.\n\nIt cost $5 /2 each.\n"
    drafts = _drafts(tmp_path, text)
    assert ("12 million", "$") in drafts, drafts
    assert not any(unit and "/" in unit for _, unit in drafts), drafts


_NSDP = (
    "Abbreviations used: 'Rs M' stands for 'Rupees Million'\n\n"
    "SDDS Data Category and Component Unit Date of latest data Latest data Data for previous period\n\n"
    "GDP at market prices Rs M Q3/20 107,781 83,881\n\n"
    "Primary Sector Rs M Q3/20 4,166 3,288\n\n"
    "Mining and quarrying Rs M Q3/20 306 147\n\n"
    "Secondary Sector Rs M Q3/20 20,129 9,369\n"
)  # one row a paragraph, as a data page's copy gives them


def _mentions(tmp_path, text: str):
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")
    return [m for m in find_mentions(read_document(str(source)), "en") if m.kind != "label"]


def test_a_row_with_its_unit_and_period_cells_states_its_figures_in_that_unit(tmp_path) -> None:
    mentions = _mentions(tmp_path, _NSDP)
    got = {(m.value, m.unit, m.period) for m in mentions}
    for value, period in (("107,781", "2020-Q3"), ("83,881", "2020-Q2"), ("306", "2020-Q3"), ("147", "2020-Q2")):
        assert (value, "Rs M", period) in got, (value, got)
    assert not any(m.value in ("20", "20306", "3") for m in mentions), got


def test_rows_ending_alike_twice_or_without_a_period_cell_get_no_unit(tmp_path) -> None:
    two = "Primary Sector Rs M Q3/20 4,166 3,288\n\nSecondary Sector Rs M Q3/20 20,129 9,369\n"
    assert not any(m.unit == "Rs M" for m in _mentions(tmp_path, two))
    plain = "Primary Sector Rs M 4,166 3,288\n\nSecondary Sector Rs M 20,129 9,369\n\nTertiary Rs M 72,083 60,588\n"
    assert not any(m.unit == "Rs M" for m in _mentions(tmp_path, plain))


def test_without_a_previous_period_column_only_the_first_figure_takes_the_row_period(tmp_path) -> None:
    text = _NSDP.replace(" Data for previous period", "")
    got = {m.value: m.period for m in _mentions(tmp_path, text)}
    assert got["4,166"] == "2020-Q3" and got["3,288"] != "2020-Q2"


def test_a_chart_point_dated_by_an_iso_month_is_for_that_month(tmp_path) -> None:
    text = "Total consumption of goods\n\nMonthly data\n\n2023-03 44.925\n\n2023-02 45.533\n\n2022-12 45.137\n"
    got = {m.value: m.period for m in _mentions(tmp_path, text)}
    assert got == {"44.925": "2023-03", "45.533": "2023-02", "45.137": "2022-12"}, got
    point = series_point("2023-03 44.925")
    assert point is not None and (point.period, point.value.text, point.glued) == ("2023-03", "44.925", False)
    assert series_point("2023-Q1 101.2").period == "2023-Q1"
    for line in ("2023-13 44.9", "2023-03 44.925 45.533", "In 2023-03 the index was 44.9", "2023-03"):
        assert series_point(line) is None, line


def test_an_issue_number_is_no_figure_but_no_before_a_count_word_stays(tmp_path) -> None:
    text = "Informations Rapides · 28 April 2023 · n° 111\n\nNo 111\n\nNo. 45\n\nThere were 12 closures.\n"
    drafts = _drafts(tmp_path, text)
    assert not any(value in ("111", "45") for value, _ in drafts), drafts
    assert any(value == "12" for value, _ in drafts), drafts


def test_a_decline_word_after_a_unit_per_unit_carries_the_quote_sign() -> None:
    assert sign_problem("a $10/b decrease from July", "-10", -1) is None
    assert sign_problem("85 cents/gal lower than in August 2014", "-85", -1) is None
    assert sign_problem("a $10/b increase from July", "-10", -1) is not None
    assert sign_problem("10/2 decrease", "-10", -1) is not None  # "/2" is no unit


def test_a_gallon_is_a_volume_so_prices_per_gallon_compare() -> None:
    dollars = parse_quantity("2.64", "$/gallon")
    cents = parse_quantity("16", "cents/gal")
    assert dollars.unit.dimension == cents.unit.dimension == "money:USD/volume"
    assert parse_quantity("2.11", "$/gal").unit.factor == dollars.unit.factor


def test_a_yearless_lead_under_a_release_date_is_the_month_before_it(tmp_path) -> None:
    lead = (
        "• North Sea Brent crude oil prices averaged $47/barrel in August, a $10/b decrease from July. Prices "
        "are forecast to average $54/b in 2015 and $59/b in 2016, and $60/b in 2016 again.\n"
    )
    text = "Short-Term Energy Outlook\n\nRelease Date: September 9, 2015\n\n" + lead
    got = {m.value: m.period for m in _mentions(tmp_path, text)}
    assert got["47"] == "2015-08", got
    dated_first = text.replace("in August,", "in August 2014,")  # a lead that names its year keeps it
    assert {m.value: m.period for m in _mentions(tmp_path, dated_first)}["47"] == "2014-08"
    undated = "Short-Term Energy Outlook\n\n" + lead  # no release date: the year named most often
    assert {m.value: m.period for m in _mentions(tmp_path, undated)}["47"] != "2015-08"


def test_a_lead_that_opens_on_a_change_between_two_months_sets_no_period(tmp_path) -> None:
    text = (
        "Embargoed until 8:30 a.m. (EDT), Thursday, July 12, 2018\n\nREAL EARNINGS JUNE 2018\n\n"
        "Real average hourly earnings for all employees increased 0.1 percent from May to June, seasonally "
        "adjusted, the Bureau reported today. Earnings in June 2018 were 10.8 dollars; June 2018 saw 2.1 percent.\n"
    )
    got = {m.value: m.period for m in _mentions(tmp_path, text)}
    assert got["10.8"] == "2018-06", got


def test_a_headings_note_mark_in_a_bracket_is_no_figure(tmp_path) -> None:
    assert [value for value, _ in _drafts(tmp_path, "National Accounts 1)\n\nMining and quarrying 306\n")] == ["306"]
    values = [value for value, _ in _drafts(tmp_path, "Exports rose (by 5)\n\nNational Accounts 1) and 7 more\n")]
    assert "5" in values and "1" in values and "7" in values, values  # a bracket opened, or more figures: kept


def test_a_run_of_trading_days_counts_days_but_a_schedule_does_not(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Prices changed by more than 5% for four consecutive trading days in August.\n")
    assert ("four", "days") in drafts, drafts
    assert _drafts(tmp_path, "The exchange is open four trading days a week.\n") == []
