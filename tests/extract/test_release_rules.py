"""Decision rules for the numbers of official releases: each rule with the statistics it must
keep beside the furniture it must leave out, so that a rule never buys precision with recall."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.document import read_document
from factcheck.extract.mentions import find_mentions, paragraph_mentions


def _facts(text: str, lang: str = "en", period: str = "2023") -> list[tuple[str, str | None]]:
    return [(m.value, m.unit) for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label"]


FURNITURE = [
    # ordinals that are not ranks
    ("Vacancies fell for the 12th consecutive period, down by 66,000.", [("-66,000", None)]),
    ("It was the 21st month of growth; the 3rd estimate follows.", []),
    # bare years and years in names (English writes counts of thousands with a comma)
    ("Data reflect the 2020 Census population controls; employment rose 0.4 percent.", [("0.4", "percent")]),
    ("Accounts follow ESA 2010 and SNA 2008. There were 2,020 firms.", [("2,020", "firms")]),
    ("Dollar levels are in chained (2012) dollars.", []),
    # classification codes after an acronym; a unit or percent after it keeps the figure
    ("Employment in food services (NAICS 722) rose by 21,000.", [("21,000", None)]),
    ("SIC 47 covers retail; CPI 3.4% in May.", [("3.4", "%")]),
    ("The S&P 500 rose 1.2% and the FTSE 100 fell 0.4%; Fortune 500 firms grew.", [("1.2", "%"), ("-0.4", "%")]),
    ("Exports reached EUR 2.3 billion; a loan of USD 500 was granted.", [("2.3 billion", "EUR"), ("500", "USD")]),
    ("Prices rose in 12 euro area countries and cost 5 euro.", [("12", None), ("5", "euro")]),
    # identifiers in three or more digit groups, telephone numbers in groups, file and catalogue numbers
    ("The series is in Table 18-10-0006-01; call 1-800-263-1136 or 514-283-8300.", []),
    ("Media enquiries: 1300 175 070 (8.30am - 5pm AEST).", []),
    ("Catalogue number 6202.0; spreadsheet 6202001.xlsx; BEA 23-33; BEA 17—15.", []),
    # days without a year, decades, ages written with s
    ("The CPI for June will be released on July 18. Tables are updated on 4 August.", []),
    ("Youth unemployment (under 25s) was 13.8%, the highest since the 1990s.", [("13.8", "%")]),
    # durations that define a category
    ("People unemployed for over 12 months increased by 25,000.", [("25,000", None)]),
    # the size of the set a share is taken of, not the share
    ("Half of the 50 states reported gains; 14 states reported losses.", [("Half", None), ("14", "states")]),
    # list numbers and footnote markers
    ("Footnotes: 1. The estimates are seasonally adjusted. 2. Data for 2023 are provisional.", []),
    ("(1) Includes other industries, not shown separately.", []),
    ("Employment(2) rose by 12,000 (3 percent).", [("12,000", None), ("3", "percent")]),
    ("Contact Jim Dalton (+353) 21 453 5093 or Brian Ring on 021 453 5747.", []),
    ("Around 8 in 10 workers were in the private sector.", [("8", None)]),
    ("Quarterly National Household Survey, Quarter 4 2015", []),
    (
        "Infant mortality was 3.9 deaths per 1,000 live births; 10.5 per 100,000 population.",
        [("3.9", "deaths"), ("10.5", "per 100,000 population")],
    ),
    (
        "Borrowing was £128.1 billion in FY2022/23; debt was 97.3% at the end of 2022-23.",
        [("128.1 billion", "£"), ("97.3", "%")],
    ),
    ("The top 1% held 20% of wealth; the rate for the 10% most deprived areas was 5.2%.", [("20", "%"), ("5.2", "%")]),
    ("The price was £5,000 higher than 12 months ago, according to Wave 3 of the survey.", [("5,000", "£")]),
    ("Release Number: CB23-113. Sales rose 0.2 percent (±0.5 percent)*.", [("0.2", "percent")]),
    ("* The 90 percent confidence interval includes zero.", []),
    ("GDP grew by 0.2% in Quarter 2 (Apr to June) 2023.", [("0.2", "%")]),
    (
        "The under-5 mortality rate was 4.2 per 1,000; children under 16 made up 19%.",
        [("4.2", "per 1,000"), ("19", "%")],
    ),
    ("Households of 3 or more people made up 38%; 12 or more regions grew.", [("38", "%"), ("12", None)]),
    ("See page 4 of the PDF (243 KB); weeks 1 to 26 of 2023; Week 27 follows.", []),
    ("In October 2023, 2.853 million young persons (under 25) were unemployed.", [("2.853 million", "young persons")]),
    ("Unemployed persons are all persons 15 to 74 years of age.", []),
    ("The rate for 18- to 24-year-olds was 12.1%; the 65+ population grew 2.1%.", [("12.1", "%"), ("2.1", "%")]),
    ("Among the top 10 exporters and the 20 largest economies, output grew 3.1%.", [("3.1", "%")]),
    (
        "The index rose after 3 months of decline; in 2022-23, 1.2 million students enrolled.",
        [("1.2 million", "students")],
    ),
    # references to lines of a table
    ("See line 1 through line 28 of table 3.", []),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE, ids=[c[0][:30] for c in FURNITURE])
def test_release_furniture_is_not_drafted(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text) == expected


def test_a_date_line_with_a_release_number_is_furniture() -> None:
    assert _facts("89/2023 - 31 July 2023") == []
    assert [m.type for m in paragraph_mentions("The plant opened on 31 July 2023 in Lyon.", 1, "en", "2023")] == [
        "date"
    ]


def test_an_english_date_bounding_a_reference_period_is_no_event() -> None:
    text = "In the week ending 5 May 2023, there were 10,435 deaths; as of June 30, 2023, 2.1% were absent."
    assert [(m.type, m.value) for m in paragraph_mentions(text, 1, "en", "2023")] == [
        ("count", "10,435"),
        ("count", "2.1"),
    ]
    chinese = paragraph_mentions(
        "12月17日，全市召开改革工作推进大会，总结一年来的改革经验并部署下一步工作。", 1, "zh", "2023"
    )
    assert [(m.type, m.period) for m in chinese] == [("date", "2023-12-17")]


SIGNS = [
    # the level compared with counts what the level before it counts: 694 homicides
    ("There were 590 homicides, a 15% decrease from 694.", [("590", "homicides"), ("-15", "%"), ("694", "homicides")]),
    ("Sales fell: a 2.1 percent decline, a 3 percent year-on-year fall.", [("-2.1", "percent"), ("-3", "percent")]),
    ("Some 3 million people fall into poverty.", [("3 million", "people")]),
    (
        "Sales are estimated to have fallen by 1.2%; a 0.5-percentage-point decrease followed.",
        [("-1.2", "%"), ("-0.5", "percentage-point")],
    ),
    (
        "GDP grew 0.5% in June, after falling by 0.6% in May and declining 1.1% in April.",
        [("0.5", "%"), ("-0.6", "%"), ("-1.1", "%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS, ids=[c[0][:30] for c in SIGNS])
def test_a_decline_noun_after_the_number_makes_it_negative(text: str, expected: list) -> None:
    assert _facts(text) == expected


def test_thousands_grouped_by_spaces_are_one_number_written_without_the_spaces() -> None:
    text = "Employment increased by 167 000 persons in the euro area and 1 234 567 were unemployed."
    assert _facts(text) == [("167000", "persons"), ("1234567", None)]
    assert _facts("Employed 2,194 -1.0 -1.4") == [("2,194", None), ("-1.0", None), ("-1.4", None)]


LISTS = [
    ("zh", "城镇和农村居民消费价格分别下降0.5%、0.3%和0.2%。", [("-0.5", "%"), ("-0.3", "%"), ("-0.2", "%")]),
    ("zh", "比重分别回落2.16和1.66个百分点。", [("-2.16", "个百分点"), ("-1.66", "个百分点")]),
    ("zh", "出口和进口分别下降3.4%、增长2.1%。", [("-3.4", "%"), ("2.1", "%")]),
    ("zh", "居民消费价格下降0.5%，农村0.3%。", [("-0.5", "%"), ("0.3", "%")]),
    ("en", "Prices fell 2.1% and 1.6% respectively.", [("-2.1", "%"), ("-1.6", "%")]),
    ("en", "House prices fell 1.3% year-on-year (y/y) and 0.2% m/m.", [("-1.3", "%"), ("-0.2", "%")]),
    ("en", "Unemployment fell 0.2% and 1,200 jobs were added.", [("-0.2", "%"), ("1,200", "jobs")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS, ids=[c[1][:24] for c in LISTS])
def test_a_list_shares_its_decline_word_and_its_unit(lang: str, text: str, expected: list) -> None:
    assert _facts(text, lang) == expected


RANGES = [
    ("Unemployment was between 10 and 11 percent.", [("10-11", "percent")]),
    ("Prices rose between 2% and 3% in May.", [("2-3", "%")]),
    ("Between 10,000 and 20,000 jobs were lost.", [("10,000-20,000", "jobs")]),
    ("The rate ranged from 3.4 percent to 3.7 percent.", [("3.4", "percent"), ("3.7", "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[c[0][:30] for c in RANGES])
def test_between_two_numbers_is_one_range(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text) == expected


WORDS = [
    (
        "Annual inflation fell in twenty-one Member States, remained stable in one and rose in six.",
        [("twenty-one", "Member States"), ("one", "Member States"), ("six", "Member States")],
    ),
    ("About three-quarters of people aged 16 to 64 were in work.", [("three-quarters", None)]),
    ("Twenty-one of the 28 industry sectors grew.", [("Twenty-one", None)]),
    (
        '"Thirteen of the 16 industries were up." Six of the nine regions grew; 9 of the 13 subsectors fell.',
        [("Thirteen", "industries"), ("Six", "regions"), ("9", "subsectors")],
    ),
    ("Two million people were inactive; prices rose two percent.", [("Two million", "people"), ("two", "percent")]),
    ("Nearly half of the growth came from three Member States.", [("half", None), ("three", "Member States")]),
    ("Two-thirds of the Member States recorded growth in six provinces.", [("Two-thirds", None), ("six", "provinces")]),
    (
        "Rent for a family of six rose; an average household of four paid it, as did a family of three children.",
        [("six", "persons"), ("four", "persons"), ("three", "children")],
    ),
    # words, not figures
    ("One of the largest increases was in Texas; a second estimate follows.", []),
    ("Labour market statistics combine data from three surveys and two sources.", []),
    ("The two surveys differ. Both series rose after two consecutive months of growth.", []),
    ("In the first half of 2023, it rose three times; a one-off payment was made.", []),
    ('The Group of Seven met. Its "Five Priorities" programme started.', []),
    ("Around one in five workers reported working from home; three in ten adults did not.", []),
    ("Compared with the same quarter of the previous year, there were one or two exceptions.", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[c[0][:30] for c in WORDS])
def test_english_numbers_in_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text) == expected


def test_numbers_in_words_keep_their_qualifier_and_chinese_is_untouched() -> None:
    mentions = [m for m in paragraph_mentions("Nearly half of firms grew.", 1, "en", "2023") if m.kind != "label"]
    assert [(m.value, m.qualifier) for m in mentions] == [("half", "nearly")]
    assert _facts("全年粮食产量增长two percent。", "zh") == []


CHINESE = [
    ("注：1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。2.增速按可比口径计算。", []),
    (
        "年主营业务收入2000万元以上的企业有1234家，粮食产量连续11年稳定在430亿斤以上。",
        [("1234", "家"), ("11", "年"), ("430亿", "斤")],
    ),
    ("全省共有A级旅游景区525个，其中5A级景区14个。", [("525", "个"), ("14", "个")]),
    (
        "认真落实省委十一届三次、四次、五次、六次全会决策部署，全年召开常务会议三次、专题会议四次。",
        [("三", "次"), ("四", "次")],
    ),
    ("来源:20200325四川日报 发布时间:2020-03-25 16:38:18", []),
    ("城乡居民收入比为2.13（以农村居民收入为1）。", [("2.13", None)]),
    (
        "城乡居民人均可支配收入之比为2.39∶1，三次产业结构为9.9∶42.2∶47.9。",
        [("2.39", None), ("9.9", None), ("42.2", None), ("47.9", None)],
    ),
    ("38个行业大类中有25个行业增加值保持增长。", [("25", "个")]),
    ("发布时间：2023-12-15 10:00  来源：省统计局  浏览次数：1523", []),
    ("城镇调查失业率为5.3%，控制在5.5%以内。", [("5.3", "%"), ("5.5", "%")]),
    ("新开工5000万元以上项目43个，产值超10亿元企业6家。", [("43", "个"), ("6", "家")]),
    ("粮食产量保持在1000万吨以上水平，增长10%以上。", [("1000万", "吨"), ("10", "%")]),
    ("地址：某某县人民路88号  邮编：262500  电话：0536-8881234", []),
    ("版权所有：国家统计局 京ICP备05034670号 京公网安备 11040102700142号 第1页 共3页", []),
    ("附件：1. 2023年全国规模以上工业企业主要财务指标.xls", []),
    ("江西省统计局 二〇二四年三月十五日", []),
    ("3和4月份，全省工业增加值分别增长5.2%和6.1%。", [("5.2", "%"), ("6.1", "%")]),
    ("2022和2023年，5和6号线开通运营，新增里程32公里。", [("32", "公里")]),
    ("分别居全国第1和第2位。", [("1", None), ("2", None)]),
    ("全年建成一批重大项目，新建一些园区，共建成3个。", [("3", "个")]),
    ("三月十五日，全省召开大会，部署全年工作，新建项目12个。", [("12", "个")]),
    ("【中考成绩查询时间2022】专题 发布日期：2023 统计年度2021", []),
    ("全年新登记企业2022家，比上年增长5.1%。", [("2022", "家"), ("5.1", "%")]),
]


@pytest.mark.parametrize(("text", "expected"), CHINESE, ids=[c[0][:16] for c in CHINESE])
def test_communique_furniture_and_definitions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text, "zh") == expected


def _document_facts(tmp_path: Path, text: str, lang: str) -> list[str]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [m.value for m in find_mentions(read_document(str(path)), lang) if m.kind != "label"]


def test_a_notes_section_holds_definitions_not_facts(tmp_path: Path) -> None:
    communique = (
        "2023年11月份居民消费价格同比下降0.5%\n"
        "11月份，全国居民消费价格同比下降0.5%，食品价格下降4.2%。\n"
        "附注\n"
        "1.指标解释\n"
        "居民消费价格指数是度量居民生活消费品和服务价格水平随着时间变动的相对数。\n"
        "2.统计范围\n"
        "调查范围涵盖全国约500个市县、10万家左右价格调查点。\n"
        "注：本公报中人均指标按年平均人口计算，全市共有12个县。\n"
    )
    assert _document_facts(tmp_path, communique, "zh") == ["-0.5", "-0.5", "-4.2"]


def test_notes_end_at_the_next_heading(tmp_path: Path) -> None:
    bulletin = (
        "Labour market overview, UK: August 2023\n"
        "The employment rate was 75.7%.\n"
        "Notes:\n"
        "Data for the latest period cover 40,000 households and may be revised.\n"
        "3. Unemployment\n"
        "The unemployment rate was 4.2%.\n"
        "Methods and definitions: the rate covers 27 Member States.\n"
    )
    assert _document_facts(tmp_path, bulletin, "en") == ["75.7", "4.2"]


PERIODS = [
    ("en", "2016-Q3", "GDP rose 1.1 percent in the September 2016 quarter.", ["2016-Q3"]),
    ("en", "2016-Q3", "Spending grew 2.0 percent in the June quarter.", ["2016-Q2"]),
    (
        "en",
        "2016-Q3",
        "It followed an increase of 0.7 percent (revised) in the June 2016 quarter.",
        ["2016-Q2"],
    ),
    ("en", "2016-Q3", "Annual GDP growth for the year ended September 2016 was 3.0 percent.", ["2015-10/2016-09"]),
    ("en", "2016-Q3", "Annual GDP growth for the year ended December 2016 was 3.0 percent.", ["2016"]),
    ("zh", "2019", "三次产业结构由上年的10.3:37.4:52.3调整为10.3:37.3:52.4。", ["2018"] * 3 + ["2019"] * 3),
    ("zh", "2019", "地区生产总值比上年增长7.5%。", ["2019"]),
]


@pytest.mark.parametrize(("lang", "period", "text", "expected"), PERIODS, ids=[c[2][:30] for c in PERIODS])
def test_periods_of_release_phrases(lang: str, period: str, text: str, expected: list[str]) -> None:
    assert [m.period for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label"] == expected
