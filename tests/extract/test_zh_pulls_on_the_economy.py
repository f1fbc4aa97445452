"""Pulls on 经济增长 (拉动经济增长N个百分点, 拉动全县经济增长) are pulls on the growth of 生产总值: the three
industries' points add up to it (`contributions`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

TEXT = (
    "全县地区生产总值412.80亿元，比上年增长5.6%。其中，第一产业增加值50.10亿元，增长3.8%，拉动经济增长0.5个百分点；"
    "第二产业增加值170.20亿元，增长6.9%，拉动经济增长2.8个百分点；第三产业增加值192.50亿元，增长5.0%，"
    "拉动经济增长2.3个百分点。\n"
)


def test_pulls_on_the_economy_add_up_to_gdp_growth(tmp_path: Path) -> None:
    checks, _ = relations(TEXT)
    assert ("5.6", "contributions", ("0.5", "2.8", "2.3")) in checks
    assert run_text(tmp_path, TEXT)[1] == []
    assert "contributions" in run_text(tmp_path, TEXT.replace("拉动经济增长2.3", "拉动经济增长3.3"))[1]


def test_pulls_on_the_county_economy_read_alike() -> None:
    county = TEXT.replace("拉动经济增长", "拉动全县经济增长")
    assert ("5.6", "contributions", ("0.5", "2.8", "2.3")) in relations(county)[0]
