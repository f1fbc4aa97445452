"""A paragraph of the complete set of parts makes up the whole stated paragraphs above (Chinese)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _sums(tmp_path: Path, text: str) -> dict[str, list[list[str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [[values[r[2:]] for r in c["sum"]] for c in d.data.get("checks", []) if "sum" in c]
        for d in drafts
        if any("sum" in c for c in d.data.get("checks", []))
    }


_TOTAL = "1—3月份，全省规模以上工业企业实现利润总额900.0亿元，同比增长2.0%。\n\n"


def test_the_three_sections_of_industry_below_make_up_its_profits(tmp_path: Path) -> None:
    text = (
        _TOTAL + "1—3月份，全省规模以上工业企业营业收入增长1.5%。\n\n"
        "1—3月份，采矿业实现利润总额100.0亿元，同比下降3.0%；制造业实现利润总额700.0亿元，增长2.5%；"
        "电力、热力、燃气及水生产和供应业实现利润总额100.0亿元，增长4.0%。\n"
    )
    assert _sums(tmp_path, text) == {"900.0亿": [["100.0亿", "700.0亿", "100.0亿"]]}
    assert not_verified(tmp_path) == []


def test_a_set_that_goes_on_past_its_members_is_no_breakdown(tmp_path: Path) -> None:
    text = (
        _TOTAL + "1—3月份，采矿业实现利润总额100.0亿元；制造业实现利润总额700.0亿元；"
        "电力、热力、燃气及水生产和供应业实现利润总额100.0亿元；汽车制造业实现利润总额80.0亿元。\n"
    )
    assert _sums(tmp_path, text) == {}


def test_parts_of_another_period_are_not_the_totals(tmp_path: Path) -> None:
    text = (
        _TOTAL + "3月份，采矿业实现利润总额40.0亿元；制造业实现利润总额250.0亿元；"
        "电力、热力、燃气及水生产和供应业实现利润总额30.0亿元。\n"
    )
    assert _sums(tmp_path, text) == {}
