"""Shares and totals whose whole is stated earlier in other words or without its unit word."""

from __future__ import annotations

from tests.extract.test_infer import relations

_CENSUS = (
    "The 2020 census puts the total population (resident) at 4,210,000 up from 3,650,000 in 2010.\n"
    "A population of 1,980,000 are children, representing 47 percent of the total population. "
    "1,050,000 people live in towns representing 25 percent of the population while the rest (3,160,000) "
    "live in villages representing 75 percent of the total population.\n"
)


def test_a_share_of_the_total_population_stated_paragraphs_before() -> None:
    checks, todos = relations(_CENSUS)
    assert ("47", "share", ("1,980,000", "4,210,000")) in checks
    assert ("25", "share", ("1,050,000", "4,210,000")) in checks
    assert ("75", "share", ("3,160,000", "4,210,000")) in checks
    assert not {kind for value, kind in todos if value in ("47", "25", "75")}


def test_the_whole_of_another_year_or_a_smaller_figure_is_never_taken() -> None:
    text = _CENSUS.replace("at 4,210,000 up from 3,650,000 in 2010", "in 2010 at 3,650,000")
    checks, _ = relations(text)
    assert not [c for c in checks if c[0] in ("47", "25", "75") and c[1] == "share"]


def test_a_figure_after_of_is_not_introduced_by_the_name() -> None:
    text = (
        "A population of 2,400,000 live in the north. 600,000 people live in the hills, "
        "representing 20 percent of the population.\n"
    )
    checks, _ = relations(text)
    assert not [c for c in checks if c[0] == "20"]


def test_out_of_which_with_the_unit_word_only_on_the_parts() -> None:
    text = (
        "In 2022 the labour force reached 842.6 thousand, out of which 451.3 (53.6%) thousand persons were"
        " males and 391.3 (46.4%) thousand persons were females.\n"
    )
    checks, _ = relations(text)
    assert ("842.6 thousand", "sum", ("451.3 thousand", "391.3 thousand")) in checks
    assert ("53.6", "share", ("451.3 thousand", "842.6 thousand")) in checks


def test_out_of_which_with_a_bare_total_and_a_third_group_is_no_partition() -> None:
    text = (
        "In 2022 the labour force reached 842.6 thousand, out of which 451.3 thousand persons were males and"
        " 391.3 thousand persons were females and 12.0 thousand persons were children.\n"
    )
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "sum"]


def test_men_and_women_in_one_sentence_joined_by_while() -> None:
    text = (
        "The 2021 census puts the total population at 6,400,000. "
        "The population for males is 3,100,000 representing 48 percent of the total population while the"
        " population for females is 3,300,000 representing 52 percent of the total population.\n"
    )
    checks, _ = relations(text)
    assert ("6,400,000", "sum", ("3,100,000", "3,300,000")) in checks


def test_the_base_of_a_comparison_is_never_the_total_of_the_two_sides() -> None:
    text = (
        "The survey put the households at 820,000, up from 700,000 a decade before. Urban households numbered"
        " 300,000 while rural households numbered 520,000.\n"
    )
    checks, _ = relations(text)
    assert ("700,000", "sum", ("300,000", "520,000")) not in checks
    assert ("820,000", "sum", ("300,000", "520,000")) in checks
