"""Two levels "up from" one another, then their rate of change in a sentence of its own: `growth`."""

from __future__ import annotations

from tests.extract.relations_support import run_text

TEXT = (
    "The survey put the total herd of the valley at 48,300 head, up from 46,000 in 2013."
    " The total herd has grown by 5 percent between 2013 and 2023.\n"
)


def _growth(drafted: dict, value: str) -> list[dict]:
    return [c["growth"] for c in drafted.get(value, []) if "growth" in c]


def test_the_rate_is_the_growth_between_the_levels_of_the_sentence_before(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert len(_growth(drafted, "5")) == 1 and not failing
    _, failing, _ = run_text(tmp_path, TEXT.replace("by 5 percent", "by 9 percent"))
    assert "growth" in failing


def test_another_subject_or_way_ties_nothing(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT.replace("The total herd has grown", "The flock has grown"))
    assert not _growth(drafted, "5") and not failing
    drafted, failing, _ = run_text(tmp_path, TEXT.replace("has grown by 5", "has fallen by 5"))
    assert not _growth(drafted, "-5") and not _growth(drafted, "5")


def test_money_levels_at_current_prices_tie_no_real_rate(tmp_path) -> None:
    text = (
        "Output of the valley at current prices was estimated at $480 million, up from $430 million a year"
        " before. Output has grown by 3.1 percent between the two years.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert not _growth(drafted, "3.1") and not failing
