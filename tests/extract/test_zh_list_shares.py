"""A bare 占r% after each part of a list is the part's share of the whole the list breaks down:
after 其中 (the total just before it) or after the whole named again (全县常住人口中，…); never the
nested total of a series of shares of another whole. A row naming a group ("在总计中: | | |") is no
header: the cells under it keep the table's unit in a quote."""

from __future__ import annotations

from tests.extract.test_infer import relations

from factcheck.checks.citation import quote_has_number
from factcheck.grammar.tables import caption_unit, header_units, table_values


def test_each_part_after_qizhong_is_a_share_of_the_total() -> None:
    text = (
        "年末全市常住人口1299.59万人，比上年末增加12.29万人。"
        "其中，男性人口663.38万人，占51.05%；女性人口636.21万人，占48.95%。\n"
    )
    checks, _ = relations(text)
    assert ("51.05", "share", ("663.38万", "1299.59万")) in checks
    assert ("48.95", "share", ("636.21万", "1299.59万")) in checks


def test_the_whole_named_again_before_zhong_opens_the_list() -> None:
    text = (
        "年末全县常住人口55.27万人，比上年末减少0.11万人。其中，城镇人口29.88万人，农村人口25.39万人。"
        "全县常住人口中，男性人口28.07万人，占50.79%；女性人口27.2万人，占49.21%。\n"
    )
    checks, _ = relations(text)
    assert ("50.79", "share", ("28.07万", "55.27万")) in checks
    assert ("49.21", "share", ("27.2万", "55.27万")) in checks


def test_a_nested_part_of_a_series_of_shares_is_not_a_share_of_the_nested_total() -> None:
    text = (
        "全国人口中，0—14岁人口为253383938人，占17.95%；60岁及以上人口为264018766人，占18.70%，"
        "其中65岁及以上人口为190635280人，占13.50%。\n"
    )
    checks, _ = relations(text)
    assert not any(claim == "13.50" and kind == "share" for claim, kind, _ in checks)


def test_a_part_after_other_words_is_not_the_lists() -> None:
    text = "全市常住人口1299.59万人。其中，男性人口663.38万人，增长1.2%，全年新增就业12.3万人，占48.95%。\n"
    checks, _ = relations(text)
    assert not any(claim == "48.95" and kind == "share" for claim, kind, _ in checks)


def test_a_group_row_is_no_header_and_the_table_unit_holds_under_it() -> None:
    assert header_units("在总计中: | | | | |", caption_unit("计量单位:亿元")) is None
    quote = (
        "计量单位:亿元\n指标名称 | 本月 | 累计 |\n全省总计 | 2846.99 | 7220.42 |\n在总计中: | | |\n"
        "轻工业 | 1036.55 | 2585.89 |"
    )
    assert ("1036.55", "亿") in [(cell, unit.scale) for cell, unit in table_values(quote)]
    assert quote_has_number(quote, "1036.55", "亿")
    assert header_units("指标名称 | 本月 | 累计 |", caption_unit("计量单位:亿元")) is not None


def test_a_name_after_a_structure_lends_it_no_unit() -> None:
    text = (
        "全年地区生产总值1195.6亿元。三次产业占比为6.0:55.1:38.9,三次产业对GDP增长的贡献率分别为5.5%、46.7%、47.8%。\n"
    )
    _, todos = relations(text)
    assert {("6.0", "share"), ("55.1", "share"), ("38.9", "share")} <= todos


def test_a_part_named_after_qizhong_without_its_figure_is_a_share_from_outside() -> None:
    checks, todos = relations("全县地方公共财政预算收入完成79.3亿元,同比增长4.4%,其中税收占比为64.8%。\n")
    assert ("64.8", "share") in todos and not any(claim == "64.8" for claim, _, _ in checks)
    checks, _ = relations("全县地方公共财政预算收入完成79.3亿元,其中税收收入51.4亿元,占比为64.8%。\n")
    assert ("64.8", "share", ("51.4亿", "79.3亿")) in checks
    _, todos = relations("其中税收占比为64.8%。\n")
    assert ("64.8", "share") not in todos
