"""English changes whose earlier level the text does not state: a complete check under `x-todo`
with a source placeholder for the earlier figure ("an increase of 172,000 over the year", "0.3
percentage point lower than a year earlier", "997,000 higher than in July 2009"), written so that
it holds with the value as signed; the figure's own period is not the one compared with."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

from factcheck.extract.mentions import paragraph_mentions

RELEASE = (
    "Labour market, March 2023\n\n"
    "Unemployment stood at 6.2 million in March, an increase of 172,000 over the year.\n\n"
    "The unemployment rate was 3.5 percent, 0.3 percentage point lower than a year earlier.\n\n"
    "Employment was 152.4 million in March, 997,000 higher than in July 2009.\n"
)


def test_a_change_over_the_year_or_than_a_period_asks_for_the_earlier_figure(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, RELEASE)
    assert all(kinds(checks) == [] for checks in drafted.values())
    assert kinds(todos["172,000"]) == ["difference"] and kinds(todos["-0.3"]) == ["difference"]
    assert todos["-0.3"][0]["difference"][0] == "./unemployment-rate"  # rate − earlier rate = −0.3
    assert todos["997,000"][0]["difference"][0] == "./employment"
    assert failing == []


def test_the_period_compared_with_is_not_the_figures_own() -> None:
    text = "Employment was 152.4 million in March, 997,000 higher than in July 2009."
    periods = [m.period for m in paragraph_mentions(text, 1, "en", "2023-03")]
    assert periods == ["2023-03", "2023-03"]
    # a figure of that period keeps it
    text = "Employment was 130.1 million in July 2009."
    assert [m.period for m in paragraph_mentions(text, 1, "en", "2023-03")] == ["2009-07"]


def test_a_change_with_no_period_named_asks_for_nothing(tmp_path: Path) -> None:
    text = "Labour market, March 2023\n\nUnemployment stood at 6.2 million in March, an increase of 172,000.\n"
    _, _, todos = run_text(tmp_path, text)
    assert todos["172,000"] == []
