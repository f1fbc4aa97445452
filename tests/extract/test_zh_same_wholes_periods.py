"""Two figures of one name that are two facts, in Chinese: `same` is not drafted between them.

- A paragraph naming no period of its own is of the period last named above it: a 二季度 paragraph's
  figures and a 上半年累计 paragraph's are of two periods, with or without a year in the text.
- A name listed after 其中 under two different wholes (城镇居民… and 农村居民…) names two facts.

A figure restated under the same period and whole is still one fact.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

QUARTER_THEN_HALF = (
    "二季度，全省纺织行业开工率为70.5%，比上年同期上升0.6个百分点。\n"
    "其中棉纺织装备开工率为80.1%，比上年同期下降1.2个百分点。\n"
    "上半年累计，全省纺织行业开工率为68.2%，比上年同期下降2.0个百分点。\n"
    "棉纺织装备开工率为78.4%，比上年同期下降2.5个百分点。\n"
)


def _same(checks: set) -> set:
    return {c for c in checks if c[1] == "same"}


def test_paragraphs_under_two_periods_named_above_them_are_two_facts(tmp_path: Path) -> None:
    assert _same(relations(QUARTER_THEN_HALF)[0]) == set()
    assert _same(relations("2022年某省纺织行业运行简况\n" + QUARTER_THEN_HALF)[0]) == set()
    _, failing, _ = run_text(tmp_path, QUARTER_THEN_HALF)
    assert "same" not in failing


def test_a_figure_restated_under_the_period_in_force_is_one_fact() -> None:
    text = (
        "二季度，全省纺织行业开工率为70.5%。\n"
        "棉纺织装备开工率为80.1%，比上年同期下降1.2个百分点。\n"
        "以下为分地区情况说明。\n"
        "棉纺织装备开工率为80.1%。\n"
    )
    assert _same(relations(text)[0]) == {("80.1", "same", ("80.1",))}


TWO_WHOLES = (
    "城镇家庭人均教育支出5210元，增长6.1%。其中：课外培训支出1830元。"
    "农村家庭人均教育支出2960元，增长7.4%。其中：课外培训支出1240元。\n"
)


def test_one_name_listed_under_two_wholes_is_two_facts(tmp_path: Path) -> None:
    assert _same(relations(TWO_WHOLES)[0]) == set()
    _, failing, _ = run_text(tmp_path, TWO_WHOLES)
    assert failing == []


def test_a_part_restated_under_its_one_whole_is_one_fact() -> None:
    text = (
        "城镇家庭人均教育支出5210元，增长6.1%。其中：课外培训支出1830元。\n"
        "城镇家庭人均教育支出5210元。其中：课外培训支出1830元。\n"
    )
    assert ("1830", "same", ("1830",)) in relations(text)[0]
