"""English releases of batch d (publishers not read before): footnote marks glued to a percent
sign and the notes they point at, decline words before figures in brackets."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts
from tests.extract.drafting_support import not_verified as _not_verified


def test_a_footnote_mark_glued_to_a_percent_sign_is_no_figure(tmp_path) -> None:
    text = (
        "Gross fixed capital formation increased by 2.4%1, exports of goods and services – 1.6%1, while"
        " imports decreased by 0.5%1.\n\n"
        "1 Seasonally and calendar adjusted\n"
    )
    drafts = _drafts(tmp_path, text)
    assert sorted(drafts) == [("-0.5", "%"), ("1.6", "%"), ("2.4", "%")]
    assert not _not_verified(tmp_path)


def test_a_number_opening_a_line_of_figures_or_a_sentence_stays(tmp_path) -> None:
    text = "011 Wheat 4.2 5.1\n\nOn 12 March 2024 the index stood at 101.2.\n\n3 of the 5 regions grew 2.1%.\n"
    drafts = _drafts(tmp_path, text)
    assert ("4.2", None) in drafts or any(value == "4.2" for value, _ in drafts)
    assert any(value == "101.2" for value, _ in drafts)
    assert ("2.1", "%") in drafts


def test_a_percent_followed_by_a_figure_of_its_own_is_no_mark(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Exports rose 2.4% to 1,200 million tonnes; imports rose 3%.\n")
    assert ("2.4", "%") in drafts and ("3", "%") in drafts
    assert any(value == "1,200 million" for value, _ in drafts)


def test_a_decline_word_before_figures_in_brackets_signs_them_all(tmp_path) -> None:
    text = (
        "The prices of fresh vegetables and milk have increased the most (40% and 23.3%, respectively). But the"
        " prices of flour and white bread decreased (15.9% and 12.3%, respectively). Prices of paprika and"
        " tomatoes decreased the most (29% and 26.3%, respectively).\n"
    )
    drafts = _drafts(tmp_path, text)
    for value in ("-15.9", "-12.3", "-29", "-26.3", "40", "23.3"):
        assert (value, "%") in drafts, (value, drafts)
    assert not _not_verified(tmp_path)


def test_a_bracket_after_a_rise_word_keeps_the_figure_positive(tmp_path) -> None:
    drafts = _drafts(tmp_path, "The price of lemons increased the most (66.8%) and exports rose (4.1%).\n")
    assert ("66.8", "%") in drafts and ("4.1", "%") in drafts
    assert not _not_verified(tmp_path)


def test_a_decline_recorded_in_a_list_signs_every_figure_of_the_sentence(tmp_path) -> None:
    text = (
        "Upturn was observed in prices of bread (of 9.9%) and pork (of 12.1%). Decline, in turn, was recorded in"
        " prices of fresh fruit (of 7.8%), and coffee (7.2%). A decrease was observed in exports (3.1%).\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("-7.8", "%") in drafts and ("-7.2", "%") in drafts and ("-3.1", "%") in drafts
    assert ("9.9", "%") in drafts and ("12.1", "%") in drafts
    assert not _not_verified(tmp_path)


def test_a_rise_named_after_the_recorded_decline_keeps_its_figures_positive(tmp_path) -> None:
    text = "A decline was recorded in prices of fruit (of 7.8%), while an increase was recorded in tea (4.0%).\n"
    drafts = _drafts(tmp_path, text)
    assert ("-7.8", "%") in drafts and ("4.0", "%") in drafts
    assert not _not_verified(tmp_path)


def test_the_quote_sign_rule_reads_a_recorded_decline() -> None:
    from factcheck.checks.quote_sign import sign_problem  # the citation check's side of the same rule

    quote = "Decline, in turn, was recorded in prices of fresh fruit (of 7.8%), and coffee (7.2%)."
    assert sign_problem(quote, "-7.8", -1) is None
    assert sign_problem("Growth was recorded in prices of fruit (of 7.8%).", "-7.8", -1) is not None


def test_a_bare_figure_counts_the_plural_noun_its_subject_names(tmp_path) -> None:
    text = (
        "In November, net mortgage approvals for house purchase fell by 500 to 64,500. By contrast, approvals"
        " for remortgaging rose by 3,200 to 36,600 in November. Registrations totalled 12,400.\n"
    )
    drafts = _drafts(tmp_path, text)
    for value in ("-500", "64,500", "3,200", "36,600"):
        assert (value, "approvals") in drafts, (value, drafts)
    assert ("12,400", "registrations") in drafts
    assert not _not_verified(tmp_path)


def test_plurals_of_money_prices_or_nothing_give_no_unit(tmp_path) -> None:
    from factcheck.extract.subjectnoun import subject_noun

    for sentence in (
        "Exports fell by 500 to 64,500.",
        "Consumer prices rose by 2 to 104.",
        "The figures totalled 12,000.",
        "Openings in June were 3.1 million.",
        "Sales of cars increased by 300.",
        "Test scores rose by 5 to 510.",
        "Emissions fell by 5 to 100.",
    ):
        at = sentence.index(next(c for c in sentence if c.isdigit()))
        assert subject_noun(sentence, at) is None, sentence
    assert subject_noun("Registrations rose by 500 to 12,000.", len("Registrations rose by ")) == "registrations"
    assert subject_noun("registrations, which rose by 500", len("registrations, which rose by ")) is None
    assert subject_noun("Employed persons rose by 500", len("Employed persons rose by ")) is None  # counted anyway
    text = "Overnight stays (5.8 million) and exports (1.2 billion) rose."
    assert subject_noun(text, text.index("5.8")) == "stays"
    assert subject_noun(text, text.index("1.2")) is None  # money


def test_a_database_table_unit_number_counts_what_its_title_names(tmp_path) -> None:
    text = (
        "Key figures, Overnight stay by region, period, nationality of the guest and time, Unit: , Number, 2025,"
        " 2026, All Denmark, Year to date, Total, Hotels, 2,169,711, 2,343,798, Marinas, 0, 0\n"
    )
    drafts = _drafts(tmp_path, text)
    for value in ("2,169,711", "2,343,798", "0"):
        assert (value, "overnight stays") in drafts, (value, drafts)
    assert not [d for d in drafts if d[0] in ("2025", "2026")]
    assert not _not_verified(tmp_path)


def test_a_stated_unit_needs_a_title_or_a_unit_it_can_read() -> None:
    from factcheck.extract.unitline import stated_unit

    assert stated_unit("Unit: Number, 2025, 2026, Hotels, 2,169,711") is None  # no title says what is counted
    assert stated_unit("Wages by sector and time, Unit: DKK million, 2024, 12,3") is None  # a scale: the headers'
    text = "Consumer price index by commodity group, Unit: Per cent, 2024, Food, 3.1"
    assert stated_unit(text) == (text.index(" 2024"), "%")
    text = "Households by family type, Unit: Number, 2024"
    assert stated_unit(text)[1] == "households"
    assert stated_unit("Each unit: the smallest item sold.") is None


def _periods(text: str, period: str) -> list[tuple[str, str | None]]:
    from factcheck.extract.mentions import paragraph_mentions

    return [(m.value, m.period) for m in paragraph_mentions(text, 1, "en", period) if m.kind != "label"]


def test_a_period_right_after_a_figure_is_its_own() -> None:
    text = "M1 increased to 13.8% in September 2020 from 13.2% in August 2020, and M3 to 10.4% from 9.5% in August."
    found = _periods(text, "2020-09")
    assert ("13.8", "2020-09") in found and ("13.2", "2020-08") in found and ("9.5", "2020-08") in found
    text = "Approvals for remortgaging rose by 3,200 to 36,600 in November, up from 33,400 in October."
    found = _periods(text, "2025-11")
    assert ("36,600", "2025-11") in found and ("33,400", "2025-10") in found


def test_a_period_after_other_words_is_not_the_figures_own() -> None:
    from factcheck.extract.namedmonths import period_right_after
    from factcheck.extract.timing import find_periods

    text = "In September prices were 2.1% above those in August."
    assert period_right_after(text, find_periods(text, text, 2020, 9), text.index("2.1")) is None
    text = "In September prices were 2.1% lower, as were wages in August."
    assert period_right_after(text, find_periods(text, text, 2020, 9), text.index("2.1")) is None
    found = _periods("In 2023 GDP grew 3.1%, the fastest growth in 2019 terms.", "2023")
    assert ("3.1", "2023") in found


def test_roman_quarters_and_half_years_are_periods() -> None:
    text = (
        "In II quarter 2018, GDP amounted to EUR 11.2 bn. Compared to I quarter 2018, the real GDP change"
        " stood at 0.9%."
    )
    found = _periods(text, "2018-Q2")
    assert any(p == "2018-Q2" and v.startswith("11.2") for v, p in found), found
    found = _periods("In the first half-year of 2018, GDP amounted to EUR 21.0 bn at current prices.", "2018-Q2")
    assert any(p == "2018-H1" and v.startswith("21.0") for v, p in found), found


def test_a_scale_written_once_for_a_list_of_amounts_is_shared(tmp_path) -> None:
    text = (
        "Debt securities denominated in USD and EUR were issued with a net value of SEK 24 and SEK 10 billion,"
        " respectively. Grants of €3 or €5 million were paid.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("24 billion", "SEK") in drafts and ("10 billion", "SEK") in drafts
    assert ("3 million", "€") in drafts and ("5 million", "€") in drafts
    assert not _not_verified(tmp_path)


def test_no_scale_is_shared_across_currencies_or_a_change_to_a_level(tmp_path) -> None:
    from factcheck.grammar.sharedscale import shared_scales

    assert shared_scales("issued SEK 24 and EUR 10 billion") == {}
    assert shared_scales("the stock fell by SEK 5 to SEK 3 billion") == {}
    assert shared_scales("SEK 24 million and SEK 10 billion") == {}  # each its own scale
    assert shared_scales("issued SEK 24 and 10 billion") == {len("issued SEK "): " billion"}


def test_the_citation_check_reads_a_shared_scale() -> None:
    from factcheck.checks.citation import quote_has_number

    assert quote_has_number("a net value of SEK 24 and SEK 10 billion, respectively", "24 billion")
    assert not quote_has_number("a net value of SEK 24 and EUR 10 billion, respectively", "24 billion")


GUS = (
    "In the 1st quarter of 2015 seasonally adjusted GDP (constant prices, reference year 2010) was higher by"
    " 1.0 % than in the previous quarter.\n\n"
    "Seasonally adjusted GDP; constant prices, reference year 2010\n\n"
    "2013 2014 2015\n\n"
    "I qtr II qtr III qtr IV qtr I qtr II qtr III qtr IV qtr I qtr\n\n"
    "Change (%) to the previous quarter +0.3 +0.8 +0.9 +0.7 +1.1 +0.7 +0.9 +0.8 +1.0\n"
)


def test_quarter_columns_under_a_line_of_years_give_their_cells_periods(tmp_path) -> None:
    from factcheck.extract.document import parse_document
    from factcheck.extract.mentions import find_mentions

    found = [(m.value, m.unit, m.period) for m in find_mentions(parse_document(GUS, "txt"), "en")]
    assert ("1.0", "%", "2015-Q1") in found  # the title's "1st quarter of 2015"; 2010 is a base year
    assert ("0.3", "%", "2013-Q1") in found and ("0.7", "%", "2013-Q4") in found
    assert ("1.1", "%", "2014-Q1") in found and ("1.0", "%", "2015-Q1") in found
    (tmp_path / "release.txt").write_text(GUS, encoding="utf-8")
    assert not _not_verified(tmp_path)


def test_quarters_that_do_not_fit_the_years_are_no_columns() -> None:
    from factcheck.grammar.flatheader import header_columns, quarter_columns

    years = header_columns("2013 2014 2015")
    assert quarter_columns("Q1 Q2 Q3 Q4 Q1 Q2 Q3 Q4 Q1", years)[-1].period == "2015-Q1"
    assert quarter_columns("Q1 Q2 Q3 Q4 Q1", years) == ()  # 2015 has no quarter: the years do not fit
    assert quarter_columns("I qtr II qtr III qtr IV qtr I qtr", header_columns("2013 2015")) == ()  # a gap
    assert quarter_columns("Q1 Q2 Total", years) == ()  # not quarters alone
    assert quarter_columns("Q1 Q2", header_columns("March 2011 February 2012")) == ()  # not years


STATCAN = (
    "Table 2\n\n1-month and 12-month change in the official CPI\n\n"
    "| Official CPI – 1-month change | Official CPI – 12-month change | |\n\n"
    "|---|---|---|\n\n"
    "| % | % | |\n\n"
    "| March 2020 | -0.6 | 0.9 |\n\n"
    "| April 2020 | -0.7 | -0.2 |\n"
)


def test_a_row_of_units_under_the_column_names_gives_the_cells_their_unit(tmp_path) -> None:
    drafts = _drafts(tmp_path, STATCAN)
    assert sorted(drafts) == [("-0.2", "%"), ("-0.6", "%"), ("-0.7", "%"), ("0.9", "%")]
    assert not _not_verified(tmp_path)


def test_a_row_of_words_that_are_no_units_gives_none(tmp_path) -> None:
    from factcheck.grammar.tables import header_units

    assert header_units("| Percentage | Index |") is None
    assert header_units("| Change | Level |") is None
    assert header_units("| % | Per cent |") is not None
    drafts = _drafts(tmp_path, STATCAN.replace("| % | % | |", "| Index | Index | |"))
    assert ("-0.6", None) in drafts and ("0.9", None) in drafts


def test_a_header_cell_ending_in_its_unit_gives_its_column_the_unit(tmp_path) -> None:
    text = (
        "Population aged 15-74, by labour force status\n\n"
        "| | Absolute numbers | Per cent | Change in absolute numbers | Change in percentage points |\n\n"
        "| Both sexes | 2 804 000 | 71.2 | 11 000 | -0.4 |\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("71.2", "%") in drafts and ("-0.4", "percentage points") in drafts
    assert ("2804000", None) in drafts and ("11000", None) in drafts  # what is counted is not named
    assert not _not_verified(tmp_path)
    from factcheck.grammar.tables import header_units

    assert header_units("| Region | Share of the total in Oslo |") is None  # "in" a place, not a unit


CAPTIONED = (
    "Table 1. Exports of goods by main partner countries (EUR million)\n\n"
    "Country January 2024 January 2025 Change, %\n\n"
    "Germany 1,234.5 1,456.7 18.0\n\n"
    "France 987.1 901.2 -8.7\n\n"
    "Table 2. Registered unemployed persons (thousands)\n\n"
    "Region 2023 2024\n\n"
    "North 45.2 43.1\n"
)


def test_a_caption_unit_in_brackets_and_a_change_column_named_with_its_percent(tmp_path) -> None:
    from factcheck.extract.document import parse_document
    from factcheck.extract.mentions import find_mentions

    found = [(m.value, m.unit, m.period) for m in find_mentions(parse_document(CAPTIONED, "txt"), "en")]
    assert ("1,234.5 million", "€", "2024-01") in found and ("1,456.7 million", "€", "2025-01") in found
    assert ("18.0", "%", "2025-01") in found and ("-8.7", "%", "2025-01") in found
    assert ("45.2 thousand", None, "2023") in found and ("43.1 thousand", None, "2024") in found
    (tmp_path / "release.txt").write_text(CAPTIONED, encoding="utf-8")
    assert not _not_verified(tmp_path)


def test_a_caption_bracket_that_names_no_unit_gives_none() -> None:
    from factcheck.grammar.flatcolumns import caption_money

    assert caption_money("Table 3. Exports by country (provisional)") is None
    assert caption_money("Table 3. Exports by country (EUR)") is None  # no scale: the rows say
    assert caption_money("Table 3. Exports by country (EUR million)").scale == " million"
