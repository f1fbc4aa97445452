"""A figure stated twice with one digit mistyped is still one fact, so its check fails."""

from __future__ import annotations

from tests.extract.relations_support import run_text

from factcheck.extract.infer.same import one_digit_apart
from factcheck.extract.infer.time_words import _named


def _checked(tmp_path, text: str) -> tuple[list[str], list[str]]:
    """The figures that carry a `same` check, and the kinds of the checks that fail."""
    drafted, failing, _ = run_text(tmp_path, text)
    return sorted(value for value, checks in drafted.items() for c in checks if "same" in c), failing


def test_one_digit_of_three_or_more_apart() -> None:
    assert one_digit_apart("125.6", "425.6")
    assert one_digit_apart("114,530", "414,530")
    assert not one_digit_apart("125.6", "125.6")  # the same figure: nothing mistyped
    assert not one_digit_apart("1.2", "4.2")  # two digits: as often two statistics as one mistyped
    assert not one_digit_apart("125.6", "1256")  # the point moved: another magnitude, not a digit
    assert not one_digit_apart("125.6", "415.6")  # two digits changed


def test_a_mistyped_restatement_fails_its_check_in_chinese(tmp_path) -> None:
    text = "全年粮食总产量125.6万吨，比上年增长2.1%。\n二、农业\n全年粮食总产量425.6万吨，粮食播种面积增加。\n"
    carriers, failing = _checked(tmp_path, text)
    assert carriers == ["125.6万"] and failing == ["same"]


def test_a_mistyped_restatement_fails_its_check_in_english(tmp_path) -> None:
    text = (
        "The number of passenger vehicles registered in the state reached 114,530 in 2023.\n"
        "In 2023, the number of passenger vehicles registered in the state reached 414,530, the bureau said.\n"
    )
    carriers, failing = _checked(tmp_path, text)
    assert carriers == ["114,530"] and failing == ["same"]


def test_short_figures_far_apart_stay_two_statistics(tmp_path) -> None:
    text = "Prices of goods increased by 1.2% on the month.\nOver the year, prices of goods increased by 4.2%.\n"
    carriers, failing = _checked(tmp_path, text)
    assert carriers == [] and failing == []


CPI = (
    "5月份，全省居民消费价格环比上涨0.1%。其中，城市上涨{city}%，农村上涨0.2%。\n"
    "表1 居民消费价格涨跌幅\n"
    "项目 | 环比涨跌幅(%) | 同比涨跌幅(%) |\n"
    "居民消费价格 | 0.1 | 1.9 |\n"
    "其中:城市 | 0.1 | 1.8 |\n"
    "农村 | 0.2 | 2.1 |\n"
)


def test_a_cell_under_the_texts_basis_is_its_figure_at_any_value(tmp_path) -> None:
    """城市 under the 环比 column is the text's 环比 figure for 城市: 0.4 there against the cell's 0.1 fails."""
    carriers, failing = _checked(tmp_path, CPI.format(city="0.1"))
    assert carriers == ["0.1", "0.1", "0.2"] and failing == []
    carriers, failing = _checked(tmp_path, CPI.format(city="0.4"))
    assert carriers == ["0.1", "0.2", "0.4"] and failing == ["same"]


BOX = (
    "Imports (calendar and seasonally adjusted imports of goods), May 2024\n"
    "112.4 billion euros\n"
    "+2.1% on the previous month\n"
    "In May 2024, the country imported goods to the total value of {value} billion euros, the office reports.\n"
)


def test_a_key_figure_box_and_its_body_figure_one_digit_apart(tmp_path) -> None:
    carriers, failing = _checked(tmp_path, BOX.format(value="112.4"))
    assert carriers == ["112.4 billion"] and failing == []
    carriers, failing = _checked(tmp_path, BOX.format(value="412.4"))
    assert carriers == ["112.4 billion"] and failing == ["same"]


def test_a_short_restatement_of_one_name_fails_its_check_at_any_value(tmp_path) -> None:
    """Two figures of 2 digits 3 apart are one fact when their names are one and no time tells them apart."""
    text = (
        "The harbour freight index rose 2.4 percent over the last 12 months before seasonal adjustment.\n"
        "Fuel prices were the largest contributor.\n"
        "The harbour freight index rose {second} percent for the 12 months ending June.\n"
    )
    carriers, failing = _checked(tmp_path, text.format(second="2.4"))
    assert carriers == ["2.4"] and failing == []
    carriers, failing = _checked(tmp_path, text.format(second="5.4"))
    assert carriers == ["2.4"] and failing == ["same"]


def test_one_name_under_two_bases_or_years_stays_two_statistics(tmp_path) -> None:
    """The sentence before names the comparison ("compared to 2018", "compared to 2015"): two bases."""
    text = (
        "In May 2019, compared to May 2018, ferry fares rose by 3.2%. Prices of harbour services increased by 3.2%.\n"
        "Compared to 2015, in May 2019 ferry fares were 8.9% higher. Prices of harbour services increased by 7.1%.\n"
    )
    carriers, failing = _checked(tmp_path, text)
    assert failing == []
    text = "Ferry fares rose 1.4 percent on the month.\nOver the year to May, ferry fares rose 4.4 percent.\n"
    assert _checked(tmp_path, text) == ([], [])


def test_a_titles_figure_restated_far_from_its_value_fails(tmp_path) -> None:
    text = (
        "Harbour area vacancy rate at {title}%\n"
        "The harbour area seasonally adjusted vacancy rate was 10.8% in May 2012.\n"
    )
    carriers, failing = _checked(tmp_path, text.format(title="10.8"))
    assert failing == [] and "10.8" in carriers
    carriers, failing = _checked(tmp_path, text.format(title="40.8"))
    assert failing == ["same"]


def test_a_chinese_titles_rate_restated_far_from_its_value_fails(tmp_path) -> None:
    text = "5月份全省水泥出厂价格同比下降{title}%\n5月份，全省水泥出厂价格同比下降2.3%，环比持平。\n"
    carriers, failing = _checked(tmp_path, text.format(title="2.3"))
    assert failing == [] and carriers
    carriers, failing = _checked(tmp_path, text.format(title="5.3"))
    assert failing == ["same"]


def test_a_part_mistyped_above_its_whole_fails_its_share(tmp_path) -> None:
    """A part larger than its whole is a wrong digit in one of them, not a sign of another whole."""
    text = "全年一般公共预算支出714亿元，比上年增长7.1%。其中，教育支出{part}亿元，增长6.1%，占比73.9%。\n"
    drafted, failing, _ = run_text(tmp_path, text.format(part="528"))
    assert failing == [] and [c for c in drafted["73.9"] if "share" in c]
    drafted, failing, _ = run_text(tmp_path, text.format(part="828"))
    assert failing == ["share"]


def test_month_names_are_whole_words() -> None:
    """ "decreased" and "marked" name no month; "Dec." and "March" do."""
    assert _named("Exports decreased and marked a low.")[1] == frozenset()
    assert _named("In Dec. 2019 and March 2020 exports rose.")[1] == {"dec", "mar"}


def test_one_item_under_two_headings_of_two_bases_stays_two_statistics(tmp_path) -> None:
    text = (
        "Harbour price index for May 2015\n"
        "Main contributors to monthly (May 2015 vs. April 2015) movement:\n"
        "-Ferry fares (+8.7%)\n"
        "-Fuel oil and other fuels (-8.0%)\n"
        "Main contributors to annual (May 2015 vs. May 2014) movement:\n"
        "-Ferry fares (+25.3%)\n"
        "-Fuel oil and other fuels (-18.2%)\n"
    )
    assert _checked(tmp_path, text)[1] == []
