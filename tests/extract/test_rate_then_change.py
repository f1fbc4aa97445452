"""A growth rate, then its change in the figure's unit, then the earlier level ("This represents a
growth of 20 percent, with an increase of $10 million compared to $50 million"): growth and the
change over the earlier level on the rate, difference of the levels on the change."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, kinds, relations_of, run_text

from factcheck.extract.infer import rate_then_change

TEXT = (
    "Company results, 2023\n\n"
    "Profits reached $60 million in 2023. This represents a yearly growth of 20 percent, with an increase of "
    "$10 million compared to profits of $50 million in 2022.\n"
)


def test_the_rate_the_change_and_both_levels_are_checked(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert sorted(kinds(drafted["20"])) == ["formula", "growth"]
    assert kinds(drafted["10 million"]) == ["difference"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, TEXT.replace("$10 million", "$12 million"))
    assert sorted(failing) == ["difference", "formula"]


def test_words_that_disagree_with_the_sign_draft_nothing(tmp_path: Path) -> None:
    text = TEXT.replace("an increase of", "a decrease of")
    assert relations_of(rate_then_change, context_of(text, tmp_path)) == []
