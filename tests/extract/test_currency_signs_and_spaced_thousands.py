"""Layouts of English releases from statistics offices outside the big four: a local currency sign
before a scaled amount ("KSh 4.6 billion", "Rs 12.3 crore", "N$ 450 million"), thousands grouped by a
space ("36 000,", "(2 000 or 0.5%)"), and a table's unit named on a line of its own between a header
that spans lines and its rows ("Gross hourly earnings, HUF/person/hour")."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from tests.extract.drafting_support import drafted_units, not_verified

from factcheck.checks.citation import quote_has_number
from factcheck.extract.measureline import is_row, measure_unit
from factcheck.grammar.spacedgroups import spaced_figures
from factcheck.grammar.values import parse_quantity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Equities Market turnover declined to KSh 4.6 billion in February 2023.", ("4.6 billion", "KSh")),
        ("Sales rose to Rs 12.3 crore in 2022-23.", ("12.3 crore", "Rs")),
        ("The house cost Rs. 4.5 lakh in 2023.", ("4.5 lakh", "Rs")),
        ("Municipalities spent R 1.2 million in the quarter.", ("1.2 million", "ZAR")),
        ("Imports of fuel were N2,487.8 billion in Q3 2017.", ("2,487.8 billion", "NGN")),
        ("Exports reached €2.4bn in March 2024.", ("2.4bn", "€")),
        ("Imports were US$ 3.1 billion in March 2024.", ("3.1 billion", "US$")),
        ("The trade deficit widened to N$ 450 million in April 2022.", ("450 million", "N$")),
        ("Average earnings were HUF 2048 per hour in 2019.", ("2048", "HUF per hour")),
    ],
)
def test_a_currency_sign_before_the_amount_is_its_unit(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert expected in drafted_units(tmp_path, sentence)


def test_namibia_dollars_are_not_us_dollars(tmp_path: Path) -> None:
    units = [unit for _, unit in drafted_units(tmp_path, "The deficit stood at N$3.3 billion in April 2022.")]
    assert units == ["N$"]


def test_a_lone_letter_r_is_a_rand_only_before_a_scaled_amount(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "In Table R 5 the index rose 3.1% in 2022.")
    assert ("5", "ZAR") not in drafts and all(unit != "ZAR" for _, unit in drafts)


def test_a_lone_letter_n_is_a_naira_only_before_a_scaled_amount(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "Sales of N95 masks rose 3.1% in 2022; imports were N227.4 billion.")
    assert ("227.4 billion", "NGN") in drafts and all(
        unit != "NGN" for value, unit in drafts if value != "227.4 billion"
    )
    assert not_verified(tmp_path) == []


def test_naira_amounts_compare_with_naira_written_out() -> None:
    assert parse_quantity("1.5 billion", "naira").unit.dimension == parse_quantity("1.5 billion", "₦").unit.dimension


def test_a_decline_with_its_period_before_by_is_negative(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "Manufactured goods imports declined in Q4 2017 by 0.28% to N1,209.9 billion.")
    assert ("-0.28", "%") in drafts


def test_crore_and_lakh_scale_the_number() -> None:
    assert parse_quantity("12.3 crore", "Rs").interval.lo == Fraction(122_500_000)  # 12.25-12.35 crore
    assert parse_quantity("4.0 lakh", "Rs").interval.lo == Fraction(395_000)


@pytest.mark.parametrize("sign", ["KSh", "N$", "Rs"])
def test_a_fall_by_a_local_currency_amount_is_negative(tmp_path: Path, sign: str) -> None:
    drafts = drafted_units(tmp_path, f"Turnover fell by {sign} 3.2 billion in February 2023.")
    assert drafts == [("-3.2 billion", sign)]


def test_a_space_grouped_figure_before_a_comma_is_one_number(tmp_path: Path) -> None:
    text = "Full-time employment increased by 36 000, from 8 837 000 in June 2022 to 8 873 000 in September 2022."
    values = [value for value, _ in drafted_units(tmp_path, text)]
    assert values == ["36000", "8837000", "8873000"]


def test_a_space_grouped_count_is_never_a_year(tmp_path: Path) -> None:
    text = "This was due to increases in: transport (2 000 or 0.5%) and construction (1 000 or 0.2%)."
    assert [v for v, _ in drafted_units(tmp_path, text)] == ["2000", "0.5", "1000", "0.2"]


def test_a_decline_restated_in_brackets_after_or_keeps_its_sign(tmp_path: Path) -> None:
    text = "Part-time employment decreased by 26 000 or (2.3%) quarter-on-quarter in 2022."
    assert [v for v, _ in drafted_units(tmp_path, text)] == ["-26000", "-2.3"]
    assert not_verified(tmp_path) == []


def test_spaced_figures_are_read_group_by_group() -> None:
    assert spaced_figures("2019 2 048 2 575 1 815") == ["2048", "2575", "1815"]
    assert spaced_figures("1 234 567.8 tonnes and 106 742 persons") == ["1234567.8", "106742"]
    assert spaced_figures("1 234,5") == []  # a decimal comma: not a group of thousands


def test_a_quote_of_a_row_holds_each_space_grouped_cell() -> None:
    row = "2019 2 048 2 575 1 815 1 669 1 848 1 446"
    assert all(quote_has_number(row, value) for value in ("2048", "2575", "1815", "1669", "1848", "1446"))
    assert not quote_has_number(row, "2019 2")
    assert not quote_has_number(row, "5751")


def test_a_measure_line_names_a_currency_per_unit_of_time_or_person() -> None:
    assert measure_unit("Gross hourly earnings, HUF/person/houra") == "HUF/person/hour"  # footnote "a" dropped
    assert measure_unit("Average gross earnings, HUF/person/month") == "HUF/person/month"
    assert measure_unit("Change, %") == "%"
    assert measure_unit("Previous year = 100.0%") is None
    assert measure_unit("Hungary, ABC") is None  # no currency code
    assert measure_unit("Revenue in 2019, HUF") is None  # a line with a figure is no measure line
    assert is_row("2019 2 048 2 575 1 815") and is_row("Education 12.1 13.4")
    assert not is_row("Previous year = 100.0%") and not is_row("A–S O P Q QA QB")


_KSH_TABLE = """2.1.43. Gross hourly earnings of full time employees (2019–)
Year Economic branches together – without fostered workers Out of which:
Public administration and defence; compulsory social security Education Human health and social work activities \
out of which:
Human health activities Social work activities
A–S O P Q QA QB
Gross hourly earnings, HUF/person/houra
2019 2 048 2 575 1 815 1 669 1 848 1 446
2020 2 236 2 797 1 987 1 802 2 001 1 560
Previous year = 100.0%
2020 109.2 108.6 109.5 108.0 108.3 107.9
"""


def test_the_rows_under_a_measure_line_take_its_unit_and_their_quotes_verify(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, _KSH_TABLE)
    money = [value for value, unit in drafts if unit == "HUF/person/hour"]
    assert money == ["2048", "2575", "1815", "1669", "1848", "1446", "2236", "2797", "1987", "1802", "2001", "1560"]
    assert all(unit != "HUF/person/hour" for value, unit in drafts if value.startswith("10"))  # the indices
    assert not_verified(tmp_path) == []


def test_a_scale_word_broken_at_a_pdf_line_end_still_scales(tmp_path: Path) -> None:
    text = "The total number of shares traded decreased from 333 mil- lion to 170 million in February 2023."
    assert [v for v, _ in drafted_units(tmp_path, text)] == ["333 mil- lion", "170 million"]
    assert parse_quantity("333 mil- lion", None).interval.lo == Fraction(332_500_000)
    assert not_verified(tmp_path) == []


def test_the_points_of_a_share_index_are_index_points_not_percentage_points(tmp_path: Path) -> None:
    text = "The NSE 20 share index decreased from 1,657points in January 2023 to 1,647 points in February 2023."
    assert drafted_units(tmp_path, text) == [("1,657", "index points"), ("1,647", "index points")]
    assert drafted_units(tmp_path, "The unemployment rate fell 0.3 points in 2023.") == [
        ("-0.3", "percentage points")
    ]  # a rate's points


def test_the_number_in_an_index_name_after_its_acronym_is_no_figure(tmp_path: Path) -> None:
    text = "The Nairobi Securities Exchange (NSE) 20 share index decreased to 1,647 points in February 2023."
    assert [v for v, _ in drafted_units(tmp_path, text)] == ["1,647"]


def test_a_table_titles_part_number_is_no_figure(tmp_path: Path) -> None:
    text = "Gross hourly earnings of full time employees (2019–)*(4/4)\nGross hourly earnings, HUF/person/hour\n"
    assert drafted_units(tmp_path, text + "2019 2 048 2 575 1 815\n") == [
        ("2048", "HUF/person/hour"),
        ("2575", "HUF/person/hour"),
        ("1815", "HUF/person/hour"),
    ]


def test_a_bare_level_after_from_takes_the_currency_of_the_level_before(tmp_path: Path) -> None:
    text = "For the year 2031, exports of cocoa increased by 20.0% to N$1,200.0 million from 1,000.0 million in 2030."
    assert ("1,000.0 million", "N$") in drafted_units(tmp_path, text)
    assert not_verified(tmp_path) == []


def test_a_bare_figure_after_from_of_another_scale_keeps_no_unit(tmp_path: Path) -> None:
    text = "Exports of cocoa rose to N$1,200.0 million from 9,000 farms in the north in 2030."
    assert all(unit != "N$" for value, unit in drafted_units(tmp_path, text) if value == "9,000")
