"""三次产业结构由上年的…调整… without 为; 价格上涨r%，回落N个百分点: the pace against the year before."""

from __future__ import annotations

from tests.extract.relations_support import run_text

STRUCTURE = (
    "全县生产总值200.00亿元。其中，第一产业增加值30.00亿元；第二产业增加值90.00亿元；第三产业增加值80.00亿元。"
    "三次产业结构由上年的16.0∶44.0∶40.0调整15.0∶45.0∶40.0。\n"
)
PACE = "全县居民消费价格上涨1.2%，涨幅比上年回落0.8个百分点；农业生产资料价格上涨3.5%，回落1.6个百分点。\n"


def test_the_structure_adjusted_without_wei_is_of_the_value_added(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, STRUCTURE)
    assert "formula" in [next(iter(c)) for c in drafted.get("45.0", [])] and not failing
    _, failing, _ = run_text(tmp_path, STRUCTURE.replace("15.0∶45.0∶40.0", "15.0∶48.0∶37.0"))
    assert failing


def test_points_after_a_growth_rate_compare_it_with_the_year_before(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, PACE)
    assert any("source" in repr(t) for t in todos.get("-1.6", []) + todos.get("1.6", [])) and not failing
