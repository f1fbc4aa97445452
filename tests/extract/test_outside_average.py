"""A gap in points to an average the text does not state ("0.7 percentage points above the UK
average"): `difference` of the rate and the average, the average a source placeholder under `x-todo`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text


def test_a_gap_to_a_named_average_asks_for_the_average(tmp_path: Path) -> None:
    text = (
        "Regional labour market, 2019\n\n"
        "The unemployment rate in Wales was 4.5 percent, 0.7 percentage points above the UK average.\n\n"
        "The employment rate in Wales was 73.1 percent, 2.3 percentage points below the OECD average.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["0.7"]) == [] and kinds(todos["0.7"]) == ["difference"]
    above = todos["0.7"][0]["difference"]
    assert above[0] == "./unemployment-rate-wales" and "source" in above[1]
    below = todos["-2.3"][0]["difference"]
    assert below[0] == "./employment-rate-wales" and "source" in below[1]  # signed: rate − average = −2.3
    assert failing == []


def test_an_average_stated_in_the_text_is_not_asked_for(tmp_path: Path) -> None:
    text = "Regional labour market, 2019\n\nThe unemployment rate in Wales was 4.5 percent, 0.7 points more.\n"
    _, _, todos = run_text(tmp_path, text)
    assert todos["0.7"] == []
