"""What is drafted and how: noise left out, signs and changes kept, units whole, ids readable."""

from __future__ import annotations

import re

import pytest

from factcheck.extract.mentions import paragraph_mentions
from factcheck.extract.names import slug_for
from factcheck.extract.words import subject_of

from .annotated import DATA, draft_document


def _facts(text: str, lang: str, period: str = "2023") -> list[tuple[str, str | None]]:
    return [(m.value, m.unit) for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label"]


NOISE = [
    ("zh", "全年国内生产总值[2]1349084亿元。", [("1349084亿", "元")]),
    ("zh", "如图3所示，全市粮食产量58万吨。", [("58万", "吨")]),
    ("zh", "2018-2022年全市GDP年均增长6.5%。", [("6.5", "%")]),
    ("zh", "16-59岁劳动年龄人口4000万人，65岁及以上人口1200万人。", [("4000万", "人"), ("1200万", "人")]),
    ("zh", "全国31个省（区、市）中，有20个省份增速高于5%。", [("20", "个"), ("5", "%")]),
    ("zh", "总人口性别比为104.3（以女性为100）。", [("104.3", None)]),
    ("zh", "在监测的339个地级及以上城市中，达标城市占65.5%。", [("65.5", "%")]),
    ("zh", "共发生5.0级以上地震25次。", [("25", "次")]),
    (
        "zh",
        "道路交通事故万车死亡人数1.31人，就业人员10万人生产安全事故死亡人数1.089人。",
        [("1.31", "人"), ("1.089", "人")],
    ),
    ("zh", "2024年是中华人民共和国成立75周年。", []),
    ("zh", "增速创近9年新高，达到8.2%。", [("8.2", "%")]),
    ("en", "Household data: (202) 691-6378 * cpsinfo@bls.gov * www.bls.gov/cps", []),
    ("en", "The release is scheduled for Friday, May 5, 2023, at 8:30 a.m. (ET).", []),
    ("en", "The rate was 3.5 percent in March. (See table A-1.)", [("3.5", "percent")]),
    ("en", "Those jobless for 27 weeks or more numbered 1.1 million.", [("1.1 million", None)]),
    ("en", "The average monthly gain over the prior 6 months was 334,000.", [("334,000", None)]),
    ("en", "The index rose 6.2% in the 12 months to March 2022, the highest 12-month rate.", [("6.2", "%")]),
    ("en", "The index level was 319.799 (1982-84=100).", [("319.799", None)]),
    ("en", "As of the April reference week (April 10 to 16), 5.2% were absent.", [("5.2", "%")]),
    ("en", "1. Main points", []),
    ("en", "Euro indicators 17/2018 of 31.01.2018: inflation was 1.3%.", [("1.3", "%")]),
    ("en", "Among 16 to 24 year olds, 11.2% were unemployed.", [("11.2", "%")]),
    ("en", "People aged from 16 to 64 years: 75.5% were in work.", [("75.5", "%")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOISE, ids=[c[1][:24] for c in NOISE])
def test_noise_is_not_drafted(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text, lang) == expected


SIGNS = [
    ("zh", "人口自然增长率为-0.60‰。", [("-0.60", "‰")]),
    (
        "zh",
        "工业生产者出厂价格下降2.2%，人民币贬值1.1%，回落0.5个百分点。",
        [("-2.2", "%"), ("-1.1", "%"), ("-0.5", "个百分点")],
    ),
    ("zh", "年末人口140828万人，比上年末减少139万人。", [("140828万", "人"), ("-139万", "人")]),
    ("zh", "居民人均收入从45000元增加到48000元。", [("45000", "元"), ("48000", "元")]),
    (
        "en",
        "Warehousing and storage lost jobs (-12,000); retail changed little (−15,000).",
        [("-12,000", None), ("−15,000", None)],
    ),
    # the subject names what the bare figures count ("losers", as "approvals … fell by 500 to 64,500")
    ("en", "Job losers increased by 172,000 to 1.6 million.", [("172,000", "losers"), ("1.6 million", "losers")]),
    (
        "en",
        "The highest increases were registered in Greece (14.3% to 21.0%) and Spain (20.6% to 23.6%).",
        [("14.3", "%"), ("21.0", "%"), ("20.6", "%"), ("23.6", "%")],
    ),
    ("en", "The rate rose over the year, 9.7% to 10.7%.", [("9.7", "%"), ("10.7", "%")]),
    ("en", "Prices are expected to rise 2% to 3% in 2024.", [("2% to 3%", "%")]),
    ("en", "Growth was in the range (2 to 3 percent).", [("2 to 3", "percent")]),
    (
        "en",
        "Reentrants declined by 182,000 to 1.7 million.",
        [("-182,000", "reentrants"), ("1.7 million", "reentrants")],
    ),
    (
        "en",
        "Employment is below its February 2020 level by 368,000, or 2.2 percent.",
        [("-368,000", None), ("-2.2", "percent")],
    ),
    (
        "en",
        "Employment in January and February combined is 17,000 lower than previously reported.",
        [("-17,000", None)],
    ),
    ("en", "The unemployment rate decreased to 4.6 percent.", [("4.6", "percent")]),
    (
        "en",
        "The rate was 75.6%, 0.3 percentage points lower than a year earlier.",
        [("75.6", "%"), ("-0.3", "percentage points")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIGNS, ids=[c[1][:24] for c in SIGNS])
def test_signs_and_changes(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _facts(text, lang) == expected


UNITS = [
    ("全员劳动生产率为173898元/人。", ("173898", "元/人")),
    ("粮食单产461.74公斤/亩。", ("461.74", "公斤/亩")),
    ("平均价格3200元/吨。", ("3200", "元/吨")),
    ("全年人民币平均汇率为1美元兑7.1217元人民币。", ("7.1217", "元人民币/美元")),
    ("PM2.5年平均浓度29.3微克/立方米。", ("29.3", "微克/立方米")),
    ("第一产业增加值343.26 亿元。", ("343.26 亿", "元")),
    ("发电量37126亿千瓦时。", ("37126亿", "千瓦时")),
    ("播种面积3.5万亩。", ("3.5万", "亩")),
]


@pytest.mark.parametrize(("text", "expected"), UNITS, ids=[c[0][:16] for c in UNITS])
def test_units_kept_whole(text: str, expected: tuple[str, str]) -> None:
    assert _facts(text, "zh") == [expected]


PERIODS = [
    ("en", "2023-03", "Payrolls rose by 236,000 in March.", ["2023-03"]),
    ("en", "2023-01", "Prices rose 0.3% in December.", ["2022-12"]),
    ("en", "2023-03", "Employment is below its February 2020 level by 368,000.", ["2023-03"]),
    ("en", "2023-03", "The average monthly gain over the prior 6 months was 334,000.", ["2022-09/2023-02"]),
    ("zh", "2024", "12月份，上涨的城市个数为23个，持平的为4个；下降的为43个。", ["2024-12"] * 3),
    ("zh", "2024", "一季度国内生产总值同比增长5.3%，二季度增长4.7%。", ["2024-Q1", "2024-Q2"]),
    ("zh", "2024", "2018-2022年全市GDP年均增长6.5%。", ["2018/2022"]),
]


@pytest.mark.parametrize(("lang", "period", "text", "expected"), PERIODS, ids=[c[2][:24] for c in PERIODS])
def test_periods(lang: str, period: str, text: str, expected: list[str]) -> None:
    assert [m.period for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label"] == expected


_STOP = {"or", "and", "the", "of", "to", "by", "in", "percent", "level", "levels", "m", "months"}


def test_ids_are_words_never_a_bare_number_or_a_stop_word() -> None:
    for name in sorted(p.name for p in DATA.glob("*.yaml") if p.name[:3] in ("zh-", "en-")):
        for draft in draft_document(name)[2]:
            assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", draft.name), draft.name
            assert re.search(r"[a-z]{2}", draft.name), draft.name
            assert draft.name.split("-")[0] not in _STOP, draft.name


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("国内生产总值", "gdp"),
        ("全国常住人口城镇化率", "resident-population-urbanisation-rate"),
        ("第一产业增加值", "primary-value-added"),
        ("液晶显示屏", "yejingxianshi"),
        # a term that names only the kind of figure keeps the romanised thing it measures
        ("稻谷产量", "rice-output"),
        ("木材产量", "mucai-output"),
        ("交通和通信价格", "jiaotonghetong-prices"),
        ("林业增加值", "forestry-value-added"),
        ("生猪出栏", "pigs-slaughtered"),
    ],
)
def test_chinese_ids_from_the_glossary_then_pinyin(subject: str, expected: str) -> None:
    assert slug_for(subject, "", "count", "fact", "5", None, 1, english=False) == expected


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        ("地区生产总值 | ", "地区生产总值"),
        ("(按年平均汇率折合", "按年平均汇率折合"),
        ("增速低于全市平均水平(", "增速低于全市平均水平"),
        ("生产总值（GDP）", "生产总值（GDP）"),
        ("】工业", "工业"),
        (" | ", ""),
    ],
)
def test_chinese_subjects_lose_separators_and_unpaired_brackets(head: str, subject: str) -> None:
    assert subject_of(head, english=False) == subject


def test_english_ids_from_the_subject() -> None:
    assert slug_for("Total nonfarm payroll employment", "", "change", "fact", "1", None, 1, True) == (
        "nonfarm-payroll-employment-change"
    )
    assert slug_for("or", "", "count", "fact", "2.2", "percent", 7, True).startswith("para7-")
    # the letters of an abbreviation ("[Y-o-Y basis]") name nothing: the words after them do
    assert slug_for("[Y-o-Y basis] prices", "", "count", "fact", "3.1", "%", 2, True) == "basis-prices"


def _draft_ids(tmp_path, text: str) -> dict[str, str]:
    """The id of each draft of `text`, by its value."""
    from factcheck.extract import checkdoc

    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = checkdoc.prepare([str(source)])
    return {d.data["value"]: d.name for d in checked.drafts}


def test_census_subjects_get_readable_ids(tmp_path):
    text = (
        "全市常住人口为12938224人。\n"
        "常住人口中，男性人口为6906858人，占53.38%；女性人口为6031366人，占46.62%。\n"
        "常住人口中，具有大学程度的人口为2261628人；平均每个家庭户的人口为2.80人。\n"
    )
    ids = _draft_ids(tmp_path, text)
    assert ids["6906858"] == "male-population" and ids["53.38"] == "male-population-share"
    assert ids["6031366"] == "female-population" and ids["46.62"] == "female-population-share"
    assert ids["2261628"] == "university-population"
    assert ids["2.80"] == "average-household-population"


def test_trade_and_money_subjects_get_readable_ids(tmp_path):
    text = (
        "据海关统计，2019年我国货物贸易进出口总值12.1万亿元，其中，出口额6.5万亿元；进口额5.6万亿元；贸易顺差8933.6亿元。\n"
        "年末，人民币贷款余额243.96万亿元。住户贷款增加3894亿元，其中，短期贷款减少1340亿元，中长期贷款增加5234亿元。\n"
    )
    ids = _draft_ids(tmp_path, text)
    assert ids["8933.6亿"] == "trade-surplus"
    assert ids["243.96万亿"] == "rmb-loans-balance"
    assert ids["-1340亿"].startswith("short-term-loans") and ids["5234亿"].startswith("long-term-loans")
