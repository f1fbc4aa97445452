"""A change "or" its percent with both levels in the sentence; a share's whole named before the next clause."""

from __future__ import annotations

from tests.extract.relations_support import run_text

COMPARED = (
    "The herd of the island in 2024 numbered 48,200 goats, which represented an increase of 2,200 goats or"
    " 4.8 per cent when compared to the 46,000 goats counted in 2023.\n"
)
FROM_TO = (
    "Ferry crossings fell by 1,500 or 6.0 per cent in the winter, from a total of 25,000 crossings in autumn"
    " to 23,500 crossings.\n"
)
PERIODS = (
    "Harbour pilots were the largest contributor, with a decrease of 120 or 20 per cent where the first"
    " quarter 2022 figure was 600 and the second quarter 2022 total was 480.\n"
)


def _kinds(drafted: dict, value: str) -> list[str]:
    return [next(iter(c)) for c in drafted.get(value, [])]


def test_a_level_its_change_and_percent_then_the_level_compared_with(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, COMPARED)
    assert "difference" in _kinds(drafted, "2,200") and "growth" in _kinds(drafted, "4.8") and not failing


def test_a_wrong_change_or_percent_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, COMPARED.replace("2,200 goats", "2,700 goats"))
    assert "difference" in failing
    _, failing, _ = run_text(tmp_path, COMPARED.replace("4.8 per cent", "5.8 per cent"))
    assert "growth" in failing


def test_the_two_levels_after_from_and_to(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, FROM_TO)
    assert "difference" in _kinds(drafted, "-1,500") and "growth" in _kinds(drafted, "-6.0") and not failing


def test_the_two_levels_after_in_the_order_of_their_periods(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, PERIODS)
    assert "difference" in _kinds(drafted, "-120") and "growth" in _kinds(drafted, "-20") and not failing


def test_a_change_in_the_wrong_direction_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, COMPARED.replace("an increase of", "a decrease of"))
    assert "difference" in failing and "growth" in failing


def test_a_fourth_figure_after_the_percent_ties_nothing(tmp_path) -> None:
    text = FROM_TO.replace("to 23,500 crossings.", "to 23,500 crossings and 9,000 trucks.")
    drafted, failing, _ = run_text(tmp_path, text)
    assert not _kinds(drafted, "-1,500") and not failing


SEXES = (
    "The census put the total residents at 1,200,000, up from 1,000,000 in 2010. Men numbered 590,000"
    " representing 49 percent of the total residents while the residents who are women numbered 610,000"
    " representing 51 percent of the total residents.\n"
)


def test_a_share_of_the_whole_named_before_the_next_clause(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, SEXES)
    shares = [c["share"] for c in drafted.get("49", []) if "share" in c]
    assert shares and all(s["whole"] == shares[0]["whole"] for s in shares) and not failing
    _, failing, _ = run_text(tmp_path, SEXES.replace("590,000", "690,000"))
    assert "share" in failing


def test_the_figure_of_the_next_clause_is_never_the_whole(tmp_path) -> None:
    text = SEXES.replace("put the total residents at 1,200,000,", "counted 1,200,000 residents in all,")
    drafted, failing, _ = run_text(tmp_path, text)
    assert not [c for c in drafted.get("49", []) if "share" in c] and not failing
