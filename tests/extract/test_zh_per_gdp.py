"""Deaths in work-safety accidents per 亿元 of GDP (亿元地区生产总值生产安全事故死亡率): the deaths over the GDP
the text states (`formula`); with no GDP in the text, a ratio waiting under `x-todo`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

GDP = "全年全县地区生产总值386.20亿元，比上年增长5.4%。\n"
SAFETY = "全年发生各类生产安全事故21起，下降8.7%；死亡19人，下降5.0%，亿元地区生产总值生产安全事故死亡率0.049人。\n"


def test_deaths_per_gdp_divide_the_deaths_by_the_gdp(tmp_path: Path) -> None:
    checks, _ = relations(GDP + SAFETY)
    assert ("0.049", "formula", ("19", "386.20亿")) in checks
    assert run_text(tmp_path, GDP + SAFETY)[1] == []
    assert "formula" in run_text(tmp_path, GDP + SAFETY.replace("0.049人", "0.059人"))[1]


def test_with_no_gdp_in_the_text_the_ratio_waits_for_it() -> None:
    checks, todos = relations(SAFETY)
    assert ("0.049", "ratio") in todos
    assert not [c for c in checks if c[0] == "0.049"]
