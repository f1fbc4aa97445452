"""Relations of issue 12's eighth round, each a class of words statistical releases use, with a
consistent text and a planted error (a changed digit is caught)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

LABOUR = (
    "LABOUR FORCE, MARCH\n\n"
    "SEASONALLY ADJUSTED ESTIMATES\n"
    "• Employment rose 32,400 to 13,104,500. Full-time employment rose 20,100 to 8,902,300 and part-time "
    "employment rose 12,300 to 4,202,200.\n"
    "• Unemployment fell 3,500 to 688,900.\n"
    "• The participation rate increased by 0.1 pts to 66.2%.\n"
    "• Hours worked rose 6.0 million hours (0.4%) to 1,706.0 million hours.\n"
)


def test_full_time_and_part_time_levels_and_changes_add_up(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, LABOUR)
    assert "sum" in _kinds(drafted["13,104,500"])
    assert "sum" in _kinds(drafted["32,400"])
    assert failing == []
    _, failing, _ = _run(tmp_path, LABOUR.replace("to 4,202,200", "to 4,212,200"))
    assert failing == ["sum"]
    _, failing, _ = _run(tmp_path, LABOUR.replace("rose 12,300", "rose 12,800"))
    assert failing == ["sum"]


def test_a_change_to_a_level_with_no_earlier_level_waits_for_an_outside_figure(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, LABOUR)
    for change in ("-3,500", "0.1", "32,400", "20,100"):
        assert any("source" in repr(t) and "difference" in t for t in todos[change]), change
    assert failing == []


def test_a_change_with_its_percent_in_brackets_before_to_is_checked_against_the_level(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, LABOUR)
    assert "formula" in _kinds(drafted["0.4"])  # 6.0 / (1,706.0 - 6.0) = 0.35 %
    _, failing, _ = _run(tmp_path, LABOUR.replace("(0.4%)", "(0.9%)"))
    assert failing == ["formula"]


def test_a_change_whose_earlier_level_or_rate_is_stated_does_not_wait(tmp_path: Path) -> None:
    text = (
        "Employment increased 26,900 from 12,535,900 to 12,562,800.\n"
        "The unemployment rate rose 0.4 percent to 4.1 percent.\n"
        "Payrolls rose by 120,000 to 150.2 million, or 0.1 percent.\n"
    )
    drafted, failing, todos = _run(tmp_path, text)
    assert not any("source" in repr(t) for items in todos.values() for t in items)
    assert "difference" in _kinds(drafted["26,900"])
    assert failing == []


def test_groups_under_sibling_headings_are_not_parts_of_one_total(tmp_path: Path) -> None:
    text = (
        "TREND ESTIMATES\n"
        "• Employment increased 26,900 to 12,562,800.\n\n"
        "SEASONALLY ADJUSTED ESTIMATES\n"
        "• Full-time employment increased 41,200 to 8,565,200 and part-time employment increased 9,700 to "
        "4,008,400.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert "sum" not in _kinds(drafted["12,562,800"])
    assert failing == []
