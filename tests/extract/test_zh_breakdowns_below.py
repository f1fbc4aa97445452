"""Breakdowns in later sentences (按…分): a second breakdown of the paragraph's total whose parts name no
common measure (商品零售, 餐饮收入) adds up to the total said with 总额; per-person values broken down
(城镇居民人均可支配收入, 农村…) add up to no total at all."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

RETAIL = (
    "一季度，全县社会消费品零售总额64.80亿元，同比增长5.5%。按经营单位所在地分，城镇消费品零售额51.30亿元，"
    "增长5.2%；乡村消费品零售额13.50亿元，增长6.6%。按消费类型分，商品零售57.90亿元，增长4.9%；"
    "餐饮收入6.90亿元，增长10.8%。\n"
)
INCOME = (
    "一季度，全县居民人均可支配收入8120元，同比增长6.0%。按常住地分，城镇居民人均可支配收入11230元，"
    "增长5.1%；农村居民人均可支配收入5340元，增长7.0%。\n"
)


def test_both_breakdowns_of_the_total_add_up(tmp_path: Path) -> None:
    checks, _ = relations(RETAIL)
    assert ("64.80亿", "sum", ("51.30亿", "13.50亿")) in checks
    assert ("64.80亿", "sum", ("57.90亿", "6.90亿")) in checks
    assert run_text(tmp_path, RETAIL)[1] == []


def test_per_person_values_broken_down_add_up_to_no_total(tmp_path: Path) -> None:
    text = RETAIL + INCOME
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "sum" and "11230" in c[2]]
    assert run_text(tmp_path, text)[1] == []
