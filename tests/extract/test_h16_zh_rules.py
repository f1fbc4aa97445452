"""Chinese communiqués of the 1990s read in round 16: a table whose header and rows are spaced
("2019年 比上年增长%" over "稻谷 123 万吨 -1.5"), years written with their last two digits (九七年,
比96年) and the year whose prices a value is at ((90价为…))."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units, drafts_of, not_verified
from tests.extract.relations_support import run_text

from factcheck.grammar.gluedrows import flat_glued_rows, glued_header_unit, glued_row

SPACED_TABLE = (
    "某地区2019年统计公报\n"
    "主要农产品产量如下:\n"
    "2019年 比上年增长%\n"
    "稻谷 123 万吨 -1.5\n"
    "其中:早稻 45 万吨 3.2\n"
    "生猪 67.8 万头 10.0\n"
)


def test_a_spaced_header_and_spaced_rows_read_as_a_percent_column() -> None:
    assert glued_header_unit("2019年 比上年增长%") is not None
    item, cell = glued_row("稻谷 123 万吨 -1.5") or ("", None)
    assert item == "稻谷" and cell is not None and cell.text == "-1.5"
    assert glued_row("稻谷产量 123万吨,增长1.5") is None  # a sentence, not a row


def test_the_change_column_of_a_spaced_table_is_in_percent(tmp_path) -> None:
    drafts = drafted_units(tmp_path, SPACED_TABLE)
    for cell in (("-1.5", "%"), ("3.2", "%"), ("10.0", "%")):
        assert cell in drafts
    names = {d.data["value"]: d.data.get("subject") for d in drafts_of(tmp_path, SPACED_TABLE)}
    assert names["-1.5"] == "稻谷"


def test_a_year_by_its_last_two_digits_is_no_statistic(tmp_path) -> None:
    text = (
        "某区1991年统计公报\n九一年全区粮食总产12.5万吨。\n八五年以来,全区工业产值年均增长9.1%。\n项目 1991年比86年±%\n"
    )
    values = [value for value, _ in drafted_units(tmp_path, text)]
    assert "九一" not in values and "八五" not in values and "86" not in values
    assert "12.5万" in values and "9.1" in values


def test_seven_or_eight_years_is_not_a_year(tmp_path) -> None:
    values = [value for value, _ in drafted_units(tmp_path, "全县用了七八年时间建成水库3座。\n")]
    assert "3" in values


def test_the_year_of_constant_prices_is_no_statistic(tmp_path) -> None:
    text = "全年工业总产值5.6亿元(80价为3.1亿元),按80年不变价计算比上年增长7.4%。\n"
    drafts = drafted_units(tmp_path, text)
    assert ("80", None) not in drafts and all(value != "80" for value, _ in drafts)
    assert ("3.1亿", "元") in drafts and ("7.4", "%") in drafts


def test_pulls_said_as_the_industries_contribution_add_up_to_the_growth(tmp_path) -> None:
    text = "全市生产总值500.0亿元，比上年下降2.0%。三次产业对经济增长的拉动贡献分别为0.3、-3.1、0.8个百分点。\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert [c for c in drafted["-2.0"] if "contributions" in c]


def test_pulls_that_do_not_add_up_are_caught(tmp_path) -> None:
    text = "全市生产总值500.0亿元，比上年增长4.0%。三次产业对经济增长的拉动贡献分别为0.3、2.1、0.8个百分点。\n"
    _, failing, _ = run_text(tmp_path, text)
    assert failing


def test_an_industry_share_with_no_whole_named_is_its_share_of_gdp(tmp_path) -> None:
    text = (
        "全年国内生产总值50.0亿元,比上年增长12.0%。第一产业增加值5.0亿元,增长3.0%;第二产业增加值25.0亿元,"
        "增长15.0%;第三产业增加值20.0亿元,增长10%。第三产业所占比重为40.0%,比上年提高0.5个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    shares = [c["share"] for c in drafted["40.0"] if "share" in c]
    assert shares == [{"part": "./tertiary-value-added", "whole": "./gdp"}]


def test_an_industry_share_that_does_not_hold_is_caught(tmp_path) -> None:
    text = (
        "全年国内生产总值50.0亿元,比上年增长12.0%。第一产业增加值5.0亿元,增长3.0%;第二产业增加值25.0亿元,"
        "增长15.0%;第三产业增加值20.0亿元,增长10%。第三产业所占比重为45.0%。\n"
    )
    _, failing, _ = run_text(tmp_path, text)
    assert failing


def test_age_groups_from_zero_to_an_open_top_add_up_to_the_population(tmp_path) -> None:
    text = (
        "年末全县户籍人口为100000人。其中,城镇人口40000人,乡村人口60000人;"
        "0-17岁、18-59岁、60岁及以上户籍人口分别为20000人、55000人和25000人。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    sums = [c["sum"] for c in drafted["100000"] if "sum" in c]
    assert len(sums) == 2 and any(len(operands) == 3 for operands in sums)


def test_age_groups_that_miss_people_are_caught(tmp_path) -> None:
    text = "年末全县户籍人口为100000人;0-17岁、18-59岁、60岁及以上户籍人口分别为20000人、55000人和24000人。\n"
    _, failing, _ = run_text(tmp_path, text)
    assert failing


def test_age_groups_with_a_gap_are_no_breakdown(tmp_path) -> None:
    text = "年末全县户籍人口为100000人;0-14岁、20-59岁、60岁及以上户籍人口分别为20000人、50000人和25000人。\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == [] and not [c for c in drafted["100000"] if "sum" in c]


def test_a_table_flattened_into_one_line_gives_each_change_its_percent(tmp_path) -> None:
    text = "2019年 比上年增长% 稻谷 123 万吨 -1.5 其中:早稻 45 万吨 3.2 生猪 67.8 万头 10.0\n"
    drafts = drafted_units(tmp_path, text)
    for cell in (("-1.5", "%"), ("3.2", "%"), ("10.0", "%")):
        assert cell in drafts
    names = {d.data["value"]: d.data.get("subject") for d in drafts_of(tmp_path, text)}
    assert names["3.2"] == "早稻" and names["10.0"] == "生猪"
    assert not not_verified(tmp_path)


def test_a_line_that_goes_on_as_a_sentence_is_no_flattened_table() -> None:
    assert flat_glued_rows("2019年 比上年增长% 稻谷 123 万吨 -1.5") == []  # one row is a glued row's business
    assert flat_glued_rows("全年增长% 稻谷 123 万吨 -1.5 早稻产量增长较快,达45万吨") == []
    rows = flat_glued_rows("比上年增长% 稻谷 123 万吨 -1.5 早稻 45 万吨 3.2")
    assert [(item, cell.text) for item, cell in rows] == [("稻谷", "-1.5"), ("早稻", "3.2")]
