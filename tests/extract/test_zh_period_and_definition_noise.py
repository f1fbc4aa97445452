"""Chinese numbers that are no statistics: months named alone, the months a figure runs over, the
numbers of a list's items, an index's coverage and expenditure brackets, an "as of" date; and one
that is, though written like a name: the rank in 第三大贸易伙伴."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods

TRADE = (
    "2019年5月进出口\n"
    "据海关统计,2019年前5个月,我国进出口总值12.1万亿元,增长4.1%。5月,我国进出口总值2.59万亿元。"
    "前5个月,美国为我国第三大贸易伙伴。我国外贸呈现以下特点:(1)一般贸易快速增长;(2)对欧盟进出口增长。\n"
)
CPI = (
    "2022年8月消费物价指数\n"
    "与7月比较,8月综合消费物价指数下跌0.17%。另一方面,家佣薪酬调升。"
    "至今年8月为止的十二个月,平均指数上升1.07%。今年首八个月的平均指数上升1.11%。\n"
    "甲类及乙类消费物价指数分别涵盖约50%和30%的住户,每月平均开支分别为12,000至35,999澳门元及"
    "36,000至62,999澳门元。\n"
)


def test_periods_and_item_numbers_are_not_drafted(tmp_path: Path) -> None:
    assert drafted_units(tmp_path, TRADE) == [("12.1万亿", "元"), ("4.1", "%"), ("2.59万亿", "元"), ("三", None)]


def test_month_windows_coverage_and_brackets_are_not_drafted(tmp_path: Path) -> None:
    assert drafted_units(tmp_path, CPI) == [("-0.17", "%"), ("1.07", "%"), ("1.11", "%")]


def test_a_count_of_months_and_a_share_of_households_stay_statistics(tmp_path: Path) -> None:
    text = "2022年统计公报\n出口连续5个月增长,共有30%的住户享受补贴,收入12,000元。\n"
    drafts = drafted_units(tmp_path, text)
    assert ("5", "个月") in drafts and ("30", "%") in drafts and ("12,000", "元") in drafts


def test_an_as_of_date_is_no_event(tmp_path: Path) -> None:
    text = "2019年统计公报\n截至2019年10月31日,户籍人口243.47万人。2019年10月31日,召开会议。\n"
    assert drafted_units(tmp_path, text) == [("243.47万", "人"), ("31", "日")]


def test_the_nth_largest_after_a_copula_is_a_rank(tmp_path: Path) -> None:
    text = "2019年统计\n前5个月,美国为我国第三大贸易伙伴,中美贸易总值为1.42万亿元。第二大类商品增长5%。\n"
    assert drafted_units(tmp_path, text) == [("三", None), ("1.42万亿", "元"), ("5", "%")]


def test_bare_months_and_first_months_date_the_figures_after_them(tmp_path: Path) -> None:
    text = "2019年5月进出口\n2019年前5个月,进出口总值12.1万亿元。5月,进出口总值2.59万亿元。\n"
    periods = [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)]
    assert periods == [("12.1万亿", "2019-01/2019-05"), ("2.59万亿", "2019-05")]


def test_the_months_to_a_month_are_a_window(tmp_path: Path) -> None:
    text = "2022年8月消费物价指数\n至今年8月为止的十二个月,综合消费物价平均指数较一年前同期上升1.07%。\n"
    assert [period for *_, period in drafted_units_periods(tmp_path, text)] == ["2021-09/2022-08"]
