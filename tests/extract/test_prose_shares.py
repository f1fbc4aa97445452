"""English shares written "N …, or X% of the W" and "which is equivalent to X% of the W": a complete
`share` when the text states W, an outside placeholder when it does not; a change restated in
percent ("by 368,000, or 2.2 percent") is no share."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

STATED = (
    "Labour force survey, December 2020\n\n"
    "The labour force was 207,700 people in December 2020. An estimated 12,400 people were unemployed in "
    "December 2020, or 6.0% of the labour force.\n"
)


def test_or_a_percent_of_a_whole_the_text_states_is_a_share(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, STATED)
    assert kinds(drafted["6.0"]) == ["share"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, STATED.replace("12,400", "14,400"))
    assert failing == ["share"]


def test_a_whole_the_text_does_not_state_is_a_source_placeholder(tmp_path: Path) -> None:
    text = (
        "Labour force survey, December 2020\n\n"
        "Around 31,800 individuals had an unmet need for employment, which is equivalent to 14.7% of the "
        "labour force and potential labour force.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["14.7"]) == [] and kinds(todos["14.7"]) == ["share"]
    whole = todos["14.7"][0]["share"]["whole"]
    assert "source" in whole and "labour force" in whole["series"]
    assert failing == []


def test_a_change_restated_in_percent_is_no_share(tmp_path: Path) -> None:
    text = "Employment survey, 2020\n\nEmployment fell by 368,000, or 2.2 percent, over the year.\n"
    drafted, _, todos = run_text(tmp_path, text)
    assert kinds(drafted["-2.2"]) == []
    # only the level before the change is asked for, not a whole named after "of"
    assert [t["share"]["whole"]["series"] for t in todos["-2.2"]] == ["FILL IN: the level before the change"]
    # "or" joining two alternatives is no share either
    text = "Survey, 2020\n\nAbout 5 or 6 percent of firms said they would hire.\n"
    drafted, _, todos = run_text(tmp_path, text)
    assert all(kinds(checks) == [] for checks in drafted.values())
    assert all(next(iter(t)) != "share" for items in todos.values() for t in items)


SHARE_OF_FIGURE = (
    "Employment, 2019\n\nWomen accounted for 46.8 percent of the 151.2 million employed, or 70.8 million.\n"
)


def test_a_share_of_the_figure_named_after_of_restated_as_a_number(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, SHARE_OF_FIGURE)
    assert kinds(drafted["46.8"]) == ["share"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, SHARE_OF_FIGURE.replace("70.8 million", "76.8 million"))
    assert failing == ["share"]


def test_a_share_with_its_part_not_stated_asks_for_the_part(tmp_path: Path) -> None:
    text = "Employment, 2019\n\nWomen accounted for 46.8 percent of the 151.2 million employed.\n"
    drafted, _, todos = run_text(tmp_path, text)
    assert kinds(drafted["46.8"]) == []
    share = todos["46.8"][0]["share"]
    assert share["whole"] == "./women-2" and "source" in share["part"]
