"""Tables written with " | " whose header cells span the columns under them: one header row naming a
unit with its scale and the columns' periods; a row of groups over a row of units, periods and
durations; a first column of codes and row labels opening with an item number, which state no figure.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods, not_verified
from tests.extract.relations_support import kinds, run_text

from factcheck.extract.codecolumns import code_spans
from factcheck.grammar.spanheader import duration_cells, scaled_unit, spanned_header, unit_period_header
from factcheck.grammar.tables import ColumnUnit

_ACCOUNTS = (
    "Summary data page\n"
    "Series | Latest | Previous\n"
    "OUTPUT ACCOUNTS | Krona-million | A | 2019 | 2018 | www.example.org\n"
    "Output of the economy | 5,400.5 | 5,100.0\n"
    "1.Farming | 1,200.5 | 1,150.0\n"
    "2.Industry | 4,200.0 | 3,950.0\n"
)

_PRICES = (
    "Price index of the capital |\n"
    "(Year 2010 = 100) |\n"
    "March 2021 |\n"
    "Code | Division | Weight | Index | % change | % unit contribution |\n"
    "percent | Mar 2020 | Feb 2021 | Mar 2021 | 1 month | 12 months | 1 month | 12 months |\n"
    "00 | ALL ITEMS | 100.000 | 120.0 | 123.0 | 124.2 | 1.0 | 3.5 | 1.0 | 3.5 |\n"
    "01 | FOOD | 40.000 | 130.0 | 134.0 | 135.3 | 1.0 | 4.1 | 0.4 | 1.7 |\n"
    "09 | LEISURE | 35.000 | 110.0 | 112.0 | 113.1 | 1.0 | 2.8 | 0.3 | 0.9 |\n"
    "10 | OTHER | 25.000 | 115.0 | 118.0 | 119.0 | 0.8 | 3.5 | 0.2 | 0.8 |\n"
)


def test_a_cell_naming_a_unit_and_its_scale() -> None:
    assert scaled_unit("Krona-million") == ColumnUnit(" million", "krona")
    assert scaled_unit("USD million") == ColumnUnit(" million", "USD")
    assert scaled_unit("(billion euros)") == ColumnUnit(" billion", "euros")
    assert scaled_unit("Total million") is None  # no unit: a word not joined to its scale, no currency


def test_a_header_row_of_one_unit_and_the_columns_periods() -> None:
    assert unit_period_header("Accounts | Rand-million | Q | 2020 | 2019 | notes") == (
        ColumnUnit(" million", "rand"),
        ("2020", "2019"),
    )
    assert unit_period_header("Accounts | 2020 | Rand-million | 2019") is None
    assert unit_period_header("Item | 2020 | 2019") is None  # no unit named


def test_groups_spanning_units_periods_and_repeated_durations() -> None:
    spanned = spanned_header(
        "Item | Share | Level | % change | % contribution",
        "percent | 2023 | 2024 | 1 year | 5 years | 1 year | 5 years",
    )
    assert spanned is not None
    percent, points = ColumnUnit("", "%"), ColumnUnit("", "percentage points")
    assert spanned.units == [None, percent, None, None, percent, percent, points, points]
    assert spanned.periods == ("", "", "2023", "2024", "", "", "", "")
    assert spanned_header("Region | Population | Households", "Men | Women | Total") is None  # names, no spans


def test_durations_of_a_header_row_are_names() -> None:
    assert [cell.text for cell in duration_cells("Item | 1 month | 12 months | Level")] == ["1 month", "12 months"]


def test_a_column_of_zero_padded_codes() -> None:
    spans = code_spans(_PRICES)
    assert sorted(_PRICES[a:b] for a, b in spans) == ["00", "01", "09", "10"]
    assert not code_spans("Year | Value\n2019 | 4\n2020 | 5\n2021 | 6\n")  # years, none padded with a zero


def test_a_header_of_one_scaled_unit_gives_every_cell_its_unit_and_period(tmp_path: Path) -> None:
    drafted = drafted_units_periods(tmp_path, _ACCOUNTS)
    assert drafted == [
        ("5,400.5 million", "krona", "2019"),
        ("5,100.0 million", "krona", "2018"),
        ("1,200.5 million", "krona", "2019"),
        ("1,150.0 million", "krona", "2018"),
        ("4,200.0 million", "krona", "2019"),
        ("3,950.0 million", "krona", "2018"),
    ]  # the item numbers "1." and "2." are no figures
    assert not not_verified(tmp_path)


def test_group_headers_spanning_sub_columns(tmp_path: Path) -> None:
    drafted = drafted_units_periods(tmp_path, _PRICES)
    food = [d for d in drafted if d[0] in ("40.000", "130.0", "134.0", "135.3", "4.1", "0.4", "1.7")]
    assert food == [
        ("40.000", "%", "2021-03"),
        ("130.0", None, "2020-03"),
        ("134.0", None, "2021-02"),
        ("135.3", None, "2021-03"),
        ("4.1", "%", "2021-03"),
        ("0.4", "percentage points", "2021-03"),
        ("1.7", "percentage points", "2021-03"),
    ]
    values = [d[0] for d in drafted]
    assert "00" not in values and "09" not in values and "12" not in values  # codes and durations
    assert len(drafted) == 4 * 8
    assert not not_verified(tmp_path)


def test_changes_over_a_span_are_growths_of_the_index_columns(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, _PRICES)
    for change in ("4.1", "2.8", "0.8"):  # a 12-month change, a 12-month one, a 1-month one
        assert kinds(drafted[change]) == ["growth"], drafted[change]
    (growth,) = drafted["4.1"]
    assert growth["growth"]["from"] != growth["growth"]["to"]
    assert "contributions" in kinds(drafted["3.5"])  # the total's 12-month change: the rows' contributions
    (total,) = [c for c in drafted["3.5"] if "contributions" in c]
    assert len(total["contributions"]) == 3
    assert not failing
    _, failing, _ = run_text(tmp_path, _PRICES.replace("| 4.1 |", "| 9.1 |"))
    assert failing == ["growth"]  # a wrong cell fails


_NUMBERED = (
    "Summary data page\n"
    "OUTPUT ACCOUNTS | Krona-million | A | 2019 | 2018 | www.example.org\n"
    "Output of the economy | 900.0 | 800.0\n"
    "1.Farming | 300.0 | 250.0\n"
    "Crops | 200.0 | 150.0\n"
    "Livestock | 100.0 | 100.0\n"
    "2.Industry | 700.0 | 600.0\n"
    "Mining | 300.0 | 250.0\n"
    "Factories | 400.0 | 350.0\n"
    "3. Less: bank charges | -100.0 | -50.0\n"
)


def test_numbered_rows_add_up_their_parts_and_to_the_row_above_item_one(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, _NUMBERED)
    assert kinds(drafted["300.0 million"]) == ["sum"]  # farming 2019 (mining 2019 has none)
    assert len(drafted["900.0 million"][0]["sum"]) == 3  # the total: items 1 to 3, the charges negative
    assert kinds(drafted["600.0 million"]) == ["sum"] and not failing
    _, failing, _ = run_text(tmp_path, _NUMBERED.replace("| 700.0 |", "| 750.0 |"))
    assert "sum" in failing  # a wrong cell fails
