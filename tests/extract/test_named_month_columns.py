"""A table whose columns name months without a year ("| Dec | Jan | Feb"), split years ("2028-29")
beside them, group rows in capitals between its rows and "Inflation" rows printed without a % sign."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods, drafts_of, not_verified

from factcheck.grammar.namedmonthheader import named_month_periods

_TABLE = (
    "Table 4. Wholesale Price Index And Rate (2010-11 = 100)\n"
    "2032 Group | 2028-29 | 2029-30 | Dec | Jan | Feb\n"
    "URBAN\n"
    "All items | 120.50 | 131.20 | 140.10 | 141.30 | 142.00\n"
    "Inflation | 5.10 | 8.88 | 7.40 | 7.25 | 7.05\n"
    "ALL RURAL\n"
    "All items | 118.40 | 126.00 | 133.60 | 134.10 | 135.20\n"
    "Inflation | 4.22 | 6.42 | 6.90 | 6.71 | 6.60\n"
)


def test_months_named_alone_cross_the_year_the_heading_names() -> None:
    line = "2032 Group | 2028-29 | 2029-30 | Dec | Jan | Feb"
    assert named_month_periods(line, None, None) == ("", "", "2031-12", "2032-01", "2032-02")
    assert named_month_periods("Item | Oct | Nov | Dec", 2032, 1) == ("2031-10", "2031-11", "2031-12")
    assert named_month_periods("Item | 2031 | Sept. | October", 2032, None) == ("2031", "2032-09", "2032-10")


def test_a_row_of_names_or_a_single_month_is_no_header_of_months() -> None:
    assert named_month_periods("Name | Mary | May | June", 2032, None) == ()
    assert named_month_periods("Item | Total | Jan", 2032, None) == ()
    assert named_month_periods("Item | Jan | Feb", None, None) == ()  # no year anywhere


def test_cells_under_named_months_take_their_month_and_inflation_rows_are_percent(tmp_path: Path) -> None:
    drafted = {(value, unit, period) for value, unit, period in drafted_units_periods(tmp_path, _TABLE)}
    assert ("140.10", None, "2031-12") in drafted  # an index level: no unit
    assert ("7.40", "%", "2031-12") in drafted and ("7.25", "%", "2032-01") in drafted
    assert ("5.10", "%") in {(value, unit) for value, unit, _ in drafted}  # under a split year: still percent
    assert ("6.60", "%", "2032-02") in drafted  # the rows under "ALL RURAL" are the same table's
    assert ("133.60", None, "2031-12") in drafted
    assert not_verified(tmp_path) == []


def test_an_inflation_row_outside_a_table_of_periods_keeps_no_unit(tmp_path: Path) -> None:
    text = "Region | Code | Weight\nInflation | 12 | 40\n"
    assert all(unit is None for _, unit, _ in drafted_units_periods(tmp_path, text))


def test_a_rate_row_beside_the_year_before_is_the_growth_of_the_level_above(tmp_path: Path) -> None:
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, _TABLE)}
    assert [list(c) for c in checks["8.88"]] == [["growth"]] and [list(c) for c in checks["6.42"]] == [["growth"]]
    assert not any("growth" in c for value in ("5.10", "7.40", "7.25", "4.22") for c in checks[value])
    assert not_verified(tmp_path) == []
    planted = _TABLE.replace("| 8.88 |", "| 9.88 |")
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, planted)}
    assert [list(c) for c in checks["9.88"]] == [["growth"]] and not_verified(tmp_path) != []


def test_a_rate_row_under_a_rate_row_or_under_month_columns_only_draws_no_growth(tmp_path: Path) -> None:
    months = "Item | Oct | Nov | Dec\nAll items | 140.10 | 141.30 | 142.00\nInflation | 7.40 | 7.25 | 7.05\n"
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, "Prices 2031\n" + months)}
    assert not any("growth" in c for cs in checks.values() for c in cs)
