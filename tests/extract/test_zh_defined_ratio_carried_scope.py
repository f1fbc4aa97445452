"""营业收入利润率 when the profits' sentence leaves the enterprises unsaid (规模以上工业企业实现营业收入…；实现利润
总额…): the profit total of the same clause chain is the part (`share`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

TEXT = (
    "全年规模以上工业企业实现营业收入845.20亿元，比上年增长6.6%；实现利润总额47.30亿元，增长8.1%。"
    "规模以上工业企业营业收入利润率为5.60%。\n"
)


def test_the_profit_margin_divides_the_profits_of_the_same_enterprises(tmp_path: Path) -> None:
    assert ("5.60", "share", ("47.30亿", "845.20亿")) in relations(TEXT)[0]
    assert run_text(tmp_path, TEXT)[1] == []


def test_profits_of_another_sentence_and_scope_are_not_taken() -> None:
    text = TEXT.replace("；实现利润总额47.30亿元，增长8.1%。", "。采矿业实现利润总额47.30亿元，增长8.1%。")
    assert not [c for c in relations(text)[0] if c[0] == "5.60"]
