"""English changes whose level the sentence before states ("There were 5 109 000 employed persons.
This was an increase of 148 000 persons compared with August 2016"; "The index was 104.35 … The index
decreased 0.3 percent from the preceding month"): a complete check under `x-todo`, the earlier
level a source placeholder; nothing when the sentence before names more than one level."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

RELEASE = (
    "Labour force survey, August 2017\n\n"
    "In August 2017, there were 5 109 000 employed persons aged 15–74, not seasonally adjusted. "
    "This was an increase of 148 000 persons compared with August 2016.\n\n"
    "The number of hours worked averaged 133.4 million per week. "
    "According to calendar adjusted figures this was an increase of 2.9 percent.\n\n"
    "The Consumer Price Index was 104.35 in August 2017. The index decreased 0.3 percent from the "
    "preceding month and rose 1.3 percent from the same month of the previous year.\n"
)


def test_a_change_pointing_back_is_of_the_level_before(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, RELEASE)
    assert all(kinds(checks) == [] for checks in drafted.values())
    difference = todos["148000"][0]["difference"]
    assert difference[0] == "./para2-5109000" and "August 2016" in difference[1]["period"]
    assert todos["2.9"][0]["growth"]["to"] == "./hours-worked-averaged"
    assert "the preceding month)" in todos["-0.3"][0]["growth"]["from"]["period"]
    assert todos["1.3"][0]["growth"]["to"] == todos["-0.3"][0]["growth"]["to"]
    assert failing == []


def test_two_levels_before_leave_the_change_alone(tmp_path: Path) -> None:
    text = (
        "Labour force survey, August 2017\n\n"
        "There were 5 109 000 employed and 326 000 unemployed persons. "
        "This was an increase of 148 000 persons compared with August 2016.\n"
    )
    _, _, todos = run_text(tmp_path, text)
    assert todos["148000"] == []


def test_a_change_with_its_own_base_is_not_this_patterns(tmp_path: Path) -> None:
    text = (
        "Consumer prices, August 2017\n\n"
        "The Consumer Price Index was 104.35 in August 2017. It was 1.2 percent higher than 103.11 a year ago.\n"
    )
    _, _, todos = run_text(tmp_path, text)
    assert all(kinds(items) != ["growth"] for items in todos.values())
