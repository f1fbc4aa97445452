"""A rate the text says its stated levels translate to: the smaller level's share of the larger;
with one level stated, its share of a whole from outside; with three, nothing (which two is not
said); without the words of derivation, nothing."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TWO = (
    "Labor force survey, April 2018\n\n"
    "The labor force was estimated at 43.256 million with the household population of 15 years old and over "
    "registered at 71.014 million. This translates to a labor force participation rate (LFPR) of 60.9 percent.\n"
)


def test_a_rate_the_two_levels_translate_to_is_a_share(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TWO)
    assert kinds(drafted["60.9"]) == ["share"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, TWO.replace("60.9 percent", "66.9 percent"))
    assert failing == ["share"]


def test_one_level_asks_for_the_whole(tmp_path: Path) -> None:
    text = (
        "Labour force survey, December 2020\n\n"
        "The number of people active on the labour market was 207,700 in December 2020, which is equivalent "
        "to an activity rate of 79.3%.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["79.3"]) == [] and kinds(todos["79.3"]) == ["share"]
    assert "source" in todos["79.3"][0]["share"]["whole"]
    assert failing == []


def test_three_levels_or_no_words_of_derivation_draft_nothing(tmp_path: Path) -> None:
    three = TWO.replace("registered at 71.014 million.", "registered at 71.014 million, of whom 40.9 million worked.")
    drafted, _, todos = run_text(tmp_path, three)
    assert kinds(drafted["60.9"]) == [] and kinds(todos["60.9"]) == []
    plain = TWO.replace("This translates to a labor force participation rate (LFPR) of", "The rate was")
    drafted, _, todos = run_text(tmp_path, plain)
    assert kinds(drafted["60.9"]) == [] and kinds(todos["60.9"]) == []
