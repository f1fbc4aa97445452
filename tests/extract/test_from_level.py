"""A change from a stated earlier level to a later level the text does not state (`from-level`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def test_a_change_from_a_stated_level_asks_for_the_later_level(tmp_path: Path) -> None:
    text = (
        "The number of registered vessels in the northern ports in June 2031 decreased by 120 vessels "
        "from 4,310 vessels in December 2030.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    differences = [t["difference"] for t in todos["-120"] if "difference" in t]
    assert len(differences) == 1 and isinstance(differences[0][0], dict)  # later level (a source) − 4,310
    assert differences[0][1].startswith("./") and drafted["-120"] == []
    assert failing == []


def test_from_a_to_b_is_checked_in_the_text_not_here(tmp_path: Path) -> None:
    text = (
        "Registered vessels decreased by 120 vessels from 4,310 vessels in December 2030 "
        "to 4,190 vessels in June 2031.\n"
    )
    _, _, todos = run_text(tmp_path, text)
    assert not [t for t in todos.get("-120", []) if "difference" in t and "later period" in repr(t)]
