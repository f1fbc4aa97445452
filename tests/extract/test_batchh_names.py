"""A name written two ways: 占地区生产总值的比重 of a GDP the text calls 生产总值, and a table row
交通和通信 restating the text's 交通通信 (one name with or without 和/及/与)."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

SHARES = (
    "初步核算，全年全区实现生产总值[2]5069.57亿元，比上年增长4.0%。其中，第一产业增加值407.48亿元，"
    "增长4.7%；第二产业增加值2449.10亿元，增长6.1%；第三产业增加值2212.99亿元，增长2.1%。"
    "第一产业增加值占地区生产总值的比重为8.0%，第二产业增加值比重为48.3%，第三产业增加值比重为43.7%。\n"
)

PRICES = (
    "全年居民消费价格与上年持平。分类别看，食品烟酒同比下降2.1%，交通通信同比下降0.1%，"
    "教育文化娱乐同比上涨0.5%，其他用品及服务同比上涨2.9%。\n"
    "表1 2023年居民消费价格比上年涨跌幅度\n"
    "指标 | 涨跌幅(%) |\n"
    "居民消费价格 | 0 |\n"
    "食品烟酒 | -2.1 |\n"
    "交通和通信 | -0.1 |\n"
    "教育文化和娱乐 | 0.5 |\n"
    "其他用品和服务 | 2.9 |\n"
)


def test_a_share_of_the_regional_gdp_takes_the_gdp_the_text_calls_its_product(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, SHARES)
    for value in ("8.0", "48.3", "43.7"):
        assert "share" in kinds(drafted[value]), value
        assert not todos[value], value  # the whole is in the text: nothing to fill in
    assert not failing


def test_a_share_of_another_whole_is_not_taken_for_the_gdp(tmp_path) -> None:
    other = SHARES.replace("占地区生产总值的比重为8.0%", "占全区工业增加值的比重为8.0%")
    drafted, _, _ = run_text(tmp_path, other)
    assert not any(c.get("share", {}).get("whole") == "./gdp" for c in drafted["8.0"])
    per_person = SHARES.replace("全年全区实现生产总值[2]5069.57亿元", "全年全区人均生产总值69781元")
    drafted, _, _ = run_text(tmp_path, per_person)
    assert "share" not in kinds(drafted["8.0"])  # a per-person figure is never the whole


def test_a_planted_share_of_the_regional_gdp_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, SHARES.replace("比重为48.3%", "比重为43.8%"))
    assert "share" in failing


def test_a_row_named_with_or_without_a_joining_word_restates_the_text(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, PRICES)
    for value in ("-2.1", "-0.1", "0.5", "2.9"):
        assert "same" in kinds(drafted[value]), value
    assert not failing


def test_a_row_of_another_name_restates_nothing(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, PRICES.replace("交通和通信 | -0.1 |", "交通工具 | -0.1 |"))
    assert "same" not in kinds(drafted["-0.1"])
    drafted, _, _ = run_text(tmp_path, PRICES.replace("教育文化和娱乐 | 0.5 |", "教育和娱乐 | 0.5 |"))
    assert "same" not in kinds(drafted["0.5"])


def test_a_planted_digit_in_a_row_named_with_a_joining_word_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, PRICES.replace("其他用品和服务 | 2.9 |", "其他用品和服务 | 2.6 |"))
    assert "same" in failing
