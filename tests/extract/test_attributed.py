"""A rate the text attributes to a component's rate: a contribution waiting under x-todo for the weights."""

from __future__ import annotations

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract.infer import attributed

TEXT = (
    "Rents rose 3.2% in the year to June.\n"
    "The agency attributes the rise to an increase in city rents to 4.5% compared to 4.0% in May.\n"
    "Transport prices climbed 2.8% over the year, driven by a 7.1% increase in airfares.\n"
    "Clothing prices fell 1.5% over the year. This was due to a fall in footwear prices of 3.3%.\n"
)


def _claims(tmp_path, text: str) -> list[str]:
    ctx = context_of(text, tmp_path)
    return [ctx.mentions[claim].value for claim, _, _ in relations_of(attributed, ctx)]


def test_each_attributed_rate_waits_for_the_weights(tmp_path) -> None:
    assert _claims(tmp_path, TEXT) == ["3.2", "2.8", "-1.5"]
    _, failing, todos = run_text(tmp_path, TEXT)
    assert any("contributions" in t for t in todos["2.8"]) and not failing


def test_a_rate_with_no_cause_words_waits_for_nothing(tmp_path) -> None:
    text = "Transport prices climbed 2.8% over the year, and airfares rose 7.1%.\n"
    assert _claims(tmp_path, text) == []
