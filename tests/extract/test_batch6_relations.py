"""Relations learnt from held-out batch 6: sibling section headings that name two series or two
subjects, and the classes of the batch (each with a consistent text and a planted error)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

SERIES = (
    "MAY KEY POINTS\n\n"
    "TREND ESTIMATES (MONTHLY CHANGE)\n"
    "• Unemployment rate remained steady at 5.1%.\n"
    "• Monthly hours worked in all jobs increased 2.1 million hours (0.1%) to 1,630.4 million hours.\n\n"
    "SEASONALLY ADJUSTED ESTIMATES (MONTHLY CHANGE)\n"
    "• Unemployment rate remained steady at 5.1%.\n"
    "• Monthly hours worked in all jobs increased 8.2 million hours (0.5%) to 1,633.9 million hours.\n\n"
    "Public Sector Workers\n\n"
    "Benefit costs increased 2.9 percent for the 12-month period.\n\n"
    "Private Sector Workers\n\n"
    "The increase in the cost of benefits was 2.4 percent for the 12-month period.\n"
)


def test_sibling_headings_name_two_series_or_subjects_never_one_fact(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, SERIES)
    assert "same" not in [k for checks in drafted.values() for k in _kinds(checks)]
    assert failing == []


RESTATED = (
    "THE EMPLOYMENT SITUATION -- APRIL 2024\n\n"
    "The unemployment rate edged down to 3.7 percent, and total nonfarm payroll employment rose by 175,000.\n\n"
    "Household Survey Data\n\n"
    "In April, the unemployment rate edged down to 3.7 percent, and the number of unemployed people was 6.1 million.\n"
)


def test_a_headline_restated_under_a_body_heading_stays_one_fact(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, RESTATED)
    assert "same" in _kinds(drafted["3.7"])  # the release title and a section heading are no siblings
    assert failing == []
    _, failing, _ = _run(
        tmp_path,
        RESTATED.replace(
            "In April, the unemployment rate edged down to 3.7", "In April, the unemployment rate edged down to 3.9"
        ),
    )
    assert failing == ["same"]


CPI_GROUPS = (
    "全年全市居民消费价格比上年上涨1.8%。八大类消费品价格与上年相比呈现六升二降的趋势。"
    "其中教育文化和娱乐类上涨4.2%,涨幅居首;医疗保健类居次,上涨3.1%;食品烟酒类上涨1.9%;居住类上涨1.2%;"
    "交通和通信类上涨0.6%;其他用品和服务类上涨0.3%。生活用品及服务类下降0.4%;衣着类下降1.1%。\n"
)


def test_the_first_and_the_second_rank_among_every_group_of_a_list_of_stated_size(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, CPI_GROUPS)
    first = [c["order"]["among"] for c in drafted["4.2"] if "order" in c]
    second = [c["order"]["among"] for c in drafted["3.1"] if "order" in c]
    assert [len(a) for a in first] == [7]  # 八大类: the two falls of the next sentence are of the list
    assert [len(a) for a in second] == [6]  # every group but the first
    assert failing == []


def test_a_group_above_the_first_or_the_second_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, CPI_GROUPS.replace("衣着类下降1.1%", "衣着类上涨4.9%"))
    assert failing.count("order") == 2  # above both, in the sentence after the list's first
    _, failing, _ = _run(tmp_path, CPI_GROUPS.replace("食品烟酒类上涨1.9%", "食品烟酒类上涨3.6%"))
    assert failing == ["order"]  # above the second only


def test_a_list_short_of_its_stated_size_stays_its_sentence(tmp_path: Path) -> None:
    text = CPI_GROUPS.replace("生活用品及服务类下降0.4%;衣着类下降1.1%。", "衣着类下降1.1%。")
    drafted, failing, _ = _run(tmp_path, text)
    assert [len(c["order"]["among"]) for c in drafted["4.2"] if "order" in c] == [5]
    assert failing == []


RATES = (
    "年末全省常住人口4000万人,比上年末增加40万人。"
    "全年出生人口50.00万人,出生率为12.5‰;死亡人口24.00万人,死亡率为6.0‰。\n"
)


def test_a_rate_passes_whichever_population_the_publisher_divided_by(tmp_path: Path) -> None:
    # 12.5‰ and 6.0‰ are of the year-end population; the mean of year-start and year-end gives 12.56‰
    # and 6.03‰: the check allows half the year's change (0.5%), so neither reading is a false alarm
    drafted, failing, _ = _run(tmp_path, RATES)
    assert _kinds(drafted["12.5"]) == ["formula"] and "/ 2" in drafted["12.5"][0]["formula"]
    assert failing == []
    drafted, failing, _ = _run(tmp_path, RATES.replace("12.5‰", "12.6‰"))
    assert failing == []  # the mean of year-start and year-end, rounded


def test_a_rate_wrong_beyond_the_choice_of_population_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, RATES.replace("出生率为12.5‰", "出生率为12.8‰"))
    assert failing == ["formula"]


POPULATION_TABLE = (
    "表1  2020年年末人口数及其构成\n"
    "| 年末数(万人) | 比重(%) |\n"
    "常住人口 | 2000 | 100.00 |\n"
    "其中:城镇 | 1300 | 65.00 |\n"
    "农村 | 700 | 35.00 |\n"
    "其中:男性 | 1010 | 50.50 |\n"
    "女性 | 990 | 49.50 |\n"
    "其中:0-14岁 | 300 | 15.00 |\n"
    "15-64岁 | 1400 | 70.00 |\n"
    "65岁及以上 | 300 | 15.00 |\n"
)


def test_rows_opened_by_qizhong_partition_the_total_and_the_share_column_divides_by_it(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, POPULATION_TABLE)
    sums = [c["sum"] for c in drafted["2000万"] if "sum" in c]
    assert sorted(len(s) for s in sums) == [2, 2, 3]  # 城镇+农村, 男性+女性, three age brackets
    shares = [v for v, checks in drafted.items() if "share" in _kinds(checks)]
    assert sorted(shares) == ["15.00", "35.00", "49.50", "50.50", "65.00", "70.00"]  # 15.00 twice: one value
    assert failing == []


def test_a_wrong_row_or_share_of_a_population_table_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, POPULATION_TABLE.replace("农村 | 700 | 35.00 |", "农村 | 710 | 35.00 |"))
    assert "sum" in failing and "share" in failing
    _, failing, _ = _run(tmp_path, POPULATION_TABLE.replace("女性 | 990 | 49.50 |", "女性 | 990 | 48.50 |"))
    assert "share" in failing and "sum" in failing  # the share, and the shares' sum to 100


def test_age_brackets_with_a_gap_are_no_partition(tmp_path: Path) -> None:
    text = POPULATION_TABLE.replace("15-64岁 | 1400", "16-64岁 | 1400")
    drafted, _, _ = _run(tmp_path, text)
    assert [len(c["sum"]) for c in drafted["2000万"] if "sum" in c] == [2, 2]


SECTORS = (
    "初步核算,全年实现地区生产总值20000.00亿元,比上年增长7.0%。其中,第一产业增加值1600.00亿元,增长3.0%;"
    "第二产业增加值9000.00亿元,增长8.0%;第三产业增加值9400.00亿元,增长7.5%。人均地区生产总值52000元,比上年增长6.5%。"
    "第一产业增加值占地区生产总值的比重为8.0%,第二产业增加值比重为45.0%,第三产业增加值比重为47.0%。\n"
)


def test_a_sector_share_is_of_the_total_never_of_the_per_capita_value(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, SECTORS)
    for value in ("8.0", "45.0", "47.0"):
        assert [c["share"]["whole"] for c in drafted[value] if "share" in c] == ["./gdp"]
    assert failing == []
    _, failing, _ = _run(tmp_path, SECTORS.replace("第二产业增加值比重为45.0%", "第二产业增加值比重为46.0%"))
    assert failing == ["share"]


RESIDENTS = (
    "年末全省常住人口4000万人,比上年末增加20万人,其中城镇常住人口2500万人,占总人口比重为62.5%。"
    "户籍人口城镇化率为48.0%。\n"
)


def test_the_total_population_is_the_resident_population_stated(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, RESIDENTS)
    assert [c["share"] for c in drafted["62.5"] if "share" in c] == [
        {"part": "./urban-resident-population", "whole": "./resident-population"}
    ]
    assert drafted["48.0"] == []  # registered residents: another whole
    assert failing == []
    _, failing, _ = _run(tmp_path, RESIDENTS.replace("比重为62.5%", "比重为63.5%"))
    assert failing == ["share"]


STRUCTURE = (
    "全市实现生产总值1000.00亿元,比上年增长8.0%。其中,第一产业增加值150.00亿元,增长3.1%;"
    "第二产业增加值420.00亿元,增长8.0%;第三产业增加值430.00亿元,增长10.1%。"
    "三次产业比由上年的15.7:41.7:42.6调整为15.0:42.0:43.0。\n"
)


def test_a_three_sector_ratio_written_san_ci_chan_ye_bi_is_the_structure(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, STRUCTURE)
    assert [_kinds(drafted[v]) for v in ("15.0", "42.0", "43.0")] == [["formula"]] * 3
    assert drafted["15.7"] == [] and drafted["41.7"] == []  # last year's: not of this year's figures
    assert failing == []
    _, failing, _ = _run(tmp_path, STRUCTURE.replace("调整为15.0:42.0:43.0", "调整为15.0:43.0:42.0"))
    assert failing.count("formula") == 2


CPI_TABLE = (
    "3月份,全国居民消费价格环比上涨0.3%。其中,城市上涨0.3%,农村上涨0.4%;服务价格下降0.2%。\n"
    "表1 2021年3月份居民消费价格主要数据\n"
    "| 3月 | 1-3月 |\n"
    "| 环比涨跌幅(%) | 同比涨跌幅(%) | 同比涨跌幅(%) |\n"
    "居民消费价格 | 0.3 | 1.4 | 1.1 |\n"
    "其中:城市 | 0.3 | 1.5 | 1.2 |\n"
    "农村 | 0.4 | 1.3 | 1.0 |\n"
    "服务 | -0.2 | 1.1 | 0.9 |\n"
)


def test_a_table_under_a_two_row_header_restates_the_month_on_month_text(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, CPI_TABLE)
    same = [c["same"] for checks in drafted.values() for c in checks if "same" in c]
    assert len(same) == 4  # 全国 / 城市 / 农村 / 服务: 环比 in the text, the 环比 column only
    assert failing == []
    _, failing, _ = _run(tmp_path, CPI_TABLE.replace("农村 | 0.4 |", "农村 | 0.6 |"))
    assert failing == ["same"]


def test_two_columns_of_one_basis_restate_nothing(tmp_path: Path) -> None:
    text = CPI_TABLE.replace("环比上涨0.3%", "同比上涨1.4%").replace("城市上涨0.3%", "城市上涨1.5%")
    drafted, _, _ = _run(tmp_path, text)  # 3月 or 1-3月: the header row that says which is not read
    assert [c for checks in drafted.values() for c in checks if "same" in c] == []


FARM = (
    "全年实现农林牧渔业总产值100.0亿元,可比增长5.0%。其中,农业产值50.0亿元,可比增长4.2%;林业产值1.0亿元,"
    "可比增长6.9%;牧业产值30.0亿元,可比增长8.8%;渔业产值15.0亿元,可比增长6.5%;"
    "农林牧渔专业及辅助性活动产值4.0亿元,可比增长7.0%。\n"
)


def test_farm_output_is_its_five_branches_with_the_support_activities(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, FARM)
    assert [len(c["sum"]) for c in drafted["100.0亿"] if "sum" in c] == [5]
    assert failing == []
    _, failing, _ = _run(tmp_path, FARM.replace("牧业产值30.0亿元", "牧业产值31.0亿元"))
    assert failing == ["sum"]
