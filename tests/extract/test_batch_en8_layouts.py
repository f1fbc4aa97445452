"""English releases of helper en8: counted noun phrases, thousands grouped by points, a thousands
header, a decimal before a month, numbered releases and zero-padded year spans, a quoted name
between a decline and its figure."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts
from tests.extract.drafting_support import not_verified

from factcheck.extract.countnouns import plural_noun_end
from factcheck.extract.numbers import find_numbers


def test_a_noun_phrase_of_modifiers_and_a_plural_names_the_count(tmp_path) -> None:
    text = (
        "The harbour handled 3.4 million container moves in May. It counted 812,000 cruise passengers, "
        "against 790,000 passengers a year earlier. Some 15 ports reported delays.\n\n"
        "Cruise calls brought most ferry visitors to the coast: 61,020 ferry visitors in May.\n\n"
        "The coast has 1,204 research stations.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("3.4 million", "container moves") in drafts  # after a scale word
    assert ("812,000", "cruise passengers") in drafts  # its head counted by another figure
    assert ("61,020", "ferry visitors") in drafts  # the phrase named before
    assert ("15", "ports") in drafts  # "reported delays" is no part of it
    assert ("1,204", None) in drafts  # a phrase named once after a bare number may be a name


def test_a_modifier_is_a_plain_lower_case_word() -> None:
    assert plural_noun_end(" from imports", 0, " from imports") is None  # a function word
    assert plural_noun_end(" regions reported increases", 0, " regions reported increases") == len(" regions")
    written = " Metal Components"  # the next row's name in a flattened table, not what is counted
    assert plural_noun_end(written.lower(), 0, written) is None


def test_the_highest_number_of_names_what_a_bare_figure_counts(tmp_path) -> None:
    text = "The largest number of ferry crossings was made on the northern route (41% or 220,310).\n"
    assert ("220,310", "ferry crossings") in _drafts(tmp_path, text)


def test_thousands_grouped_by_points_are_one_number() -> None:
    numbers = find_numbers("Lakeside towns had 2.305.118 visits, up from 2.1 million; code 1.5.2.")
    assert [n.text for n in numbers][:2] == ["2,305,118", "2.1 million"]
    assert "1,005,002" not in [n.text for n in find_numbers("Section 1.005.002a")]


def test_a_thousands_header_scales_the_money_figure_after_it(tmp_path) -> None:
    text = (
        "Latest figures\n\nMarch 2021 Exports\nExports (US'000) $61,250\nApril 2021 Imports\n"
        "Imports ('000) 8,410\nPort dues (US'000) $2,375\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("61,250 thousand", "$") in drafts and ("2,375 thousand", "$") in drafts
    assert ("8,410 thousand", None) in drafts
    assert not [d for d in drafts if d[0].startswith("000")]


def test_the_decimals_of_a_figure_are_no_day_of_the_month(tmp_path) -> None:
    text = "Retail index\n\nRetail Sales Index\nMay 2020 - 101.7\nJune 2020 - 103.4 July 2020 - 104.9\n"
    drafts = _drafts(tmp_path, text)
    assert {("101.7", None), ("103.4", None), ("104.9", None)} <= set(drafts)


def test_a_numbered_release_and_a_zero_padded_year_span_are_no_statistics(tmp_path) -> None:
    text = (
        "Press release: 14.207-088/21\n\nExports rose 3.2% in March 2021.\n\n"
        "Archive of Trade Tables 05-12 Exports grew 1.1%.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert sorted(drafts) == [("1.1", "%"), ("3.2", "%")]


def test_a_quoted_name_may_stand_between_a_decline_and_its_figure(tmp_path) -> None:
    text = "The decline in the index for the group ‘Clothing and Footwear’ of 1.4 per cent offset the rise.\n"
    assert ("-1.4", "per cent") in _drafts(tmp_path, text)


def test_the_drafts_of_a_thousands_header_and_point_groups_verify_their_quotes(tmp_path) -> None:
    text = (
        "Latest figures\n\nExports (US'000) $61,250 in March 2021.\n\n"
        "Lakeside towns recorded 2.305.118 overnight stays, more overnight stays than a year before.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("61,250 thousand", "$") in drafts and ("2,305,118", "overnight stays") in drafts
    assert not_verified(tmp_path) == []
