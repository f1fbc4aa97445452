"""Taiwanese releases write 民國 years (112年 = 2023): read as periods, never as counts, but only in a
document whose text shows the calendar; a mainland text's 112年 stays what it says. Forecasts revised
down (下修) are negative changes."""

from __future__ import annotations

from factcheck.documents.text import text_document
from factcheck.extract.drafts import build_drafts
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
