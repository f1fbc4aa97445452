"""A release's head and notes hold numbers that are no statistics: the issuer's address line (postal
code, street number, telephone, post-office box), a date with a comma after its month, a release
number of dotted parts, a footnote mark after the year of a title or after a sentence's full stop,
and a note's mark in a bulleted list. A figure grouped into millions by spaces is no telephone number,
and the noun phrase after it is what it counts.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods


def test_an_address_line_with_a_telephone_number_is_furniture(tmp_path: Path) -> None:
    text = "21000 SPLIT, MARMONTOVA 7, TEL.: +385 21 555-123, P.O. Box 12, CROATIA\n\nSales rose by 3.1%."
    assert drafted_units(tmp_path, text) == [("3.1", "%")]


def test_a_post_office_box_alone_is_furniture(tmp_path: Path) -> None:
    assert drafted_units(tmp_path, "Write to P.O.B. 45 in Split. Sales rose by 3.1%.") == [("3.1", "%")]


def test_a_date_with_a_comma_after_its_month_is_no_count(tmp_path: Path) -> None:
    text = "SPLIT, 3 MARCH, 2011\n\nIn January 2011 sales rose by 3.1%."
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["3.1"]


def test_a_release_number_of_dotted_parts_is_furniture(tmp_path: Path) -> None:
    text = "RELEASE NO.: 7.2.5/11.\n\nSales rose by 3.1%. Code 3.2.1 applies.\n\nThere were 1.074.552 visitors."
    assert drafted_units(tmp_path, text) == [("3.1", "%"), ("1,074,552", "visitors")]


def test_footnote_marks_after_a_titles_year_and_a_full_stop(tmp_path: Path) -> None:
    text = (
        "RETAIL TRADE, MARCH 2011 2)\n\n"
        "Sales rose by 3.1% year-on-year and by 0.4% month-on-month.3)\n\n"
        "• 2) turnover is deflated by the retail price index\n\n"
        "• 3) adjusted data are revised monthly"
    )
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["3.1", "0.4"]


def test_a_figure_grouped_into_millions_is_no_telephone_number(tmp_path: Path) -> None:
    text = "Guests spent 12 204 517 hotel nights in March 2011, in 2 431 907 stays."
    assert drafted_units_periods(tmp_path, text) == [
        ("12204517", "hotel nights", "2011-03"),
        ("2431907", "stays", "2011-03"),
    ]
    # a telephone number keeps its groups of four or its leading zero
    assert drafted_units(tmp_path, "Call 1300 175 070 or 021 555 1234 for sales, up 3.1%.") == [("3.1", "%")]
