"""A mark passed (经济总量突破N亿元) is no total the parts of a later breakdown add up to: the parts'
sum goes on the total stated with them, never on the mark."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of

from factcheck.extract.infer import partition

TEXT = (
    "某市2030年经济运行情况\n\n"
    "2030年,全市经济总量突破500亿元,实现历史性跨越。\n\n"
    "初步核算,2030年全市地区生产总值512.30亿元,比上年增长6.0%。分产业看,第一产业增加值60.10亿元,增长3.1%;"
    "第二产业增加值200.20亿元,增长7.2%;第三产业增加值252.00亿元,增长5.9%。\n"
)


def test_the_parts_never_add_up_to_a_mark_passed(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    claims = {ctx.mentions[claim].value for claim, check, _ in relations_of(partition, ctx) if "sum" in check}
    assert claims == {"512.30亿"}
