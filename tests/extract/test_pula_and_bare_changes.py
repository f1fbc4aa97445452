"""A lone pula sign before an amount ("P6,052", "P 6,088") and a change written without its unit among
changes in percent ("recording an increase of 6.0")."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, not_verified


def test_a_letter_p_before_a_grouped_or_scaled_amount_is_the_pula(tmp_path: Path) -> None:
    text = "Average wages rose from P7,310 in March 2031 to P 7,452 in June 2031, and exports reached P2.4 billion."
    units = drafted_units(tmp_path, text)
    assert ("7,310", "BWP") in units and ("7,452", "BWP") in units and ("2.4 billion", "BWP") in units
    assert not_verified(tmp_path) == []


def test_a_letter_p_before_a_code_or_a_small_number_is_no_currency(tmp_path: Path) -> None:
    text = "Series P0318 was revised in 2031; see P 7 of the annex. Sales of 4,210 units were recorded."
    assert all(unit != "BWP" for _, unit in drafted_units(tmp_path, text))


def test_a_bare_change_among_percent_changes_is_a_percent(tmp_path: Path) -> None:
    text = (
        "Employment in mining grew by 2.7 percent in 2031, while construction fell by 1.4 percent. "
        "Hiring under the works scheme drove the rise, recording an increase of 8.5."
    )
    assert ("8.5", "%") in drafted_units(tmp_path, text)
    assert not_verified(tmp_path) == []


def test_a_bare_change_beside_other_units_or_without_a_decimal_keeps_no_unit(tmp_path: Path) -> None:
    money = "Wages grew by 2.7 percent and output by $4.1 billion in 2031, recording an increase of 8.5."
    assert ("8.5", None) in drafted_units(tmp_path, money)
    whole = "Employment grew by 2.7 percent and hours by 1.4 percent in 2031, recording an increase of 600."
    assert ("600", "%") not in drafted_units(tmp_path, whole)
