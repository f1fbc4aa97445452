"""Relations learnt from the fifth batch of releases and the issue-12 gaps: the urbanisation rate
defined in brackets, a registered-population rate that is no share of the resident population."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

from factcheck.extract import checkdoc

URBAN = (
    "年末全市常住人口为512.40万人,比上年末增加2.10万人,其中城镇常住人口318.66万人,"
    "占总人口比重(常住人口城镇化率)为62.19%,比上年末提高0.85个百分点。户籍人口城镇化率为47.30%。\n"
)


def test_an_urbanisation_rate_defined_in_brackets_is_the_urban_share(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, URBAN)
    assert _kinds(drafted["62.19"]) == ["share"]
    assert not [t for t in todos["62.19"] if "share" in t]  # the whole is found: no placeholder left
    assert drafted["47.30"] == []  # registered residents: not a share of the resident population
    assert failing == []


def test_a_wrong_urbanisation_rate_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, URBAN.replace("为62.19%", "为63.19%"))
    assert "share" in failing


TITLES = (
    "Annual inflation down to 2.4% in the euro area\n"
    "Down to 2.7% in the EU\n"
    "Euro area annual inflation was 2.4% in May 2019, down from 2.6% in April. "
    "European Union annual inflation was 2.7% in May 2019, down from 2.9% in April.\n"
)


def test_a_title_restating_the_body_in_other_words_is_the_same_fact(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, TITLES)
    assert _kinds(drafted["2.7"]) == ["same"]  # "the EU" in the title, "European Union" in the body
    assert failing == []
    assert drafted["2.6"] == [] and drafted["2.9"] == []  # bases of comparison: another period


def test_a_wrong_digit_in_a_title_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, TITLES.replace("Down to 2.7% in the EU", "Down to 3.1% in the EU"))
    assert failing == ["same"]


def test_a_title_is_never_tied_to_another_area(tmp_path: Path) -> None:
    text = "Down to 2.7% in the EU\nEuro area annual inflation was 2.7% in May 2019, down from 2.9% in April.\n"
    drafted, failing, _ = _run(tmp_path, text)
    assert all(c == [] for c in drafted.values()) and failing == []


def test_a_subgroup_is_not_the_whole(tmp_path: Path) -> None:
    text = (
        "The EU27 unemployment rate was 9.8% in May 2013, compared with 9.7% in April. "
        "The female unemployment rate rose from 9.1% to 9.8% in the EU27 over the year.\n"
    )
    drafted, _, _ = _run(tmp_path, text)
    assert not [c for checks in drafted.values() for c in checks if "same" in c]


def test_a_title_row_of_bare_figures_is_stated_once_more_in_the_body(tmp_path: Path) -> None:
    text = (
        "NEW HOUSING, MAY 2019\nBuilding Permits: Housing Starts:\n1,512,000 1,387,000\n"
        "Privately-owned housing units authorized by building permits in May were at a seasonally adjusted "
        "annual rate of 1,512,000. Privately-owned housing starts in May were at a rate of 1,387,000.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["1,512,000"]) == ["same"] and _kinds(drafted["1,387,000"]) == ["same"]
    assert failing == []


def test_a_rate_named_again_with_framing_words_is_the_same_fact(tmp_path: Path) -> None:
    text = (
        "The quits rate (2.3 percent) and layoffs rate (1.2 percent) were little changed in May.\n"
        "Quits In May, the quits rate was about unchanged at 2.3 percent for total nonfarm.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["2.3"]) == ["same"] and drafted["1.2"] == [] and failing == []
    planted = (
        "The quits rate (2.3 percent) was little changed in May.\n"
        "In May, the quits rate was unchanged at 2.8 percent.\n"
    )
    _, failing, _ = _run(tmp_path, planted)  # one name once "In May", "unchanged" are left out
    assert failing == ["same"]


def test_the_largest_contributions_are_not_ranked_among_themselves(tmp_path: Path) -> None:
    text = (
        "The largest upward contributions to the annual CPIH inflation rate in May 2019 came from housing "
        "(0.91 percentage points, principally from rents) and recreation (0.52 percentage points).\n"
    )
    drafted, _, todos = _run(tmp_path, text)
    assert "order" not in _kinds(drafted["0.91"])
    assert any("order" in t for t in todos["0.91"])  # the top of a set the text does not list


SHARES = (
    "全年全市实现地区生产总值2000.00亿元,比上年增长4.1%。其中,第一产业增加值219.55亿元,增长2.9%;"
    "第二产业增加值705.10亿元,增长4.4%;第三产业增加值1075.35亿元,增长4.0%。第一产业增加值占地区生产总值的比重为11.0%,"
    "第二产业增加值比重为35.2%,第三产业增加值比重为53.8%。\n"
)


def test_shares_written_to_add_up_to_100_allow_the_publishers_adjustment(tmp_path: Path) -> None:
    # 705.10 / 2000 = 35.255% printed 35.2 so that 11.0 + 35.2 + 53.8 = 100
    drafted, failing, _ = _run(tmp_path, SHARES)
    assert [_kinds(drafted[v]) for v in ("11.0", "35.2", "53.8")] == [["share"]] * 3
    assert failing == []


def test_a_wrong_share_is_caught_despite_the_adjustment(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, SHARES.replace("比重为11.0%", "比重为12.0%").replace("比重为53.8%", "比重为52.8%"))
    assert failing.count("share") == 2
    _, failing, _ = _run(tmp_path, SHARES.replace("比重为35.2%", "比重为35.7%"))  # no longer adds up to 100
    assert failing == ["share"]


def _placeholders(todos: list[dict]) -> list[dict]:
    """The x-todo checks that wait for a figure from outside (a source placeholder)."""
    return [t for t in todos if "source" in repr(t)]


def _refs(todo: dict) -> list[str]:
    body = next(iter(todo.values()))
    items = body if isinstance(body, list) else list(body.values())
    return [item if isinstance(item, str) else "OUTSIDE" for item in items]


def test_gaps_to_the_province_and_the_nation_wait_for_their_figures(tmp_path: Path) -> None:
    text = "一季度,全市规模以上工业增加值同比增长8.2%,比全省高1.5个百分点,比全国低0.4个百分点。\n"
    drafted, failing, todos = _run(tmp_path, text)
    higher = [_refs(t) for t in _placeholders(todos["1.5"])]
    assert len(higher) == 1 and higher[0][0].startswith("./") and higher[0][1] == "OUTSIDE"  # 8.2 − province
    assert [_refs(t) for t in _placeholders(todos["0.4"])] == [["OUTSIDE", higher[0][0]]]  # nation − 8.2
    assert failing == [] and drafted["1.5"] == []


def test_a_share_of_the_wider_area_and_a_per_capita_value_wait_for_theirs(tmp_path: Path) -> None:
    text = "全年实现地区生产总值(GDP)310.52亿元,同比增长4.8%。人均GDP达到52311元。全县地区生产总值在全市占比为8.7%。\n"
    _, failing, todos = _run(tmp_path, text)
    assert [next(iter(t)) for t in _placeholders(todos["52311"])] == ["ratio"]
    assert [next(iter(t)) for t in _placeholders(todos["8.7"])] == ["share"]
    assert failing == []


def test_a_change_against_a_period_named_first_is_of_the_level_of_its_area(tmp_path: Path) -> None:
    text = (
        "Eurostat estimates that 25.120 million men and women in the EU27, of whom 17.950 million were in the "
        "euro area, were unemployed in May 2013.\n"
        "Compared with April 2013, the number of persons unemployed increased by 67 000 in the EU27 and by "
        "67 000 in the euro area. The number of job openings in May was 812,000 higher than in July 2009.\n"
    )
    _, failing, todos = _run(tmp_path, text)
    eu, ea = (_refs(t) for t in _placeholders(todos["67000"]))
    assert {eu[0], ea[0]} == {"./men-women", "./men-women-eu"} and eu[1] == ea[1] == "OUTSIDE"
    assert failing == []


def test_a_revision_against_an_earlier_estimate_waits_for_it(tmp_path: Path) -> None:
    text = (
        "Real gross domestic product (GDP) increased at an annual rate of 2.2 percent in the first quarter of "
        "2019. The third estimate of real GDP growth was 0.3 percentage point lower than the second estimate.\n"
    )
    _, _, todos = _run(tmp_path, text)
    waiting = [_refs(t) for values in todos.values() for t in _placeholders(values) if "difference" in t]
    drafts = checkdoc.prepare([str(tmp_path / "release.txt")])[0].drafts
    by_name = {f"./{d.name}": d.mention.value for d in drafts}
    assert [[by_name.get(r, r) for r in refs] for refs in waiting] == [["2.2", "OUTSIDE"]]  # 2.2 − second = −0.3


def test_a_change_of_an_industrys_share_is_of_its_number_in_the_structure(tmp_path: Path) -> None:
    text = (
        "2019年三次产业结构比为18.40:30.25:51.35,与上年比,第一产业占地区生产总值的比重下降1.20个百分点,"
        "第二、第三产业占地区生产总值的比重分别提高0.45和0.75个百分点。\n"
    )
    _, failing, todos = _run(tmp_path, text)
    figures = {v: [_refs(t) for t in _placeholders(todos[v]) if "difference" in t] for v in ("0.45", "0.75")}
    drafts = checkdoc.prepare([str(tmp_path / "release.txt")])[0].drafts
    by_name = {f"./{d.name}": d.mention.value for d in drafts}
    assert {v: [by_name[r[0]] for r in refs] for v, refs in figures.items()} == {"0.45": ["30.25"], "0.75": ["51.35"]}
    fell = [_refs(t) for v in ("1.20", "-1.20") for t in _placeholders(todos.get(v, [])) if "difference" in t]
    assert [by_name[r[0]] for r in fell] == ["18.40"]
    assert failing == []


FARM = (
    "全年全县实现农林牧渔业总产值52.36亿元,按可比价格计算,比上年增长3.1%,增加值30.12亿元,增长3.3%。"
    "其中,农业产值21.05亿元,增长2.0%;林业产值3.27亿元,增长4.1%;牧业产值18.44亿元,增长3.9%;"
    "渔业产值7.80亿元,增长2.6%;农林牧渔服务业产值1.80亿元,增长5.5%。\n"
)


def test_the_farm_branches_add_up_to_the_output_value_not_the_value_added(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, FARM)
    assert _kinds(drafted["52.36亿"]) == ["sum"] and drafted["30.12亿"] == []
    assert failing == []
    _, failing, _ = _run(tmp_path, FARM.replace("牧业产值18.44亿元", "牧业产值18.94亿元"))
    assert failing == ["sum"]


BREAKDOWN = (
    "2019年1—9月份,全国固定资产投资(不含农户)461204亿元,同比增长5.4%。\n"
    "分产业看,第一产业投资12286亿元,同比下降2.0%;第二产业投资150680亿元,增长2.5%;第三产业投资298238亿元,增长7.2%。\n"
)


def test_three_industries_below_break_down_the_total_that_names_their_measure(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, BREAKDOWN)
    assert _kinds(drafted["461204亿"]) == ["sum"] and failing == []
    _, failing, _ = _run(tmp_path, BREAKDOWN.replace("150680亿元", "151680亿元"))
    assert failing == ["sum"]


POPULATION = (
    "全年全省地区生产总值41200.50亿元,比上年增长5.1%。其中,第一产业增加值3605.04亿元,增长3.9%;"
    "第二产业增加值16480.20亿元,增长5.6%;第三产业增加值21115.26亿元,增长4.9%。三次产业结构为8.8∶40.0∶51.3。"
    "全年人均地区生产总值65120元,比上年增长5.3%。\n"
    "年末全省常住人口6310万人,其中城镇常住人口3900万人,乡村常住人口2410万人。全年出生人口50.2万人,"
    "人口出生率为7.95‰;死亡人口46.1万人,人口死亡率为7.30‰;自然增加人口4.1万人,自然增长率为0.65‰。\n"
)


def test_rates_of_the_year_end_population_and_a_structure_written_with_ratio_colons(tmp_path: Path) -> None:
    # 41200.50亿 / 6310万 = 65293 (65120 is 0.27% less: of the average population, which waits for a
    # source); 50.2 / 6310 = 7.956‰ (the year-end level gives it within rounding)
    drafted, failing, todos = _run(tmp_path, POPULATION)
    assert _kinds(drafted["65120"]) == [] and _kinds(todos["65120"])[:1] == ["ratio"]
    assert _kinds(drafted["7.95"]) == ["formula"]
    assert _kinds(drafted["8.8"]) == ["formula"]  # 8.8∶40.0∶51.3
    assert _kinds(drafted["4.1万"]) == ["difference"]  # 自然增加人口 = births − deaths
    assert failing == []


def test_wrong_rates_of_the_year_end_population_are_caught(tmp_path: Path) -> None:
    planted = POPULATION.replace("人均地区生产总值65120元", "人均地区生产总值63120元").replace(
        "出生率为7.95‰", "出生率为8.25‰"
    )
    _, failing, _ = _run(tmp_path, planted.replace("自然增加人口4.1万人", "自然增加人口4.6万人"))
    # the per-capita value, the birth rate, the natural growth rate (8.25 − 7.30) and the natural increase
    assert sorted(failing) == ["difference", "difference", "formula", "formula"]


def test_transfers_inside_and_outside_the_province_add_up(tmp_path: Path) -> None:
    text = "农村劳动力转移就业总量2865.20万人,其中省内转移1610.45万人,省外输出1254.75万人。\n"
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["2865.20万"]) == ["sum"] and failing == []
    _, failing, _ = _run(tmp_path, text.replace("1254.75万", "1294.75万"))
    assert failing == ["sum"]


INDUSTRY = (
    "一季度,全市规模以上工业增加值延续平稳向好趋势,同比增长7.4%。其中采矿业增加值同比增长9.0%,对全市工业增长的"
    "贡献率81.1%,上拉全市工业增加值增速6.0个百分点;电力、热力、燃气及水生产和供应业增加值同比增长5.2%,"
    "上拉全市工业增加值增速0.5个百分点;制造业增加值同比增长3.5%,低于全市工业增加值增速3.9个百分点,"
    "上拉全市工业增加值增速0.9个百分点。\n"
)


def test_pulls_of_the_three_sections_add_up_and_a_gap_to_the_whole_is_checked(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, INDUSTRY)
    assert _kinds(drafted["7.4"]) == ["contributions"]  # 6.0 + 0.5 + 0.9
    assert _kinds(drafted["3.9"]) == ["difference"]  # 7.4 − 3.5, 规模以上 left out in the gap's words
    assert not _placeholders(todos["3.9"])  # the whole is in the text: nothing waits
    assert failing == []
    _, failing, _ = _run(tmp_path, INDUSTRY.replace("增速0.5个百分点", "增速1.5个百分点").replace("3.9个", "4.9个"))
    assert sorted(failing) == ["contributions", "difference"]


def test_a_dollar_figure_converted_at_the_stated_rate(tmp_path: Path) -> None:
    text = (
        "2019年,全市人均生产总值为98094元,比上年增长4.8%,按2019年美元对人民币的平均汇率6.8985折算,"
        "人均生产总值约合14220美元。\n"
    )  # 98094 / 6.8985 = 14219.6
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["14220"]) == ["formula"] and failing == []
    _, failing, _ = _run(tmp_path, text.replace("约合14220美元", "约合15220美元"))  # 约: 5% allowed
    assert failing == ["formula"]


BATCH6 = (
    "初步核算,全年全市生产总值(GDP)4200亿元,比上年增长6.1%。其中,第一产业增加值420亿元,增长2.0%;"
    "第二产业增加值1680亿元,增长7.0%;第三产业增加值2100亿元,增长6.0%。三次产业增加值占地区生产总值的比重分别为"
    "10.0:40.0:50.0。人均地区生产总值为84000元(按年平均汇率折算为12990美元),比上年增长5.8%。\n"
    "一般公共预算支出600亿元,比上年增长5.0%。其中,民生支出480亿元,增长6.0%,占比80.0%。\n"
    "全年全市固定资产投资1500亿元,比上年增长8.0%。其中,房地产开发投资500亿元,增长3.0%。"
    "分产业看,第一产业投资30亿元,增长2.0%;第二产业投资470亿元,增长9.0%;第三产业投资1000亿元,增长8.0%。\n"
)


def test_shares_by_industry_a_bare_share_after_its_part_and_a_breakdown_later_in_the_paragraph(
    tmp_path: Path,
) -> None:
    drafted, failing, todos = _run(tmp_path, BATCH6)
    assert _kinds(drafted["10.0"]) == ["formula"]  # 三次产业增加值占地区生产总值的比重分别为
    assert _kinds(drafted["80.0"]) == ["share"]  # 民生支出 of 一般公共预算支出
    assert _kinds(drafted["1500亿"]) == ["sum"]  # 分产业看 after 其中 in the same paragraph
    assert [next(iter(t)) for t in _placeholders(todos["84000"])] == ["ratio"]  # 全市生产总值 / population
    assert [next(iter(t)) for t in _placeholders(todos["12990"])] == ["ratio"]  # at a rate not stated
    assert failing == []
    planted = BATCH6.replace("占比80.0%", "占比82.0%").replace("第二产业投资470亿元", "第二产业投资490亿元")
    _, failing, _ = _run(tmp_path, planted.replace("分别为10.0:40.0:50.0", "分别为10.0:41.0:49.0"))
    assert sorted(failing) == ["formula", "formula", "share", "sum"]


ZH_TITLE = (
    "2019年3月份工业生产者出厂价格同比上涨0.4%\n"
    "2019年3月份,全国工业生产者出厂价格环比上涨0.1%,同比上涨0.4%。工业生产者购进价格环比上涨0.1%,同比上涨0.2%。\n"
)


def test_a_chinese_title_restated_in_the_body_with_the_same_comparison(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, ZH_TITLE)
    title = [c for c in drafted["0.4"] if "same" in c]
    assert len(title) == 1 and failing == []  # 同比 0.4, not 环比 0.1 nor the purchase prices
    _, failing, _ = _run(tmp_path, ZH_TITLE.replace("同比上涨0.4%\n", "同比上涨0.6%\n", 1))
    assert failing == ["same"]
