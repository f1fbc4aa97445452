"""'declined from $54.763 billion to $44.570 billion, showing sharp decline of 18.61 per cent' and
'6.84 per cent decrease, by going down from $22.958 billion last year to $21.387 billion': the
percent named right after or before "from A to B" is the growth from A to B."""

from __future__ import annotations

from tests.extract.relations_support import run_text

AFTER = "Imports declined from $54.763 billion to $44.570 billion, showing sharp decline of 18.61 per cent.\n"
BEFORE = (
    "Exports registered about 6.84 per cent decrease, by going down from $22.958 billion last year to"
    " $21.387 billion during the current year.\n"
)


def _growth(drafted: dict, value: str) -> list[dict]:
    return [c["growth"] for c in drafted.get(value, []) if "growth" in c]


def test_the_change_named_after_from_a_to_b(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, AFTER)
    assert len(_growth(drafted, "-18.61")) == 1 and not failing


def test_the_change_named_before_going_down_from_a_to_b(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, BEFORE)
    assert len(_growth(drafted, "-6.84")) == 1 and not failing


def test_a_wrong_rate_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, AFTER.replace("18.61 per cent", "16.81 per cent"))
    assert "growth" in failing
    _, failing, _ = run_text(tmp_path, BEFORE.replace("6.84 per cent", "8.64 per cent"))
    assert "growth" in failing


def test_a_percent_after_another_clause_is_not_tied(tmp_path) -> None:
    text = "Imports declined from $54.763 billion to $44.570 billion, while the share of fuel rose 18.61 per cent.\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert not _growth(drafted, "18.61") and not failing
