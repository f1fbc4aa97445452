"""A ratio defined by two totals stated for the same enterprises: the profit margin on revenue."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _shares(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return [
        (d.data["value"], values[c["share"]["part"][2:]], values[c["share"]["whole"][2:]])
        for d in drafts
        for c in d.data.get("checks", [])
        if "share" in c
    ]


def test_the_margin_is_the_profits_share_of_the_revenue(tmp_path: Path) -> None:
    text = (
        "1—3月份，全省规模以上工业企业实现利润总额900.0亿元，同比增长2.0%。\n\n"
        "1—3月份，采矿业实现利润总额100.0亿元，同比下降3.0%。\n\n"
        "1—3月份，规模以上工业企业实现营业收入1.50万亿元，同比增长1.5%；营业收入利润率为6.00%。\n"
    )
    assert _shares(tmp_path, text) == [("6.00", "900.0亿", "1.50万亿")]
    assert not_verified(tmp_path) == []


def test_the_profits_of_one_section_are_not_the_whole(tmp_path: Path) -> None:
    text = (
        "1—3月份，采矿业实现利润总额100.0亿元，同比下降3.0%。\n\n"
        "1—3月份，规模以上工业企业实现营业收入1.50万亿元，同比增长1.5%；营业收入利润率为6.00%。\n"
    )
    assert _shares(tmp_path, text) == []
