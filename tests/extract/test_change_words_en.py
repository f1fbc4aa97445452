"""Changes stated with both levels in wordings of smaller offices' releases (English)."""

from __future__ import annotations

from tests.extract.test_infer import relations


def test_a_change_and_its_percent_from_a_level_whose_unit_word_is_left_out() -> None:
    text = (
        "In the second quarter there were 318,400 such people, representing a decrease of 6,200 or 1.9 per cent"
        " from the 324,600 women who were employed in the same quarter of 2020.\n"
    )
    checks, _ = relations(text)
    assert ("-6,200", "difference", ("318,400", "324,600")) in checks
    assert ("-1.9", "growth", ("324,600", "318,400")) in checks


def test_points_moving_downwards_from_a_rate_to_its_current_level() -> None:
    text = (
        "Compared with a year earlier the jobless rate fell by 1.3 percentage points moving downwards from"
        " 8.4 per cent to its current level of 7.1 per cent, the office said.\n"
    )
    checks, _ = relations(text)
    assert ("-1.3", "difference", ("7.1", "8.4")) in checks


def test_a_level_then_a_decline_of_its_percent_or_the_change() -> None:
    text = "Exports of fish stood at USD 410 million in May 2022, a decline of (12%) or USD 56 million over May 2021.\n"
    checks, _ = relations(text)
    assert ("-12", "formula", ("-56 million", "410 million", "-56 million")) in checks


def test_a_level_then_a_percent_with_no_change_noun_is_left_alone() -> None:
    text = "Exports of fish stood at USD 410 million in May 2022, the total (12%) or USD 56 million was of tuna.\n"
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "formula"]
