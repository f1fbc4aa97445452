"""An English quarter named without its year ("In the second quarter, …") is the reference year's, or
the year before when it comes after the reference month."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

from factcheck.extract.numbers import fold_same_length
from factcheck.extract.timing import find_periods

OUTPUT = (
    "National Accounts, third quarter of 2031\n"
    "Real output grew 2.6 percent in the third quarter of 2031. In the second quarter, real output grew "
    "1.9 percent (first quarter grew by 0.7 percent, revised).\n"
)


def _periods(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_a_yearless_quarter_takes_the_reference_year(tmp_path: Path) -> None:
    periods = _periods(tmp_path, OUTPUT)
    assert periods["2.6"] == "2031-Q3"
    assert periods["1.9"] == "2031-Q2"
    assert periods["0.7"] == "2031-Q1"


def test_a_quarter_after_the_reference_month_is_last_years_and_quarter_on_quarter_is_no_period() -> None:
    text = "Sales in the fourth quarter rose, quarter-on-quarter, by 2%."
    found = find_periods(text, fold_same_length(text), 2031, 2)
    assert [(p.text, p.period) for p in found] == [("fourth quarter", "2030-Q4")]


def test_a_quarter_inside_a_closed_aside_is_not_the_next_figures(tmp_path: Path) -> None:
    text = (
        "Output, second quarter of 2031\n"
        "Output rose by 0.9% (after 0.3% in the first quarter), while services "
        "recorded a rise of 1.4%.\n"
    )
    assert _periods(tmp_path, text)["1.4"] == "2031-Q2"
