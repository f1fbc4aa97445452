"""Tables whose header names each column's unit and whose row label is a period; Chinese tables
with a unit line and cells apart by spaces."""

from __future__ import annotations

from factcheck.extract.checkdoc import prepare
from factcheck.grammar.tables import header_units


def _drafts(tmp_path, text: str) -> list[tuple[str, str | None, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], d.data.get("unit"), d.data.get("period")) for d in checked.drafts]


PERIOD_ROWS = (
    "Prices rose in the year to April 2024, the office said today.\n\n"
    "Index | ||||\n\n"
    "% monthly change | % annual change | Percent of total | ||\n\n"
    "Mar 2024 | 0.4 | 5.1 | 12.5 | |||\n\n"
    "Q1 2024 | -0.3 | 4.8 | 11.0 | |||\n"
)


def test_a_header_cell_that_opens_with_percent_names_its_unit() -> None:
    units = header_units("% monthly change | % annual change | Percent of total | ||")
    assert units is not None and [u.unit if u else None for u in units] == ["%", "%", "%"]
    assert header_units("Percentage change | Persons | Households") is None  # no unit named
    assert header_units("Monthly change % | Annual") is None  # the unit must open the cell


def test_a_row_whose_label_is_a_period_gives_its_cells_that_period_and_the_column_unit(tmp_path) -> None:
    drafts = _drafts(tmp_path, PERIOD_ROWS)
    assert ("0.4", "%", "2024-03") in drafts
    assert ("5.1", "%", "2024-03") in drafts
    assert ("12.5", "%", "2024-03") in drafts
    assert ("-0.3", "%", "2024-Q1") in drafts
    assert ("11.0", "%", "2024-Q1") in drafts


def test_a_row_label_that_is_no_period_gives_no_period(tmp_path) -> None:
    text = PERIOD_ROWS.replace("Mar 2024", "Food").replace("Q1 2024", "Energy")
    drafts = _drafts(tmp_path, text)
    assert ("0.4", "%", "2024-04") in drafts or ("0.4", "%", None) in drafts
    assert not any(period in ("2024-03", "2024-Q1") for _, _, period in drafts)


def test_a_new_header_row_naming_no_unit_ends_the_units_of_the_table_before(tmp_path) -> None:
    text = PERIOD_ROWS + "\nX-axis label | CPI | HICP |\n\n---|---|---|\n\nApr 2023 | 7.2 | 6.3 |\n"
    drafts = _drafts(tmp_path, text)
    assert ("5.1", "%", "2024-03") in drafts  # the first table keeps its units
    assert not any(value in ("7.2", "6.3") and unit == "%" for value, unit, _ in drafts)
