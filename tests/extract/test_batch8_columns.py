"""Tables flattened to text: each figure takes the period of its column from a header line of periods."""

from __future__ import annotations

from factcheck.extract.checkdoc import prepare
from factcheck.extract.columnperiods import header_periods


def _drafts(tmp_path, text: str) -> list[tuple[str, str | None, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], d.data.get("unit"), d.data.get("period")) for d in checked.drafts]


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
