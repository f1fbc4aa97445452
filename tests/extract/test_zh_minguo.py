"""Taiwanese releases write 民國 years (112年 = 2023): read as periods, never as counts, but only in a
document whose text shows the calendar; a mainland text's 112年 stays what it says. Forecasts revised
down (下修) are negative changes."""

from __future__ import annotations

from tests.extract.test_infer import relations

from factcheck.documents.text import text_document
from factcheck.extract.drafts import build_drafts
from factcheck.extract.hanperiods import written_periods
from factcheck.extract.mentions import find_mentions
from factcheck.extract.minguo import is_roc_document

TAIWAN = (
    "主計總處今日發布,112年第2季實質GDP初步統計yoy為1.36%。\n"
    "預測112年全年經濟成長率1.61%,較112年5月預測數2.04%下修0.43個百分點。\n"
    "111年每戶家庭可支配所得平均數為110.9萬元,較110年增1.7%。\n"
)


def _drafts(text: str) -> list[tuple[str, str | None, str | None]]:
    document = text_document(text)
    drafts = build_drafts(document, find_mentions(document, "zh"), None, "zh")
    return [(d.data["value"], d.data.get("unit"), d.data.get("period")) for d in drafts if d.data["kind"] != "label"]


def test_minguo_years_are_periods_of_their_western_year() -> None:
    drafts = _drafts(TAIWAN)
    values = [value for value, _, _ in drafts]
    assert not {"112", "111", "110", "5"} & set(values)  # no year or month drafted as a figure
    assert ("1.36", "%", "2023-Q2") in drafts
    assert ("110.9万", "元", "2022") in drafts


def test_a_forecast_revised_down_is_a_negative_change() -> None:
    assert ("-0.43", "个百分点") in [(value, unit) for value, unit, _ in _drafts(TAIWAN)]


def test_the_calendar_is_decided_from_the_text() -> None:
    assert is_roc_document("中華民國112年統計")
    assert is_roc_document("112年5月出口成長,112年第2季GDP成長")
    assert not is_roc_document("该桥建成112年,2023年接待游客112万人次")
    assert not is_roc_document("112年5月")  # one such mention alone is not evidence enough


def test_a_mainland_count_of_112_years_stays_a_count() -> None:
    drafts = _drafts("2023年,这座建成112年的老厂接待游客35万人次,增长12.5%。\n")
    assert ("112", "年", "2023") in drafts  # a count of years, in the mainland year
    assert ("35万", "人次", "2023") in drafts


HONG_KONG = (
    "二零一五年第四季及二零一五年全年本地生產總值\n"
    "整體本地生產總值在二零一五年第四季較上年同期實質上升1.9%,而二零一五年第三季的升幅為2.2%。\n"
    "去年第四季,本地居民生產總值為4536億元。\n"
)


def test_years_in_chinese_numerals_and_quarters_without_du_are_periods() -> None:
    drafts = _drafts(HONG_KONG)
    assert ("1.9", "%", "2015-Q4") in drafts  # the document's period, from its title
    assert ("2.2", "%", "2015-Q3") in drafts
    assert ("4536亿", "元", "2015-Q4") in drafts
    assert not any(value in ("四", "三", "二零一五") for value, _, _ in drafts)


def test_a_season_word_is_no_quarter() -> None:
    found = written_periods("第四季节性调整后,2015年第2季", "第四季节性调整后,2015年第2季", 2015)
    assert [(m.text, m.period) for m in found] == [("2015年第2季", "2015-Q2")]


def test_a_list_of_quarters_is_a_period_of_no_one_figure() -> None:
    found = written_periods("第3、4季分别为2.54%及5.59%", "第3、4季分别为2.54%及5.59%", 2023)
    assert [(m.text, m.period) for m in found] == [("第3、4季", "")]


def test_a_change_named_after_its_size_carries_its_sign() -> None:
    drafts = _drafts("2015年,该行业的净产值录得1.0%的实质跌幅,本地生产总值有2.5%的实质下跌,出口录得3.2%的增长。\n")
    assert ("-1.0", "%", "2015") in drafts
    assert ("-2.5", "%", "2015") in drafts
    assert ("3.2", "%", "2015") in drafts


def test_a_share_before_de_is_no_change() -> None:
    drafts = _drafts("2015年,金融业占本地生产总值的17.6%的份额,较二零一四年的4.8%升幅略快。\n")
    assert ("17.6", "%", "2015") in drafts
    assert ("4.8", "%") in [(value, unit) for value, unit, _ in drafts]  # a rise, unsigned


def test_a_release_day_in_brackets_and_quintile_groups_are_no_figures() -> None:
    drafts = _drafts(
        "主計總處於本(18)日發布,111年每戶5等分位所得差距6.15倍,112年第2季GDP成長1.36%,112年5月出口增加3.2%。\n"
    )
    values = [value for value, _, _ in drafts]
    assert "18" not in values and "5" not in values
    assert "6.15" in values  # the gap between the groups stays


def test_a_count_of_days_or_of_equal_parts_elsewhere_stays() -> None:
    drafts = _drafts("2023年,本市18日内完成5等奖评选,共5个等级。\n")
    assert ("18", "日", "2023") in drafts  # no 本(18)日: a count of days
    assert ("5", "个", "2023") in drafts


def test_a_figure_equal_to_a_percent_of_a_named_whole_is_its_share() -> None:
    checks, _ = relations("2008年,本地生产总值1680亿元,对外要素收益净流入81亿元,相当于当年本地生产总值的4.9%。\n")
    assert ("4.9", "share", ("81亿", "1680亿")) in checks


def test_equal_to_a_figure_is_no_share() -> None:
    checks, _ = relations("2008年,本地生产总值1680亿元,增长4.9%,相当于2007年的水平。\n")
    assert not [check for check in checks if check[1] == "share"]


def test_a_number_written_on_after_its_scale_word_is_one_number() -> None:
    drafts = _drafts("2023年,每人GDP 3萬2,105美元,每戶所得98萬7,654元。\n")
    assert ("3万2,105", "美元", "2023") in drafts
    assert ("98万7,654", "元", "2023") in drafts


def test_a_year_after_a_scale_word_is_no_part_of_the_number() -> None:
    drafts = _drafts("2023年,全市新增就业3万,2024年再增4万人。\n")
    values = [value for value, _, _ in drafts]
    assert "3万" in values and "4万" in values
    assert not [value for value in values if value.startswith("3万2")]


def test_the_whole_of_an_equal_to_share_is_of_the_shares_own_period() -> None:
    checks, todos = relations(
        "2008年全年,对外要素收益净流入81亿元,相当于本地生产总值的4.9%。\n"
        "第四季,本地生产总值为436亿元,总流入为200亿元,相等于本地生产总值的45.9%。\n"
    )
    assert ("45.9", "share", ("200亿", "436亿")) in checks
    assert ("4.9", "share") in todos  # the year's whole is not stated: not the quarter's 436亿


def test_a_month_written_alone_in_a_taiwanese_release_is_no_figure() -> None:
    drafts = _drafts("112年第2季實質GDP初步統計為1.36%(7月概估數為1.45%),112年5月預測數為2.04%。\n")
    assert [value for value, _, _ in drafts] == ["1.36", "1.45", "2.04"]
    assert ("1.45", "%", "2023-Q2") in drafts  # the month an estimate was made is not the figure's period


def test_a_gap_between_a_level_and_the_one_compared_with_is_their_difference() -> None:
    checks, _ = relations("2008年,本地居民生产总值上升6.1%至1.76万亿元,较同年本地生产总值的1.68万亿元多出814亿元。\n")
    assert ("814亿", "difference", ("1.76万亿", "1.68万亿")) in checks
    checks, _ = relations("2008年,出口额为120亿元,比上年的130亿元少10亿元。\n")
    assert ("10亿", "difference", ("130亿", "120亿")) in checks


def test_figures_of_other_units_or_sentences_make_no_gap() -> None:
    checks, _ = relations("2008年,从业人员120万人,较上年的130亿元多出10亿元。\n")
    assert not [check for check in checks if check[1] == "difference"]
    checks, _ = relations("2008年,出口额为120亿元。比上年的130亿元多10亿元的是进口。\n")
    assert not [check for check in checks if check[1] == "difference"]
