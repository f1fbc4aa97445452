"""'increased 4.5 percent over the year to $2.3 billion, up from $2.2 billion a year earlier': the
growth from the level compared with to the level reached."""

from __future__ import annotations

from tests.extract.relations_support import run_text

UP = "Sales increased 4.2 percent over the year to $12.3 billion, up from $11.8 billion a year earlier.\n"


def _growth(drafted: dict, value: str) -> list[dict]:
    return [c["growth"] for c in drafted.get(value, []) if "growth" in c]


def test_a_rate_to_a_level_compared_with_an_earlier_one(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, UP)
    assert len(_growth(drafted, "4.2")) == 1 and not failing
    plain = "Sales increased 4.5 percent over the year to $2.3 billion from $2.2 billion.\n"
    drafted, failing, _ = run_text(tmp_path, plain)
    assert len(_growth(drafted, "4.5")) == 1 and not failing
    down = "Sales decreased 4.3 percent to $2.2 billion, down from $2.3 billion a year earlier.\n"
    drafted, failing, _ = run_text(tmp_path, down)
    assert len(_growth(drafted, "-4.3")) == 1 and not failing


def test_a_wrong_rate_or_level_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, UP.replace("4.2 percent", "6.5 percent"))
    assert "growth" in failing
    _, failing, _ = run_text(tmp_path, UP.replace("from $11.8 billion", "from $10.8 billion"))
    assert "growth" in failing


def test_words_that_disagree_draft_nothing(tmp_path) -> None:
    text = "Sales increased 4.3 percent to $2.2 billion, down from $2.3 billion a year earlier.\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert not _growth(drafted, "4.3") and not failing
