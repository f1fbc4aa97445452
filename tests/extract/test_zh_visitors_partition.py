"""Visitors received, domestic and inbound (国内游客 / 入境游客): a complete set, `sum` on the total; the
domestic revenue in 亿元 and the foreign-exchange revenue in 美元 are never summed."""

from __future__ import annotations

from tests.extract.test_infer import relations


def test_domestic_and_inbound_visitors_add_up() -> None:
    text = "全年接待游客1862.40万人次，比上年增长21.5%。其中，国内游客1855.10万人次，入境游客7.30万人次。\n"
    assert ("1862.40万", "sum", ("1855.10万", "7.30万")) in relations(text)[0]


def test_revenues_in_two_currencies_are_not_summed() -> None:
    text = "全年旅游总收入152.60亿元，增长18.0%。其中，国内旅游收入150.10亿元，旅游外汇收入0.36亿美元。\n"
    assert not [c for c in relations(text)[0] if c[1] == "sum"]
