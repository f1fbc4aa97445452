"""A yuan figure converted to dollars: at the rate the text states, a `formula`; at a rate it only names
(按年均汇率折算为…美元), the conversion waits under `x-todo` for a source that gives the rate. The
yuan figure may stand in the clause before a ；."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations


def test_a_conversion_at_a_named_but_unstated_rate_waits_for_it(tmp_path: Path) -> None:
    text = "全年全县人均可支配收入38120元，比上年增长6.2%；按年均汇率折算为5671美元。\n"
    checks, todos = relations(text)
    assert ("5671", "ratio") in todos
    assert not [c for c in checks if c[0] == "5671"]
    _, failing, _ = run_text(tmp_path, text)
    assert failing == []


def test_a_conversion_at_a_stated_rate_past_a_semicolon_is_checked(tmp_path: Path) -> None:
    text = "全年全县人均可支配收入38120元，比上年增长6.2%；按美元对人民币的年平均汇率6.7261折算，约合5667美元。\n"
    checks, _ = relations(text)
    assert ("5667", "formula", ("38120", "6.7261")) in checks
    assert run_text(tmp_path, text)[1] == []
    assert "formula" in run_text(tmp_path, text.replace("5667美元", "5967美元"))[1]


def test_a_stated_rate_converted_with_zhesuanwei_is_checked() -> None:
    text = "全年全县人均可支配收入38120元；按美元对人民币的年平均汇率6.7261折算为5667美元。\n"
    assert ("5667", "formula", ("38120", "6.7261")) in relations(text)[0]
