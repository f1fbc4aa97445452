"""Tables flattened to text: each figure takes the period of its column from a header line of periods."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units_periods as _drafts

from factcheck.grammar.flatheader import header_periods


def test_a_header_line_of_periods_names_each_column() -> None:
    assert header_periods("September 2019p September 2018r September 2019p September 2018") == (
        "2019-09",
        "2018-09",
        "2019-09",
        "2018-09",
    )
    assert header_periods("11/20-01/21 02-04/2021 05-07/2021 08-10/2021 01-10/2021 10/2021") == (
        "2020-11/2021-01",
        "2021-02/2021-04",
        "2021-05/2021-07",
        "2021-08/2021-10",
        "2021-01/2021-10",
        "2021-10",
    )
    assert header_periods("Q1 2023 Q2 2023 Q3 2023") == ("2023-Q1", "2023-Q2", "2023-Q3")
    assert header_periods("2023Q4 2024Q1 (p)") == ("2023-Q4", "2024-Q1")  # (p): preliminary
    assert header_periods("2023Q4 (p) (r)") == ()  # a second marker is a word after the periods
    assert header_periods("2022 2023") == ("2022", "2023")
    assert header_periods("Jan-Sep 2019 Jan-Sep 2018") == ("2019-01/2019-09", "2018-01/2018-09")
    assert header_periods("Industry Sep. 2019 Aug. 2019 Sep 2018") == ("2019-09", "2019-08", "2018-09")
    assert header_periods("H1 2022 H1 2023 2023M06") == ("2022-H1", "2023-H1", "2023-06")


def test_a_line_that_is_no_header_of_periods() -> None:
    assert header_periods("Exports rose in 2022 and 2023.") == ()  # a sentence naming years
    assert header_periods("Exports rose in 2022 2023 and fell") == ()  # a word after the periods
    assert header_periods("September 2019") == ()  # one period: a heading, not columns
    assert header_periods("Sales volume 1.7 5.6 4.6") == ()  # a row of figures
    assert header_periods("2022/23 2023/24") == ()  # fiscal years are not read as calendar years
    assert header_periods("Sep-Jan 2019 Oct-Dec 2019") == ()  # a range that runs backwards
    assert header_periods("13/2021 14/2021") == ()  # no month 13
    assert header_periods("Exports | 2022 | 2023") == ()  # a row of cells is read by its cells


TABLE = (
    "Table A.1 Summary of External Trade Performance: September 2019 and September 2018\n\n"
    "Exports Imports\n\n"
    "September 2019p September 2018r September 2019p September 2018\n\n"
    "FOB Value (in Million US Dollars) 5,898.02 6,052.78 9,017.49 10,076.42\n\n"
    "Electronic Products\n\n"
    "Year-on-Year Growth (Percent) -2.6 1.1 -10.5 30.2\n\n"
    "Table A.2 Exports by commodity: September 2019\n\n"
    "Year-on-Year Growth in Percent\n\n"
    "Other Mineral Products 89.6 3.1 -1.2 4.4\n"
)


def test_each_cell_is_drafted_with_its_columns_period(tmp_path) -> None:
    drafts = _drafts(tmp_path, TABLE)
    assert ("5,898.02 million", "$", "2019-09") in drafts
    assert ("6,052.78 million", "$", "2018-09") in drafts
    assert ("10,076.42 million", "$", "2018-09") in drafts
    assert ("1.1", "%", "2018-09") in drafts  # after a sub-heading the columns still hold
    assert ("30.2", "%", "2018-09") in drafts
    # the next table's title ends the columns: its cells take the document's period
    assert ("4.4", "%", "2019-09") in drafts and ("-1.2", "%", "2019-09") in drafts


def test_a_sentence_ends_the_columns_and_a_short_row_is_left_alone(tmp_path) -> None:
    text = (
        "Retail trade, October 2021\n\n"
        "Year-on-year change, %\n\n"
        "11/20-01/21 02-04/2021 05-07/2021 10/2021\n\n"
        "Retail trade Turnover 4.7 7.5 5.2 4.3\n\n"
        "Sales volume 5.1 7.2\n\n"
        "Turnover of retail trade grew by 4.3 per cent in October 2021 from a year before.\n\n"
        "Wholesale trade Turnover 1.2 2.3 3.4 4.5\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("4.7", "%", "2020-11/2021-01") in drafts and ("4.3", "%", "2021-10") in drafts
    assert ("5.2", "%", "2021-05/2021-07") in drafts
    assert ("7.2", "%", "2021-02/2021-04") not in drafts  # two figures under four columns: which two?
    assert all(period != "2020-11/2021-01" for value, _, period in drafts if value == "1.2")


def test_a_plural_before_one_number_is_a_row_label_not_a_reference() -> None:
    from factcheck.extract.noise import noise_spans

    def noise(text: str) -> list[str]:
        return [text[start:end] for start, end in noise_spans(text, text)]

    assert noise("Miscellaneous Manufactured Articles 11.0 Cereals and Cereal Preparations -22.0") == []
    assert noise("See tables 2 and 3.") == ["tables 2 and 3"]
    assert noise("See pages 11-14 for the method.") == ["pages 11-14"]
    assert noise("See Table 11.0 for the series.") == ["Table 11.0"]
    assert noise("as set out in article 11") == ["article 11"]


def test_change_columns_take_the_period_they_end_in() -> None:
    from factcheck.grammar.flatheader import Column, header_columns

    assert header_columns("March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012") == (
        Column("2011-03"),
        Column("2012-02"),
        Column("2012-03"),
        Column("2012-03", change=True, base="2012-02"),
        Column("2012-03", change=True, base="2011-03"),
    )
    assert header_columns("Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth") == (
        Column("2018-09"),
        Column("2019-09"),
        Column("2019-09", change=True, base="2018-09"),
        Column("2018-01/2018-09"),
        Column("2019-01/2019-09"),
        Column("2019-01/2019-09", change=True, base="2018-01/2018-09"),
    )
    assert header_columns("Growth 2018 2019") == (Column("2018"), Column("2019"))  # a label, then columns
    assert header_columns("Exports grew to 2019 and growth") == ()


def test_a_units_line_and_a_caption_name_the_columns_units() -> None:
    from factcheck.grammar.flatcolumns import caption_money, units_line
    from factcheck.grammar.tables import ColumnUnit

    assert units_line("millions of dollars % change1") == (ColumnUnit(" million", "$"), ColumnUnit("", "%"))
    assert units_line("€ bn") == (ColumnUnit(" billion", "€"), None)
    assert units_line("Sales rose 5 %") is None
    assert caption_money("EA19 trade - non seasonally adjusted data bn €") == ColumnUnit(" billion", "€")
    assert caption_money("Exports in dollars") is None  # no scale: a word of a title, not a unit line
    assert caption_money("Exports rose to 5 bn €.") is None


def test_row_cells_follow_the_header_count() -> None:
    from factcheck.grammar.flatcolumns import row_cells
    from factcheck.grammar.flatheader import header_columns

    six = header_columns("Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth")
    cells = row_cells("Extra-EA19 exports 186.5 196.2 5.2% 1 692.3 1 741.9 2.9%", six, spaced=True)
    assert [cell.text for cell, _ in cells] == ["186.5", "196.2", "5.2%", "1 692.3", "1 741.9", "2.9%"]
    balance = row_cells("Extra-EA19 trade balance 12.6 18.7 147.3 155.5", six, spaced=True)  # no growth cells
    assert [column.period for _, column in balance] == ["2018-09", "2019-09", "2018-01/2018-09", "2019-01/2019-09"]
    five = header_columns("March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012")
    assert [
        cell.text for cell, _ in row_cells("Newfoundland and Labrador 538 582 597 2.6 11.0", five, spaced=False)
    ] == [
        "538",
        "582",
        "597",
        "2.6",
        "11.0",
    ]
    assert row_cells("Yukon 4 3", five) == []  # two figures under five columns: which ones?
    assert row_cells("538 582 597 2.6 11.0", five) == []  # no label: no row


STATCAN = (
    "Manufacturing sales: Provinces and territories\n\n"
    "March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012\n\n"
    "millions of dollars % change1\n\n"
    "Canada 46,889 48,741 49,657 1.9 5.9\n\n"
    "Prince Edward Island 102 102 112 9.7 9.7\n\n"
    "Yukon 4 3 3 34.0 -3.9\n\n"
    "1.\n\n"
    "Sales rose 1.9 percent in March.\n"
)


def test_cells_under_a_units_line_are_drafted_and_verify(tmp_path) -> None:
    from factcheck.extract import checkdoc
    from factcheck.run.pipeline import RunOptions

    drafts = _drafts(tmp_path, STATCAN)
    assert ("46,889 million", "$", "2011-03") in drafts
    assert ("48,741 million", "$", "2012-02") in drafts
    assert ("102 million", "$", "2011-03") in drafts and ("112 million", "$", "2012-03") in drafts
    assert ("-3.9", "%", "2012-03") in drafts and ("34.0", "%", "2012-03") in drafts
    assert all(value != "1" for value, _, _ in drafts)  # a note's number alone on its line
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    assert all("\t" not in d.data["claim"] for d in prepared[0].drafts)
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    bad = [f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid", "error", "fail")]
    assert not bad


def test_the_citation_check_reads_the_units_line_over_the_rows() -> None:
    from factcheck.checks.citation import quote_has_number

    quote = "March 2011 February 2012r March 2012p\nmillions of dollars\nCanada 46,889 48,741 49,657"
    assert quote_has_number(quote, "48,741 million")
    assert not quote_has_number(quote, "48,741 billion")
    assert not quote_has_number("March 2011 February 2012r March 2012p\nCanada 46,889 48,741 49,657", "48,741 million")


def test_axis_ticks_up_or_down_and_the_tick_before_a_legend_are_noise() -> None:
    from factcheck.extract.noise import noise_spans

    def noise(text: str) -> list[str]:
        return [text[start:end] for start, end in noise_spans(text, text)]

    text = "Trade of the euro area, € bn 220 ImportsExports 200 180 160 140 120 100 80"
    assert "220 ImportsExports 200 180 160 140 120 100 80" in noise(text)
    assert noise("Index 12 17 19 25") == []  # no even steps
    assert noise("Exports were 220 Imports 200 in May") == []  # two numbers are no axis


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    from factcheck.extract.mentions import paragraph_mentions

    return [(m.value, m.unit, m.qualifier) for m in paragraph_mentions(text, 1, "en", 2016) if m.kind != "label"]


def test_a_surveys_sample_size_is_its_design_not_a_finding() -> None:
    text = "the Current Population Survey (CPS), a monthly sample survey of about 60,000 eligible households that"
    assert _mentions(text) == []
    assert _mentions("A sample of 1,500 respondents was drawn.") == []
    assert ("60,000", "households", None) in _mentions("The number of households rose by 60,000 households.")
    assert _mentions("The survey found 30 percent of firms hiring.") == [("30", "percent", None)]


def test_the_depth_of_a_classification_is_no_figure() -> None:
    text = "Details at Sectoral, 2-digit level of National Industrial Classification are given."
    assert _mentions(text) == []
    assert _mentions("Sales of digital goods rose 2 percent.") == [("2", "percent", None)]


def test_a_multiple_in_words_compared_is_a_ratio() -> None:
    text = "a union membership rate (34.4 percent) more than five times higher than that of others (6.4 percent)"
    assert ("five", "times", "more-than") in _mentions(text)
    assert ("three", "times", None) in _mentions("Prices were three times higher than in 2010.")
    assert _mentions("The index was revised three times in 2019.") == []  # a frequency


SGDOS = (
    "CONSUMER PRICE INDEX\n\n"
    "(October 1992 - September 1993 = 100)\n\n"
    "AUGUST 1997\n\n"
    "Index % Change\n\n"
    "Group Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug 97/ Jul 97\n\n"
    "All Items 100 107.1 109.2 109.6 2.3 0.3\n\n"
    "Health 3 108.6 112.1 112.1 3.2 -\n"
)


def test_a_change_over_two_periods_an_unheaded_column_and_an_empty_cell(tmp_path) -> None:
    from factcheck.grammar.flatheader import Column, header_columns

    assert header_columns("Group Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug 97/ Jul 97")[3:] == (
        Column("1997-08", change=True, base="1996-08"),
        Column("1997-08", change=True, base="1997-07"),
    )
    drafts = _drafts(tmp_path, SGDOS)
    assert ("100", None, "1997-08") in drafts  # the weights, a column without a header: no period of it
    assert ("107.1", None, "1996-08") in drafts and ("109.2", None, "1997-07") in drafts
    assert ("2.3", "%", "1997-08") in drafts and ("0.3", "%", "1997-08") in drafts
    assert ("3", None, "1997-08") in drafts and ("3.2", "%", "1997-08") in drafts  # "-": an empty cell
    assert all(value not in ("100107.1", "3108.6") for value, _, _ in drafts)  # no thousands apart by spaces


def test_thousands_apart_by_spaces_against_the_header_count() -> None:
    from factcheck.grammar.flatcolumns import row_cells, writes_spaced_thousands
    from factcheck.grammar.flatheader import header_columns

    three = header_columns("Flows Sep 18 Sep 19 Jan-Sep 19")
    row = "Exports 186.5 196.2 1 741.9"
    assert [c.text for c, _ in row_cells(row, three, spaced=True)] == ["186.5", "196.2", "1 741.9"]
    assert [c.text for c, _ in row_cells(row, three, spaced=False)] == ["186.5", "196.2", "1 741.9"]
    # the one reading that makes the count sets September 2018 at a ninth of September 2019: no row
    assert row_cells("Exports 186.5 1 692.3 1 741.9", three, spaced=True) == []
    weights = header_columns("Group Aug 96 Jul 97 Aug 97")  # a first figure an unheaded column explains
    food = "Food 30 109.2 110.9 111.1"
    assert [c.text for c, _ in row_cells(food, weights, spaced=False)] == ["109.2", "110.9", "111.1"]
    # 30 109.2 beside 110.9 is no index, even where the document writes "€1 741.9 bn"
    assert [c.text for c, _ in row_cells(food, weights, spaced=True)] == ["109.2", "110.9", "111.1"]
    thousands = header_columns("Group Aug 96 Jul 97 Aug 97")
    assert [c.text for c, _ in row_cells("Food 1 109.2 1 110.9 1 111.1", thousands, spaced=True)] == [
        "1 109.2",
        "1 110.9",
        "1 111.1",
    ]
    assert writes_spaced_thousands("exports rose to €1 741.9 bn in the year")
    assert not writes_spaced_thousands("Food 30 109.2 110.9 111.1")


def test_an_index_base_in_the_heading_is_not_the_documents_period(tmp_path) -> None:
    drafts = _drafts(tmp_path, "CONSUMER PRICE INDEX\n\n(2015 = 100)\n\nMARCH 2023\n\nPrices rose 2.0 per cent.\n")
    assert ("2.0", "per cent", "2023-03") in drafts


def test_a_change_from_one_period_to_another_is_one_column() -> None:
    from factcheck.grammar.flatheader import Column, header_columns

    assert header_columns("Category Sept. 2018 Aug. 2019 Sept. 2019 Change from: Aug. 2019-Sept. 2019") == (
        Column("2018-09"),
        Column("2019-08"),
        Column("2019-09"),
        Column("2019-09", change=True, base="2019-08"),
    )
    assert header_columns("Item Q4 2022 Q3 2023 Q4 2023 Percent change")[-1] == Column("2023-Q4", True, True)
    assert header_columns("2022-23 2023-24") == ()  # fiscal years: no calendar period
    assert header_columns("Aug. 2019-Sept. 2019 2020") == ()  # a change first: a change of what?


def test_an_english_header_row_of_cells_gives_its_columns_periods(tmp_path) -> None:
    from factcheck.grammar.flatheader import cell_period

    assert cell_period("2022") == "2022" and cell_period("Sep 2019p") == "2019-09"
    assert cell_period("Exports") is None and cell_period("2022 2023") is None
    text = "Trade in goods, March 2023\n\n| Item | 2022 | 2023 |\n\n| Exports | 1.2 | 1.3 |\n\nExports rose.\n"
    drafts = _drafts(tmp_path, text)
    assert ("1.2", None, "2022") in drafts and ("1.3", None, "2023") in drafts
    plain = "Trade in goods, March 2023\n\n| Item | Exports | Imports |\n\n| Goods | 1.2 | 1.3 |\n"
    assert all(period == "2023-03" for _, _, period in _drafts(tmp_path, plain))  # no periods in the header


def test_a_count_scale_and_a_percent_alone_over_the_columns(tmp_path) -> None:
    from factcheck.extract import checkdoc
    from factcheck.run.pipeline import RunOptions

    text = (
        "Employment by industry, March 2023\n\n"
        "Industry Feb 2023 Mar 2023 Change\n\n"
        "Thousands % change\n\n"
        "Manufacturing 1,234.5 1,240.1 0.5\n\n"
        "Unemployment rate by province, March 2023\n\n"
        "Province Feb 2023 Mar 2023\n\n"
        "Percent\n\n"
        "Ontario 5.1 5.3\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("1,234.5 thousand", None, "2023-02") in drafts and ("0.5", "%", "2023-03") in drafts
    assert ("5.1", "%", "2023-02") in drafts and ("5.3", "%", "2023-03") in drafts
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    assert not [f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid")]
    from factcheck.grammar.flatcolumns import units_line

    assert units_line("Thousands of persons") is not None
    assert units_line("Thousands of workers lost jobs") is None  # a sentence, not a units line


def test_month_year_headers_written_with_a_hyphen() -> None:
    assert header_periods("Jun-22 Sep-22 Dec-22") == ("2022-06", "2022-09", "2022-12")
    assert header_periods("2023-01 2023-02") == ("2023-01", "2023-02")
    assert header_periods("2022 Q3 2022 Q4 2023 Q1") == ("2022-Q3", "2022-Q4", "2023-Q1")
    assert header_periods("2022-13 2023-14") == ()  # no month 13: no header


def test_a_percent_column_after_the_periods(tmp_path) -> None:
    from factcheck.grammar.flatheader import Column, header_columns

    assert header_columns("Item Q4 2022 Q4 2023 % change")[-1] == Column("2023-Q4", True, True, "2022-Q4")
    assert header_columns("Flows Sep 18 Sep 19 Growth")[-1] == Column("2019-09", True, base="2018-09")  # unit unsaid
    drafts = _drafts(tmp_path, "Trade, September 2019\n\nFlows Sep 18 Sep 19 %\n\nExports 186.5 196.2 5.2\n")
    assert ("5.2", "%", "2019-09") in drafts and ("186.5", None, "2018-09") in drafts


def test_a_figure_of_the_previous_year_after_another_figures_period() -> None:
    from factcheck.extract.mentions import paragraph_mentions

    text = (
        "Total trade in September 2019 reached USD14.92 billion, a decrease of 7.5 percent from the "
        "USD16.13 billion in the same month of the previous year."
    )
    periods = {m.value: m.period for m in paragraph_mentions(text, 1, "en", "2019-09")}
    assert periods["14.92 billion"] == "2019-09" and periods["16.13 billion"] == "2018-09"
    alone = "In September 2019 trade reached USD14.92 billion, the highest since the previous year."
    assert {m.value: m.period for m in paragraph_mentions(alone, 1, "en", "2019-09")}["14.92 billion"] == "2019-09"


def test_a_figure_in_brackets_right_after_a_period_is_of_that_period() -> None:
    from factcheck.extract.mentions import paragraph_mentions

    text = "Exports were €196.2 billion, an increase of 5.2% compared with September 2018 (€186.5 bn)."
    periods = {m.value: m.period for m in paragraph_mentions(text, 1, "en", "2019-09")}
    assert periods["186.5 bn"] == "2018-09" and periods["196.2 billion"] == "2019-09"
    aside = "Exports rose in September 2018 (revised) to €186.5 bn."  # a mark in the brackets, not a figure
    assert {m.value: m.period for m in paragraph_mentions(aside, 1, "en", "2019-09")}["186.5 bn"] == "2018-09"
    later = "Exports in September 2019 (€196.2 bn) beat September 2018."
    assert {m.value: m.period for m in paragraph_mentions(later, 1, "en", "2019-09")}["196.2 bn"] == "2019-09"


def test_a_chinese_paragraphs_opening_period_holds_for_its_next_sentences() -> None:
    from factcheck.extract.mentions import paragraph_mentions

    text = (
        "原煤生产稳定增长。上半年,生产原煤23.0亿吨,同比增长4.4%。进口煤炭2.2亿吨,同比增长93.0%。6月份,生产原煤3.9亿吨。"
    )
    periods = {m.value: m.period for m in paragraph_mentions(text, 1, "zh", "2023-06")}
    assert periods["2.2亿"] == "2023-H1" and periods["23.0亿"] == "2023-H1" and periods["3.9亿"] == "2023-06"
    named = "全省生产原煤23.0亿吨,比上年增长4.4%,上半年增长2.0%。进口煤炭2.2亿吨。"  # 上半年 opens no sentence
    assert {m.value: m.period for m in paragraph_mentions(named, 1, "zh", "2023")}["2.2亿"] == "2023"


def test_what_the_relations_read_of_a_header_extraction_reads_too(tmp_path) -> None:
    from factcheck.grammar.flatheader import Column, header_cells, header_columns

    # a year written "'18", a change "Growth (%)" that says its unit
    assert header_columns("Flows Sep '18 Sep '19 Growth (%)") == (
        Column("2018-09"),
        Column("2019-09"),
        Column("2019-09", change=True, percent=True, base="2018-09"),
    )
    drafts = _drafts(tmp_path, "Trade, September 2019\n\nFlows Sep '18 Sep '19 Growth (%)\n\nExports 186.5 196.2 5.2\n")
    assert ("186.5", None, "2018-09") in drafts and ("5.2", "%", "2019-09") in drafts
    # a growth after the later period first is the change to the later one, not to the column before it
    assert header_columns("Item September 2019p September 2018r Growth")[-1] == Column("2019-09", True, base="2018-09")
    # the months of a change across the turn of the year: November 2011 to January 2012
    assert header_columns("Region Nov 2011 Jan 2012 November to January 2012")[-1].base == "2011-11"
    # a change that runs backwards, or from a month to a year, is no column: the line is no header
    assert header_columns("Group Aug 96 Aug 97 Aug 96/ Aug 97") == ()
    assert header_columns("Region 2018 2019 March 2018 to 2019") == ()
    # a header row of cells is read by the relations, each cell one column
    assert [c.period for c in header_cells("Flows | Mar 23 | Mar 24 | Growth (%) |")] == [
        "2023-03",
        "2024-03",
        "2024-03",
    ]
    assert header_cells("Flows | Mar 23 Mar 24 | Growth |") == ()  # two periods in one cell
