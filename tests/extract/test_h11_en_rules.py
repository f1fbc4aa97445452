"""English forms of held-out set h11: a list of declines led by "the groups which decreased were:", a
change "by 0.5 of a point", an index level written in points, numbers in words before a percent or
percentage points (their sign from their words), hours worked, a telephone number with its area
code in brackets and a screen capture's caption.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units


def test_a_list_led_by_which_decreased_were_lists_declines(tmp_path: Path) -> None:
    text = (
        "Among the items which decreased were: Rice by 2.2 points or 1.1 per cent; Sugar by 0.4 of a point "
        "or 0.3 per cent; and Soap by 3.0 points or 2.5 per cent.\n"
        "The items which increased were: Tea by 1.7 points or 0.8 per cent.\n"
    )
    assert drafted_units(tmp_path, text) == [
        ("-2.2", "points"),
        ("-1.1", "per cent"),
        ("-0.4", "points"),
        ("-0.3", "per cent"),
        ("-3.0", "points"),
        ("-2.5", "per cent"),
        ("1.7", "points"),
        ("0.8", "per cent"),
    ]


def test_a_change_of_a_percentage_point_in_words_after_the_figure(tmp_path: Path) -> None:
    text = "The jobless rate went up by 0.6 of a percentage point over the quarter."
    assert drafted_units(tmp_path, text) == [("0.6", "percentage points")]


def test_an_index_level_written_in_points_has_no_unit(tmp_path: Path) -> None:
    text = (
        "The Consumer Price Index for June stood at 211.8 points, a rise of 0.6 per cent over May, "
        "which was 210.5 points.\n"
        "Footwear remained constant at 98.4 points.\n"
        "The contribution of investment rose by 0.2 points, standing at 0.9 points.\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert ("211.8", None) in drafted and ("210.5", None) in drafted and ("98.4", None) in drafted
    assert ("0.9", "percentage points") in drafted  # a contribution to growth at a level: no index level


def test_numbers_in_words_before_a_percent_carry_the_sign_of_their_words(tmp_path: Path) -> None:
    text = (
        "Participation was down by four percentage points on the year. "
        "Bookings saw a sharp fall of five percent in June. "
        "Fares rose by 3.2 points or one per cent."
    )
    drafted = drafted_units(tmp_path, text)
    assert ("-four", "percentage points") in drafted
    assert ("-five", "percent") in drafted
    assert ("one", "per cent") in drafted


def test_figures_of_hours_worked_are_hours(tmp_path: Path) -> None:
    text = "Mean hours worked per week fell from 42 to 39 over the year."
    assert drafted_units(tmp_path, text) == [("42", "hours"), ("39", "hours")]


def test_a_telephone_number_and_a_screen_capture_caption_are_no_statistics(tmp_path: Path) -> None:
    text = "Call us\n(345) 5521 300\nScreen capture 1022019 093015 AM\nArrivals grew by 12 percent in May.\n"
    assert drafted_units(tmp_path, text) == [("12", "percent")]
