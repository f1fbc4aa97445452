"""English releases of batches z/z2: units read from row labels, tables and counted nouns."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts

from factcheck.extract.eventdates import event_date
from factcheck.grammar.flattables import english_unit
from factcheck.grammar.tables import ColumnUnit


def test_percent_in_brackets_inside_a_row_label_is_its_unit() -> None:
    assert english_unit("Change (%) to the previous quarter") == ColumnUnit("", "%")
    assert english_unit("Change (per cent) on a year earlier") == ColumnUnit("", "%")
    assert english_unit("Change (seasonally adjusted) to the previous quarter") is None  # a note, no unit
    assert english_unit("Sales (4711) in trade") is None  # a code


def test_signed_cells_of_a_flattened_row_take_the_row_label_unit(tmp_path) -> None:
    text = (
        "Seasonally adjusted GDP; constant prices\n\n"
        "2013 2014\n\n"
        "Change (%) to the previous quarter +0.3 +0.8 -0.9\n\n"
        "Change to the previous quarter +0.4 +0.6\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("0.3", "%") in drafts and ("0.8", "%") in drafts
    assert ("-0.9", "%") in drafts
    assert ("0.4", "%") not in drafts  # no unit named in the label: none guessed


def test_head_counts_livestock(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Beef cows, at 31.7 million head, were up 2 percent from a year ago.\n")
    assert ("31.7 million", "head") in drafts


def test_weight_and_size_classes_are_no_statistics(tmp_path) -> None:
    text = (
        "All heifers 500 pounds and over totaled 20.2 million head. Steers weighing 500 pounds totaled 16.4"
        " million head. The combined total of calves under 500 pounds and steers over 500 pounds (outside of"
        " feedlots) is 26.1 million head. Feedlots with capacity of 1,000 or more head held 11.5 million head.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert not [d for d in drafts if d[0] in ("500", "1,000")]
    assert ("20.2 million", "head") in drafts and ("26.1 million", "head") in drafts


def test_a_weight_measured_is_still_a_statistic(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Dressed weights averaged 820 pounds, and exports rose to 500 kilograms a head.\n")
    assert ("820", "pounds") in drafts or ("820", "lb") in drafts
    assert any(value == "500" for value, _ in drafts)


def test_nordic_and_swiss_currency_codes_before_the_number(tmp_path) -> None:
    text = (
        "Total liability decreased in August by SEK 18 billion, to SEK 7 480 billion. Borrowing in EUR"
        " decreased by SEK 3 billion, and lending rose by NOK 2.5 billion. Fees were CHF 40 million.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("-18 billion", "SEK") in drafts and ("7480 billion", "SEK") in drafts
    assert ("-3 billion", "SEK") in drafts and ("2.5 billion", "NOK") in drafts
    assert ("40 million", "CHF") in drafts


def test_a_code_glued_inside_a_word_is_no_currency(tmp_path) -> None:
    drafts = _drafts(tmp_path, "The NOSEK 18 index rose to 120.\n")
    assert not [d for d in drafts if d[1] == "SEK"]


def test_a_bullet_and_a_lone_number_is_no_statistic(tmp_path) -> None:
    text = "Statistical news\n\n• 18\n\nMonday 2017-09-18| Securities statistics\n\n• Exports rose 18 percent.\n"
    drafts = _drafts(tmp_path, text)
    assert ("18", None) not in drafts
    assert ("18", "percent") in drafts  # a bullet item that says something is read


def test_a_coverage_threshold_is_no_statistic(tmp_path) -> None:
    text = (
        "The monthly statistics cover hotels etc. with at least 40 beds and camping sites with a capacity of"
        " at least 75 guests per night. Hotels recorded 2,343,798 nights.\n\n"
        "The city ended the year with at least 300 deaths.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert not [d for d in drafts if d[0] in ("40", "75")]
    assert ("2,343,798", "nights") in drafts or any(v == "2,343,798" for v, _ in drafts)
    assert any(v == "300" for v, _ in drafts)  # after a noun that is no plural: a count, kept


def test_rows_of_change_under_an_index_and_percent_unit_line(tmp_path) -> None:
    text = (
        "Consumer Price Index in December 2018\n"
        "(2015=100, %)\n"
        "| 2016 | 2017 | 2018 |\n"
        "Index | 100.97 | 102.93 | 104.45 |\n"
        "Change over the previous year | 1.0 | 1.9 | 1.5\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("1.9", "%") in drafts and ("1.5", "%") in drafts
    assert ("102.93", None) in drafts  # the index row: no unit


def test_rows_of_change_without_a_percent_unit_line_get_no_unit(tmp_path) -> None:
    text = (
        "Consumer Price Index in December 2018\n(2015=100)\n| 2016 | 2017 |\n"
        "Index | 100.97 | 102.93 |\nChange over the previous year | 1.0 | 1.9\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("1.9", "%") not in drafts


def test_the_date_a_level_was_counted_is_no_event() -> None:
    def at(text: str) -> bool:
        return event_date(text, text.index("January"))

    assert not at("slightly above the 93.7 million head on January 1, 2017.")
    assert not at("the slaughter market totaled 14.0 million head on January 1, 2018.")
    assert not at("accounted for 82.0 percent of the total cattle on feed on January 1, 2018.")
    assert at("The Bank raised Bank Rate to 5.25% on January 3, 2023.")  # an event, after a figure
    assert at("The strike began on January 3, 2023.")
    assert not at("as of January 1, 2018, the inventory totaled 94.4 million head.")
