"""Relation classes from the first run of held-out batch 5 (issue 12): a key-figure box whose
lines name only a period, and the classes the batch showed (each with a consistent text and a
planted error)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

from factcheck.extract import checkdoc

BOX = (
    "Exports in March 2024\n\n"
    "Exports (seasonally adjusted exports of goods), March 2024\n"
    "131.2 billion euros\n"
    "+5.1% on the same month a year earlier\n\n"
    "Imports (seasonally adjusted imports of goods), March 2024\n"
    "110.4 billion euros\n"
    "+3.7% on the same month a year earlier\n\n"
    "In March 2024, German exports were up by 5.1% and imports by 3.7% on March 2023.\n\n"
    "Germany exported goods to the total value of 131.2 billion euros in March 2024.\n\n"
    "Germany imported goods to the value of 110.4 billion euros in March 2024.\n"
)


def _box_tied(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """`same` checks from one box line to another (by their values), and whether any check fails."""
    source = tmp_path / "box.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    lines = {d.name: d.mention.value for d in drafts if d.mention.paragraph in (3, 4, 6, 7)}
    return [
        (lines[d.name], lines[c["same"][2:]])
        for d in drafts
        if d.name in lines
        for c in d.data.get("checks", [])
        if "same" in c and c["same"][2:] in lines
    ]


def test_box_lines_that_name_only_a_period_are_not_one_fact(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, BOX)
    assert _box_tied(tmp_path, BOX) == []
    assert failing == []


def test_two_subjects_with_the_same_period_words_are_never_tied(tmp_path: Path) -> None:
    # the planted shape: the same words after the figure, under headings of two subjects, in one
    # magnitude (the first run tied 7.6% to 3.8% and failed a consistent release)
    text = BOX.replace("+3.7%", "+4.4%").replace("imports by 3.7%", "imports by 4.4%")
    _, failing, _ = _run(tmp_path, text)
    assert _box_tied(tmp_path, text) == []
    assert failing == []


PPI = (
    "2024年3月份,全国工业生产者出厂价格环比下降0.1%,同比下降2.8%。\n"
    "工业生产者出厂价格中,生产资料价格同比下降3.5%,影响全国工业生产者出厂价格总水平下降约2.6个百分点。"
    "其中,采掘工业价格下降4.1%。生活资料价格同比下降0.8%,影响全国工业生产者出厂价格总水平下降约0.2个百分点。\n"
    "据测算,在3月份-2.8%的全国工业生产者出厂价格总水平同比降幅中,去年价格变动的翘尾因素约为-1.9个百分点,"
    "新涨价因素约为-0.9个百分点。\n"
)


def test_producer_and_consumer_goods_add_up_to_the_index_change(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, PPI)
    assert _kinds(drafted["-2.8"]).count("contributions") == 2  # the parts, and the two price factors
    assert "contributions" not in _kinds(drafted["-0.1"])  # the 环比 change is not what they divide
    assert "contributions" not in _kinds(drafted["-4.1"])
    assert failing == []


def test_a_wrong_contribution_of_a_price_index_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, PPI.replace("下降约2.6个百分点", "下降约2.1个百分点"))
    assert "contributions" in failing
    _, failing, _ = _run(tmp_path, PPI.replace("新涨价因素约为-0.9", "新涨价因素约为-0.4"))
    assert "contributions" in failing


STRUCTURE = (
    "初步核算,全年全省地区生产总值4053.2亿元,比上年增长7.5%。其中,第一产业增加值948.35亿元,增长5.1%;"
    "第二产业增加值907.55亿元,增长5.4%;第三产业增加值2197.30亿元,增长9.4%。"
    "三次产业增加值占地区生产总值的比重分别为23.4:22.4:54.2。\n"
)


def test_three_sector_shares_said_with_the_whole_are_each_sectors_share(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, STRUCTURE)
    assert _kinds(drafted["23.4"]) == ["formula"] and _kinds(drafted["54.2"]) == ["formula"]
    assert _kinds(drafted["4053.2亿"]) == ["sum"]
    assert failing == []


def test_a_wrong_three_sector_share_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, STRUCTURE.replace(":22.4:54.2", ":21.4:55.2"))
    assert "formula" in failing


INVESTMENT = (
    "全年全省固定资产投资3830.1亿元,比上年增长11.7%。其中,房地产开发投资1904.00亿元,增长11.7%。"
    "全年施工项目3202个,增长6.9%。分产业看,第一产业投资57.16亿元,增长10.5%;第二产业投资280.63亿元,"
    "下降13.1%;第三产业投资3492.31亿元,增长14.8%。\n"
)


def test_investment_by_sector_after_other_figures_sums_to_the_paragraphs_total(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, INVESTMENT)
    assert drafted["3830.1亿"] == [{"sum": ["./primary-investment", "./secondary-investment", "./tertiary-investment"]}]
    assert "sum" not in _kinds(drafted["1904.00亿"])
    assert failing == []


def test_a_wrong_sector_investment_is_caught_and_other_names_are_no_breakdown(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, INVESTMENT.replace("第二产业投资280.63亿元", "第二产业投资290.63亿元"))
    assert "sum" in failing
    # the parts do not name the paragraph's first figure (投资 is not 出口总额): no sum
    other = INVESTMENT.replace("全年全省固定资产投资3830.1亿元", "全年全省出口总额3830.1亿元")
    drafted, failing, _ = _run(tmp_path, other)
    assert drafted["3830.1亿"] == [] and failing == []


BUDGET = (
    "全年财政总收入1021亿元,比上年增长6.9%。其中,一般公共预算收入652亿元,增长7.9%。"
    "一般公共预算支出786亿元,比上年增长10.1%。其中,民生支出601亿元,增长8.2%,占比76.5%。\n"
)


def test_a_share_said_only_with_zhanbi_is_of_the_total_its_list_hangs_from(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, BUDGET)
    assert _kinds(drafted["76.5"]) == ["share"]
    assert drafted["76.5"][0]["share"]["part"] != drafted["76.5"][0]["share"]["whole"]
    assert failing == []


def test_a_wrong_zhanbi_share_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, BUDGET.replace("占比76.5%", "占比74.5%"))
    assert failing == ["share"]


PER_CAPITA = (
    "初步核算,2022年全市生产总值(GDP)7351亿元,比上年增长3.3%。"
    "人均地区生产总值为137212元(按年平均汇率折算为20400美元),比上年增长2.9%。\n"
    "全年全省人均地区生产总值40818元,按现行平均汇率计算为6554美元,比上年增长6.9%。\n"
)


def test_per_capita_gdp_and_its_dollar_value_need_a_population_and_an_exchange_rate(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, PER_CAPITA)
    assert [next(iter(t)) for t in todos["137212"]] == ["ratio"]  # GDP over a population from outside
    assert "population" in repr(todos["137212"]) and "source" in repr(todos["137212"])
    assert "exchange rate" in repr(todos["20400"]) and "per-capita-gdp" in repr(todos["20400"])
    assert "exchange rate" in repr(todos["6554"])
    assert drafted["20400"] == [] and drafted["6554"] == [] and failing == []


TRADE = (
    "German exports in March 2024\n\n"
    "After calendar and seasonal adjustment, Germany exported goods to the total value of 135.0 billion euros "
    "and imported goods to the value of 112.9 billion euros in March 2024. The foreign trade balance showed a "
    "surplus of 22.1 billion euros in March 2024. The surplus had been +21.4 billion euros in February 2024.\n\n"
    "Germany exported goods to the value of 74.6 billion euros to the Member States of the European Union (EU), "
    "while it imported goods to the value of 63.9 billion euros from the same countries in March 2024. "
    "The value of the goods exported to euro area countries in March 2024 totalled 52.5 billion euros (+0.9%) "
    "and the value of the goods imported from there was 44.8 billion euros (+1.2%). In March 2024, goods to the "
    "value of 22.1 billion euros (+0.7%) were exported to EU countries not belonging to the euro area, while "
    "goods to the value of 19.1 billion euros were imported from those countries.\n"
)


def test_a_trade_surplus_is_exports_minus_imports_and_the_eu_is_the_euro_area_and_the_rest(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, TRADE)
    assert _kinds(drafted["22.1 billion"]) == ["difference"]  # the surplus; the EU-outside-euro figure: none
    assert _kinds(drafted["21.4 billion"]) == []  # another month's surplus
    assert _kinds(drafted["74.6 billion"]) == ["sum"]
    assert _kinds(drafted["63.9 billion"]) == []  # imports from the euro area countries only "from there"
    assert failing == []


def test_a_wrong_surplus_or_a_wrong_eu_part_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, TRADE.replace("surplus of 22.1 billion", "surplus of 23.1 billion"))
    assert failing == ["difference"]
    _, failing, _ = _run(tmp_path, TRADE.replace("totalled 52.5 billion", "totalled 51.5 billion"))
    assert failing == ["sum"]


def test_a_key_figure_box_restates_the_body_value_by_value(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, BOX)
    for value in ("131.2 billion", "5.1", "110.4 billion", "3.7"):
        assert _kinds(drafted[value]) == ["same"], value  # the box line: the body figure of its subject
    assert failing == []


def test_a_wrong_digit_in_a_key_figure_box_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, BOX.replace("110.4 billion euros\n", "111.4 billion euros\n"))
    assert failing == ["same"]
    _, failing, _ = _run(tmp_path, BOX.replace("+5.1% on the same", "+5.3% on the same"))
    assert failing == ["same"]


def test_a_chinese_title_and_a_later_sentence_restate_the_body_rate(tmp_path: Path) -> None:
    text = "2024年3月份工业生产者出厂价格同比下降2.8%\n" + PPI
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["-2.8"]).count("same") == 2  # the title, and 在3月份-2.8%的…降幅中
    assert "same" not in _kinds(drafted["-3.5"])  # 生产资料价格同比下降3.5%: another subject
    assert failing == []


def test_a_wrong_rate_in_a_chinese_title_is_caught(tmp_path: Path) -> None:
    text = "2024年3月份工业生产者出厂价格同比下降2.6%\n" + PPI
    drafted, failing, _ = _run(tmp_path, text)
    assert "same" in failing
    # a title of the 环比 change is not the 同比 one
    text = "2024年3月份工业生产者出厂价格环比下降0.1%\n" + PPI
    drafted, failing, _ = _run(tmp_path, text)
    assert failing == []


PRODUCTIVITY = (
    "Nonfarm business sector labor productivity increased 2.3 percent in the fourth quarter of 2023, the U.S. "
    "Bureau of Labor Statistics reported today, as output increased 3.5 percent and hours worked increased "
    "1.2 percent. From the fourth quarter of 2022 "
    "to the fourth quarter of 2023, productivity increased 2.7 percent.\n"
    "Unit labor costs in the nonfarm business sector increased 0.4 percent in the fourth quarter of 2023, "
    "reflecting a 2.7-percent increase in hourly compensation and a 2.3-percent increase in productivity. "
    "Unit labor costs increased 1.8 percent over the last four quarters.\n"
)


def test_productivity_and_unit_labour_costs_are_differences_of_their_parts_changes(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, PRODUCTIVITY)
    assert "formula" in _kinds(drafted["2.3"])  # output ÷ hours
    assert _kinds(drafted["0.4"]) == ["formula"]  # hourly compensation ÷ productivity
    assert drafted["1.8"] == [] and failing == []  # over four quarters: no parts stated


def test_a_wrong_productivity_or_unit_labour_cost_change_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, PRODUCTIVITY.replace("increased 0.4 percent", "increased 1.4 percent"))
    assert failing == ["formula"]
    _, failing, _ = _run(tmp_path, PRODUCTIVITY.replace("hours worked increased 1.2", "hours worked increased 0.2"))
    assert failing == ["formula"]


SERIES = (
    "From the first quarter of 2023 to the first quarter of 2024, productivity decreased 0.3 percent, the first "
    "four-quarter decline in the series since a 0.2-percent decrease in the third quarter of 2015.\n"
    "The price index for nonfuel imports rose 4.8 percent over the past year. The largest previous "
    "year-over-year advance was 5.9 percent for the year ended May 2011.\n"
    "'Food retailing (0.6 per cent) led the rises,' said the director, 'while there were also rises in "
    "department stores (1.4 per cent) and other retailing (0.2 per cent).'\n"
    "Analysed by broad type of retail outlet in descending order of the provisional estimate of the value of "
    "sales, the value of sales in department stores decreased by 4.0%. This was followed by food (-1.2%) and "
    "books (-9.1%).\n"
)


def _outside_orders(todos: dict[str, list[dict]], value: str) -> list[dict]:
    return [t for t in todos.get(value, []) if "order" in t and "source" in repr(t)]


def test_a_figure_ranked_against_a_series_the_document_does_not_give_waits_for_a_source(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, SERIES)
    for value in ("-0.3", "4.8", "0.6", "-4.0"):
        assert _outside_orders(todos, value), value
        assert "order" not in _kinds(drafted[value]), value  # never among the figures listed with it
    assert _outside_orders(todos, "-0.3")[0]["order"]["order"] == "ascending"  # the first decline: the lowest
    assert not _outside_orders(todos, "-1.2") and not _outside_orders(todos, "-9.1")
    assert failing == []


def test_words_that_do_not_rank_the_figure_draft_nothing_outside(tmp_path: Path) -> None:
    # a rise called the first decline (a misread sign), an order by the percent changes listed
    text = (
        "Productivity increased 0.3 percent, the first four-quarter decline since 2015.\n"
        "Listed in descending order of percentage change, department stores rose by 4.0% and food by 1.2%.\n"
    )
    _, failing, todos = _run(tmp_path, text)
    assert not _outside_orders(todos, "0.3") and not _outside_orders(todos, "4.0")
    assert failing == []


def test_a_rate_raised_year_on_year_needs_last_years_rate(tmp_path: Path) -> None:
    text = "3月份,工业企业产品销售率为96.8%,同比提高0.4个百分点;工业企业实现出口交货值12166亿元,同比名义增长1.9%。\n"
    drafted, failing, todos = _run(tmp_path, text)
    outside = [t for t in todos["0.4"] if "difference" in t]
    assert outside and "上年同期" in repr(outside) and "source" in repr(outside)
    assert drafted["0.4"] == [] and todos["1.9"] == [] and failing == []  # a growth rate: no earlier rate


HEADLINE = (
    "U.S. import prices rose 0.4 percent in March, the U.S. Bureau of Labor Statistics reported today.\n"
    "Export prices increased 0.3 percent in March.\n"
    "Imports: Import prices advanced 0.4 percent in March after falling 0.1 percent the previous month.\n"
)


def test_a_lead_restated_with_another_verb_is_the_same_fact(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, HEADLINE)
    assert "same" in _kinds(drafted["0.4"])  # "U.S." and "advanced" name nothing
    assert "same" not in _kinds(drafted["0.3"]) and failing == []


def test_a_wrong_digit_in_a_lead_restated_with_another_verb_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, HEADLINE.replace("advanced 0.4 percent", "advanced 0.6 percent"))
    assert failing == ["same"]


def test_counts_that_rose_and_fell_are_never_one_fact(tmp_path: Path) -> None:
    text = (
        "Among the Member States for which data are available, industrial production rose in thirteen, "
        "fell in eight and remained stable in Ireland.\n"
        "Among the Member States for which data are available, industrial production fell in eleven and "
        "rose in eleven.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert failing == []
    assert "same" not in _kinds(drafted.get("thirteen", [])) + _kinds(drafted.get("eight", []))
