"""A balance, its change on the year's start and its growth (余额…，比年初增加N，增长r%): r = N ÷ (L − N) × 100,
as for 比上年末增加."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

TEXT = "年末全县住户存款余额861.40亿元，比年初增加72.60亿元，增长9.2%。\n"


def test_a_change_on_the_year_start_gives_the_growth_rate(tmp_path: Path) -> None:
    checks, _ = relations(TEXT)
    assert ("9.2", "formula", ("72.60亿", "861.40亿", "72.60亿")) in checks
    assert run_text(tmp_path, TEXT)[1] == []
    assert "formula" in run_text(tmp_path, TEXT.replace("9.2%", "8.2%"))[1]


def test_a_year_on_year_rate_after_a_change_on_the_year_start_is_not_of_it() -> None:
    text = "6月末，全县住户存款余额861.40亿元，比年初增加52.60亿元，同比增长9.2%。\n"
    assert not [c for c in relations(text)[0] if c[0] == "9.2"]
