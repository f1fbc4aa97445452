"""Batch x: a pipe table whose header spans two lines over cells apart by spaces; the margin-of-error
columns of a table; counts in brackets, definitions and sample sizes in a labour force survey."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts
from tests.extract.drafting_support import not_verified as _not_verified

from factcheck.checks.citation import quote_has_number
from factcheck.grammar.tables import cells, header_units, table_values

PRICES = (
    "The price index for the country in May 2011 was 101.2, up 0.3% from the previous month.\n\n"
    "Table 1   Country, May 2011\n\n"
    "------------------ | ---------- ---------- ----------\n\n"
    "| Index Monthly  Annual\n\n"
    "|   Change(%) Change(%)\n\n"
    "------------------ | ---------- ---------- ----------\n\n"
    "(Major Groups) |\n\n"
    "All items | 101.2   0.3   -2.4\n\n"
    "Bread and cereals | 97.5   -1.6   3.8\n\n"
    "|\n\n"
    "Goods | 98.8   0.0   1.1\n"
)


def test_a_cell_of_figures_apart_by_spaces_is_one_cell_per_figure() -> None:
    assert [c.text for c in cells("All items | 101.2   0.3   -2.4")] == ["All items", "101.2", "0.3", "-2.4"]
    assert [c.text for c in cells("Exports | 1 692.3")] == ["Exports", "1 692.3"]  # one space: one figure
    assert [c.text for c in cells("Note | see 2 and 3")] == ["Note", "see 2 and 3"]


def test_a_header_line_of_labels_each_with_its_unit_names_one_column_each() -> None:
    units = header_units("|   Change(%) Change(%)")
    assert units is not None and [u.unit if u else None for u in units] == [None, "%", "%"]
    assert header_units("| Index Monthly  Annual") is None  # no unit named


def test_change_columns_under_a_two_line_header_are_percent_and_verify(tmp_path) -> None:
    drafts = _drafts(tmp_path, PRICES)
    for value in ("-2.4", "-1.6", "3.8", "0.0", "1.1"):
        assert (value, "%") in drafts
    assert ("101.2", "%") not in drafts and ("97.5", "%") not in drafts  # the index column names no unit
    assert not _not_verified(tmp_path)
    quote = "|   Change(%) Change(%)\n--- | --- ---\n(Major Groups) |\nBread and cereals | 97.5   -1.6   3.8"
    assert ("3.8", "%") in [(v, u.unit) for v, u in table_values(quote)]
    assert quote_has_number(quote, "3.8")
    assert table_values("Bread and cereals | 97.5   -1.6   3.8") == []  # no header: no unit


def test_a_sentence_line_ends_the_table_of_a_two_line_header(tmp_path) -> None:
    text = PRICES + "\nThe figures for 2011 are 4.5   6.1 in the annex.\n\nWages | 3.0   2.2   1.9\n"
    drafts = _drafts(tmp_path, text)
    assert ("2.2", "%") not in drafts and ("1.9", "%") not in drafts


MARGINS = (
    "Around 209,000 people were on the labour market in January 2021.\n\n"
    "Table 1. Labour market in January | ||||||\n\n"
    "CI | CI | CI | ||||\n\n"
    "2019 | (±95%) | 2020 | (±95%) | 2021 | (±95%) | |\n\n"
    "Hours of work | 39.5 | 1.3 | 38.2 | 1.2 | 37.7 | 1.4 |\n"
)


def test_cells_under_a_margin_of_error_column_are_not_drafted(tmp_path) -> None:
    values = [v for v, _ in _drafts(tmp_path, MARGINS)]
    assert {"39.5", "38.2", "37.7"} <= set(values)
    assert not {"1.3", "1.2", "1.4"} & set(values)


def test_a_table_without_margin_columns_keeps_every_cell(tmp_path) -> None:
    text = MARGINS.replace("(±95%)", "Change")
    values = [v for v, _ in _drafts(tmp_path, text)]
    assert {"39.5", "1.3", "38.2", "1.2", "37.7", "1.4"} <= set(values)


def test_a_count_in_brackets_after_a_name_is_drafted_and_a_code_is_not(tmp_path) -> None:
    text = (
        "Employment grew most in the northern regions, led by Region IV (218,000) and Region II (97,000).\n\n"
        "Retail sales excluding motor vehicles (4711, 472) rose by 2.1% in the month.\n"
    )
    values = [v for v, _ in _drafts(tmp_path, text)]
    assert "218,000" in values and "97,000" in values
    assert "4711" not in values and "472" not in values


def test_hours_that_define_a_class_of_workers_are_not_drafted(tmp_path) -> None:
    text = (
        "Full-time workers (those who worked 40 hours and over in a week) rose by 1.2 million, while part-time "
        "workers (those working less than 40 hours in a week) fell by 0.8 million.\n\n"
        "Employees worked 41.5 hours a week on average in the month.\n"
    )
    values = [v for v, _ in _drafts(tmp_path, text)]
    assert values.count("40") == 0
    assert "41.5" in values


def test_a_sample_size_is_not_drafted_but_a_count_of_households_is(tmp_path) -> None:
    text = (
        "The survey adopted a design which has a sample size of approximately 52,000 households.\n\n"
        "The number of households receiving aid rose to 52,400 in the quarter.\n"
    )
    values = [v for v, _ in _drafts(tmp_path, text)]
    assert "52,000" not in values and "52,400" in values


def test_an_age_range_after_a_population_noun_is_not_drafted(tmp_path) -> None:
    text = "Chart 2 — Labour force 16–74 years — March 2021, unadjusted.\n\nEmployment rose by 16,400.\n"
    assert [v for v, _ in _drafts(tmp_path, text)] == ["16,400"]
    text = "Chart 2 — Labour force data.\n\nThe survey ran for 12–14 years in all.\n"
    assert "12–14" in [v for v, _ in _drafts(tmp_path, text)]  # a range of years after no population noun
