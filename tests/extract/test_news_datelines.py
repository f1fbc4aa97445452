"""A news wire's dateline and the day a bureau told its figures are no events the release reports."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

from factcheck.extract.eventdates import is_event


def _is_event(text: str, date: str) -> bool:
    start = text.index(date)
    return is_event(text, start, start + len(date), english=False)


def test_a_wire_dateline_is_no_event() -> None:
    assert not _is_event("新华社南宁3月9日电（记者王某）全区一季度生产总值增长5.1%。", "3月9日")
    assert not _is_event("本报长沙3月9日讯 全省一季度生产总值增长5.1%。", "3月9日")


def test_the_day_a_bureau_told_its_figures_is_no_event() -> None:
    assert not _is_event("某省统计局3月9日发布，一季度全省生产总值增长5.1%。", "3月9日")
    assert not _is_event("国家统计局新闻发言人3月9日表示，…", "3月9日")
    assert not _is_event("2021年全省经济运行情况新闻发布会1月24日在长沙举行。", "1月24日")


def test_an_event_keeps_its_date() -> None:
    assert _is_event("3月9日，全省首条高速铁路建成通车。", "3月9日")
    assert _is_event("省政府3月9日召开全省经济工作会议。", "3月9日")  # a meeting is the event itself
    assert _is_event("某公司3月9日发布新产品。", "3月9日")  # who announces is no statistics office


def test_the_day_of_the_month_something_was_done_on_is_no_count_of_days(tmp_path: Path) -> None:
    text = "某省经济运行情况新闻发布会24日在省会举行。全年全省生产总值4600亿元，增长7.7%。历时24日的专项行动结束。\n"
    assert [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)] == [
        ("4600亿", "元"),
        ("7.7", "%"),
        ("24", "日"),  # a count of days: 历时24日
    ]


def test_a_dateline_opening_a_release_drafts_no_date(tmp_path: Path) -> None:
    text = "中新网南宁4月18日电 (记者)某省统计局18日通报，一季度全省生产总值3115.66亿元，增长10.8%。\n"
    assert [value for value, _, _ in drafted_units_periods(tmp_path, text)] == ["3115.66亿", "10.8"]
