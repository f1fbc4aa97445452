"""English changes stated with both levels in other words: "went up by N (r%) from A in 2017 to B",
"a decrease of N (r%) from A to B", "was L, an increase of N (r%) from the E". Each relation is
drafted complete, holds on the text as written and fails when one digit is changed."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

FROM_TO = (
    "Labour force survey, April 2018\n\n"
    "The number of full-time workers went up by 3.297 million (13.5%) from 24.497 million in 2017 to "
    "27.794 million in 2018, while part-time workers recorded a decrease of 2.544 million (-16.7%) from "
    "15.215 million to 12.671 million.\n"
)
UP_FROM = (
    "Labour force survey, April 2018\n\n"
    "The total number of employed persons was estimated at 40.896 million, an increase of 625,000 (1.6%) "
    "from the 40.271 million employed in the same period last year.\n"
)


def test_a_change_and_its_rate_before_from_a_to_b_with_a_year_between(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, FROM_TO)
    assert kinds(drafted["3.297 million"]) == ["difference"]
    assert kinds(drafted["13.5"]) == ["growth"]
    assert kinds(drafted["-2.544 million"]) == ["difference"]
    assert kinds(drafted["-16.7"]) == ["growth"]
    assert failing == []
    # the earlier level is in the text: no outside level is asked for
    assert todos["13.5"] == [] and todos["-16.7"] == []


def test_a_changed_digit_in_a_level_fails_the_difference_and_the_growth(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, FROM_TO.replace("27.794", "27.894"))
    assert sorted(failing) == ["difference", "growth"]


def test_a_level_then_an_increase_with_its_rate_from_the_earlier_level(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, UP_FROM)
    assert drafted["625,000"] and kinds(drafted["625,000"]) == ["difference"]
    assert kinds(drafted["1.6"]) == ["growth"]
    assert failing == [] and todos["1.6"] == []
    _, failing, _ = run_text(tmp_path, UP_FROM.replace("(1.6%)", "(1.9%)"))
    assert failing == ["growth"]
    _, failing, _ = run_text(tmp_path, UP_FROM.replace("625,000", "652,000"))
    assert failing == ["difference"]


def test_no_level_relation_when_the_words_do_not_tie_the_figures(tmp_path: Path) -> None:
    # a year between "from" and "to" is allowed; another figure or a clause is not
    other = "Sales went up by 3.2 million (13.5%) from 24.5 million in 2017, and 27.8 million were exported.\n"
    drafted, _, _ = run_text(tmp_path, "Trade, 2018\n\n" + other)
    assert all(kinds(checks) == [] for checks in drafted.values())
    # "L, an increase of N (r%)" with no earlier level after it: the earlier level is L − N, in the text
    alone = "Employment was 40.9 million, an increase of 625,000 (1.6%) over the year.\n"
    drafted, failing, todos = run_text(tmp_path, "Survey, 2018\n\n" + alone)
    assert kinds(drafted["1.6"]) == ["formula"] and todos.get("1.6", []) == [] and failing == []


LEVEL_THEN_CHANGE = (
    "Employment, September 2019\n\n"
    "The number of employed persons totaled 27,404 thousand persons in September, which went up 348 thousand "
    "persons or 1.3 percent year-on-year.\n\n"
    "The economically inactive population totaled 16,285 thousand people in September, increasing 127 thousand "
    "persons or 0.8 percent year-on-year.\n"
)


def test_a_level_then_its_change_and_rate_gives_the_rate_over_the_earlier_level(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, LEVEL_THEN_CHANGE)
    assert kinds(drafted["1.3"]) == ["formula"] and kinds(drafted["0.8"]) == ["formula"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, LEVEL_THEN_CHANGE.replace("348 thousand", "448 thousand"))
    assert failing == ["formula"]


def test_a_level_and_a_change_in_other_sentences_are_not_tied(tmp_path: Path) -> None:
    text = (
        "Employment, September 2019\n\n"
        "The number of employed persons totaled 27,404 thousand persons in September. Hiring went up "
        "348 thousand persons or 1.3 percent year-on-year.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert kinds(drafted["1.3"]) == []


RATE_YEAR_ON_YEAR = (
    "Employment, September 2019\n\n"
    "The employment-population ratio recorded 61.5 percent in September, up 0.3%p year-on-year.\n\n"
    "The unemployment rate marked 3.1 percent in September, down 0.5%p year-on-year.\n"
)


def test_a_rate_change_year_on_year_needs_the_earlier_rate_from_outside(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, RATE_YEAR_ON_YEAR)
    assert kinds(drafted["0.3"]) == [] and kinds(todos["0.3"]) == ["difference"]
    assert kinds(todos["-0.5"]) == ["difference"]
    outside = todos["-0.5"][0]["difference"]
    assert outside[0] == "./unemployment-rate-marked" and "source" in outside[1]
    assert failing == []


def test_a_change_with_no_period_compared_asks_for_nothing(tmp_path: Path) -> None:
    text = "Employment, September 2019\n\nThe unemployment rate marked 3.1 percent in September, down 0.5%p.\n"
    _, _, todos = run_text(tmp_path, text)
    assert todos["-0.5"] == []


BY_TO_COMPARED = (
    "Employment, March 2019\n\n"
    "Employment increased by 196,000 to 151.2 million, compared with 151.0 million in February.\n\n"
    "The deficit was $45.2 billion, down from $49.4 billion in February, a decrease of $4.2 billion.\n"
)


def test_a_change_beside_both_levels_in_other_orders(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, BY_TO_COMPARED)
    assert kinds(drafted["196,000"]) == ["difference"]
    assert kinds(drafted["-4.2 billion"]) == ["difference"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, BY_TO_COMPARED.replace("$49.4 billion", "$48.4 billion"))
    assert failing == ["difference"]
    _, failing, _ = run_text(tmp_path, BY_TO_COMPARED.replace("151.0 million", "150.0 million"))
    assert failing == ["difference"]


def test_words_that_disagree_or_another_figure_between_draft_nothing(tmp_path: Path) -> None:
    text = (
        "Trade, March 2019\n\n"
        "The deficit was $45.2 billion, down from $49.4 billion in February, an increase of $4.2 billion.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert all(kinds(checks) == [] for checks in drafted.values())
    text = "Jobs, 2019\n\nEmployment increased by 196,000 to 151.2 million, while 6.2 million were unemployed.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert all(kinds(checks) == [] for checks in drafted.values())


def test_a_growth_from_a_period_whose_level_is_not_stated_asks_for_it(tmp_path: Path) -> None:
    text = (
        "Retail trade, March 2019\n\n"
        "Retail sales were $512.3 billion in March, up 1.6 percent from February and up 3.6 percent from March 2018.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["1.6"]) == [] and kinds(todos["1.6"]) == ["growth"]
    growth = todos["3.6"][0]["growth"]
    assert growth["to"] == "./retail-sales" and "March 2018" in growth["from"]["period"]
    assert failing == []
    # a growth with no level before it in its sentence asks for both levels, of the series its words name
    text = "Retail trade, March 2019\n\nSales were up 2.9 percent from the same period a year ago.\n"
    _, _, todos = run_text(tmp_path, text)
    (growth,) = todos["2.9"]
    assert growth["growth"]["to"]["series"] == "FILL IN: the level of Sales"
    assert "same period a year ago" in growth["growth"]["from"]["period"]


AGAINST = (
    "Labor force survey, April 2018\n\n"
    "The country's labor force was estimated at 43.256 million with the total household population of 15 years "
    "old and over registered at 71.014 million. This translates to a labor force participation rate (LFPR) of "
    "60.9 percent, slightly down by 0.5 percentage point from the LFPR of 61.4 percent in April 2017. The labor "
    "force increased by 542,000 (1.3%) as against 42.714 million in April 2017.\n"
)


def test_a_rate_then_its_change_in_points_from_the_earlier_rate(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, AGAINST)
    assert kinds(drafted["-0.5"]) == ["difference"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, AGAINST.replace("61.4 percent", "61.8 percent"))
    assert failing == ["difference"]


def test_a_change_against_an_earlier_level_takes_the_level_of_the_same_subject(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, AGAINST)
    (difference,) = drafted["542,000"]
    # the labour force's level, not the household population's stated nearer to it
    assert difference == {"difference": ["./country-labor-force", "./against"]}
    assert kinds(drafted["1.3"]) == ["growth"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, AGAINST.replace("542,000", "642,000"))
    assert failing == ["difference"]


def test_a_change_against_an_earlier_level_with_no_level_of_its_subject_drafts_nothing(tmp_path: Path) -> None:
    text = AGAINST.replace("The labor force increased", "Employment increased")
    drafted, _, _ = run_text(tmp_path, text)
    assert kinds(drafted["542,000"]) == [] and kinds(drafted["1.3"]) == []


TWO_LEVELS_AND_RATE = (
    "Trade, March 2019\n\n"
    "Sales increased from $64.7 billion in February to $68.9 billion in March, a rise of 6.5 percent.\n\n"
    "Exports were $68.9 billion, 6.5% higher than in February ($64.7 billion).\n\n"
    "Imports totalled $70.1 billion in March, compared with $66.0 billion in February, an increase of 6.2 percent.\n"
)


def test_a_rate_beside_two_levels_in_other_orders_is_their_growth(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TWO_LEVELS_AND_RATE)
    assert kinds(drafted["6.5"]) == ["growth", "growth"]  # the first two releases' rates
    assert kinds(drafted["6.2"]) == ["growth"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, TWO_LEVELS_AND_RATE.replace("an increase of 6.2", "an increase of 8.2"))
    assert failing == ["growth"]


def test_a_rate_lower_than_the_earlier_level_is_a_negative_growth(tmp_path: Path) -> None:
    text = "Trade, March 2019\n\nExports were $64.7 billion, 6.1% lower than in February ($68.9 billion).\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["-6.1"]) == ["growth"] and failing == []
    # the text says lower where the levels rose: caught
    _, failing, _ = run_text(tmp_path, text.replace("$64.7 billion, 6.1%", "$72.7 billion, 6.1%"))
    assert failing == ["growth"]
