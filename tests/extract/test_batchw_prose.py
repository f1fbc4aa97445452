"""Rules learnt from batch w of labelled releases, outside tables: "%p" for percentage points, phone
numbers written with dots, the length of a clip, Chinese thresholds that define a class or that every
member of a set passes. Each rule is read the same way by `extract` and by the citation check."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _values(text: str, lang: str = "en", period: str | None = "2019-09") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_percent_p_is_percentage_points() -> None:
    text = "The employment-population ratio recorded 61.5 percent, up 0.3%p year-on-year."
    assert _values(text) == [("61.5", "percent"), ("0.3", "%p")]
    down = "The unemployment rate marked 3.1 percent, down 0.5%p from a year earlier."
    assert _values(down) == [("3.1", "percent"), ("-0.5", "%p")]
    assert sign_problem(down, "-0.5pp", -1) is None
    assert sign_problem(down, "0.5pp", 1) is not None
    # a plain percent stays a percent
    assert _values("Sales rose 5% in March.") == [("5", "%")]


def test_a_phone_number_written_with_dots_is_noise() -> None:
    assert _values("Jeong, Dong Wook(042.481.2264)") == []
    assert _values("Call 613.555.0199 for details.") == []
    # one decimal point is a number; a version-like pair is not three groups
    assert _values("The index rose to 104.5 in May.") == [("104.5", None)]


def test_the_length_of_a_clip_is_no_statistic() -> None:
    assert _values("This is an audio file with a 38-second quote from the statistician.") == []
    assert _values("Watch the 5-minute video of the launch.") == []
    # a duration that is itself what the sentence reports stays
    assert _values("The average wait was 38 seconds in June.") == [("38", "seconds")]


def test_chinese_thresholds_that_define_a_class_are_noise_and_the_counts_stay() -> None:
    text = "15—59岁人口比重在65%以上的省份有13个,在60%—65%之间的省份有15个,在60%以下的省份有3个。"
    assert _values(text, "zh") == [("13", "个"), ("15", "个"), ("3", "个")]
    every = "其他省份65岁及以上老年人口比重均超过7%,增速均高于5%。"
    assert all(unit != "%" for _, unit in _values(every, "zh"))
    # a growth above a level, without a class or a set, stays a statistic
    assert _values("工业增加值增长65%以上。", "zh") == [("65", "%")]
    assert _values("增长在5%至6%之间。", "zh")[0][0] == "5%至6%"


def _dates(text: str) -> list[str]:
    return [m.value for m in paragraph_mentions(text, 1, "zh", "2020-11") if m.type == "date"]


def test_a_census_moment_is_no_event_date() -> None:
    # the moment a count is taken bounds its period, like "as of": no date fact
    assert _dates("根据普查结果,现将2020年11月1日零时我国大陆31个省的人口年龄构成情况公布如下:") == []
    assert _dates("以2020年11月1日0时为标准时点。") == []
    assert _dates("截至2023年12月31日24时,全省共有企业12万户。") == []
    # a day on which something happened stays a date
    assert _dates("2023年5月1日起施行新标准,当天客流12万人次。") == ["1"]


def test_an_age_bracket_with_an_ampersand_and_a_fuel_grade_are_noise() -> None:
    assert _values("Population 15 years & over rose by 309 thousand.") == [("309 thousand", None)]
    assert _values("The average price of a litre of 91 octane petrol was $1.95.") == [("1.95", "$ per litre")]
    # a figure beside the same words stays
    assert _values("Octane sales rose 91 percent.") == [("91", "percent")]


def test_the_threshold_that_defines_a_counted_set_is_noise_and_the_count_stays() -> None:
    text = "其中,12个省份65岁及以上老年人口比重超过14%。"
    assert _values(text, "zh") == [("12", "个")]
    assert _values("有5个城市比重超过10%。", "zh") == [("5", "个")]
    # a growth rate above a level is a statistic of each counted member (as labelled in earlier batches)
    assert _values("有20个省份增速高于5%。", "zh") == [("20", "个"), ("5", "%")]
    # a share said to pass a level, with no counted set, stays
    assert _values("第三产业比重超过50%。", "zh") == [("50", "%")]


def test_the_rest_of_a_set_after_an_exclusion_is_scope() -> None:
    assert _values("除北京、上海外,其余29个省份均实现增长。", "zh") == []
    # without the exclusion the count stays; 此外 ("besides") excludes nothing
    assert _values("其他30个省份均实现增长。", "zh") == [("30", "个")]
    assert _values("此外,其余5个项目完工。", "zh") == [("5", "个项目")]


def test_plural_decline_nouns_give_the_sign() -> None:
    text = "The CPI rose 0.4 percent, following falls of 0.2 percent in both earlier quarters."
    assert _values(text) == [("0.4", "percent"), ("-0.2", "percent")]
    assert sign_problem(text, "-0.2%", -1) is None
    assert sign_problem(text, "0.2%", 1) is not None
    assert _values("There were drops of 1.1 percent in May.") == [("-1.1", "percent")]
    # a plural noun that is no decline keeps the sign
    assert _values("There were rises of 1.1 percent in May.") == [("1.1", "percent")]


def test_from_one_figure_to_another_shares_the_unit_written_once() -> None:
    text = "From 2012 to 2014, the rises ranged from 1.3 to 3.4 percent."
    assert _values(text) == [("1.3", "percent"), ("3.4", "percent")]
    assert _values("The rate rose from 3.1 to 3.4 percent.") == [("3.1", "percent"), ("3.4", "percent")]
    # a written minus on the first end stays its own and passes to no other figure
    assert _values("The balance moved from -0.5 to 0.3 percent.") == [("-0.5", "percent"), ("0.3", "percent")]
    # "to" without "from" is no range: "rose to 5, ..." keeps its bare figure
    assert _values("It rose to 5 and then 4 percent.")[0] == ("5", None)


def test_money_per_a_measured_unit_keeps_the_per_unit() -> None:
    assert _values("Diesel rose to an average of $1.22 per litre.") == [("1.22", "$ per litre")]
    assert _values("Wages were $25.10 per hour.") == [("25.10", "$ per hour")]
    # per a person or per cent is no measured unit: the money stays money
    assert _values("Spending was $300 per person.") == [("300", "$")]


def test_the_last_day_of_a_span_of_days_is_no_count() -> None:
    assert _values("会议于12月14日至15日召开。", "zh") == []
    assert _dates("会议于12月14日至15日召开。") == ["14"]
    # a count of days stays
    assert _values("假期从10月1日至7日,共7日。", "zh") == [("7", "日")]
    assert _values("工期缩短15日。", "zh") == [("15", "日")]
