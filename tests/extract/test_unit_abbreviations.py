"""Abbreviations of units as European releases print them."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units


def test_p_p_with_a_space_is_percentage_points(tmp_path):
    text = "In March 2020 employment decreased and brought the employment rate to 58.8% (-0.1 p. p.).\n"
    assert ("-0.1", "p. p.") in drafted_units(tmp_path, text)
