"""A table with a two-row header: a row of groups ("Passengers | Flights") over a row of columns that
repeats for each group (two periods and an index), then columns of their own; its cells grouped by
spaces ("1 204 517") and written with decimal commas ("6,4") while the prose writes "3.2%". A figure
of the text that is a change, or whose digits all differ, restates no cell of the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.drafting_support import drafted_units_periods, drafts_of, not_verified

from factcheck.grammar.decimalcomma import number_style
from factcheck.grammar.groupheader import grouped_header, header_period

_TABLE = (
    "AIRPORT TRAFFIC, MARCH 2012\n\n"
    "In March 2012 the number of domestic passengers decreased by 3.0% compared to March 2011.\n\n"
    "Concerning the structure of domestic flights, the most of them (12.5%) were made by national carriers.\n\n"
    "Passengers | Flights\n\n"
    "III. 2011. | III. 2012. | Indices | III. 2012. III. 2011. | III. 2011. | III. 2012. | Indices | "
    "III. 2012. III. 2011. | III. 2012. | Structure of passengers (%) | Average number of passengers by flight\n\n"
    "Total | 1 204 517 | 1 243 061 | 103 | 10 412 | 10 388 | 100 | 100,0 | 119,7\n\n"
    "Domestic | 204 517 | 198 330 | 97 | 2 412 | 2 301 | 95 | 16,0 | 86,2\n\n"
    "Foreign | 1 000 000 | 1 044 731 | 104 | 8 000 | 8 087 | 101 | 84,0 | 129,2\n"
)


def test_group_row_over_repeated_columns_gives_units_and_periods(tmp_path: Path) -> None:
    drafted = drafted_units_periods(tmp_path, _TABLE)
    rows = [d for d in drafted if d[0] not in ("-3.0", "12.5")]
    assert rows[:8] == [
        ("1204517", "passengers", "2011-03"),
        ("1243061", "passengers", "2012-03"),
        ("103", "index", "2012-03"),
        ("10412", "flights", "2011-03"),
        ("10388", "flights", "2012-03"),
        ("100", "index", "2012-03"),
        ("100.0", "%", "2012-03"),
        ("119.7", "passengers", "2012-03"),
    ]
    assert ("16.0", "%", "2012-03") in rows and ("86.2", "passengers", "2012-03") in rows
    assert not not_verified(tmp_path)


def test_a_figure_whose_digits_all_differ_restates_no_cell(tmp_path: Path) -> None:
    (draft,) = [d for d in drafts_of(tmp_path, _TABLE) if d.data["value"] == "12.5"]
    assert not draft.data.get("checks"), draft.data  # "domestic flights … (12.5%)" is not the row's 16,0


def test_a_change_restates_no_share(tmp_path: Path) -> None:
    text = (
        "SALES, 2012\n\nIn 2012 domestic sales increased by 6.0% on 2011.\n\n"
        "Sales | Value | Share (%)\n\nTotal | 500 | 100,0\n\nDomestic | 40 | 8,0\n\nForeign | 460 | 92,0\n"
    )
    (draft,) = [d for d in drafts_of(tmp_path, text) if d.data["value"] == "6.0"]
    assert not draft.data.get("checks"), draft.data


def test_a_rate_of_the_text_is_the_growth_between_two_columns(tmp_path: Path) -> None:
    drafts = {d.data["value"]: d for d in drafts_of(tmp_path, _TABLE)}
    growth = {"growth": {"from": f"./{drafts['204517'].name}", "to": f"./{drafts['198330'].name}"}}
    assert growth in drafts["-3.0"].data["checks"]
    drafts_of(tmp_path, _TABLE.replace("decreased by 3.0%", "decreased by 4.0%"))
    assert any(f.check == "growth" for f in not_verified(tmp_path))


def test_the_header_reading_needs_a_run_per_group() -> None:
    columns = "2011 | 2012 | Index | 2011 | 2012 | Index | Share (%)"
    assert grouped_header("Passengers | Flights", columns) is not None
    assert grouped_header("Passengers | Flights | Crews", columns) is None  # three groups, two runs
    assert grouped_header("Passengers (thousands) | 2012", columns) is None  # no row of group nouns
    assert grouped_header("Passengers | Flights", "Region | Share (%) | Change (%)") is None
    assert header_period("VIII. 2009.") == "2009-08" and header_period("XIV. 2009.") is None


def test_decimal_commas_in_cells_beside_prose_with_points() -> None:
    style = number_style("Sales rose by 3.2%.\nTotal | 1 204 | 6,4 | 12,75\nNote 7,5 and 1,2")
    assert style.points("Total | 1 204 | 6,4 | 12,75") == "Total | 1 204 | 6.4 | 12.75"
    assert style.points("Note 7,5 and 1,2") == "Note 7,5 and 1,2"  # the prose keeps its reading
    # a document that groups thousands with commas keeps "6,4" as written
    assert not number_style("Sales rose by 3.2% to 1,204,000.\nTotal | 6,4").decimal_comma


def test_a_decrease_by_is_a_decline(tmp_path: Path) -> None:
    text = "Employment reached 412 thousand persons in 2011, what means a decrease by 0.4% on 2010."
    assert ("-0.4", "%", "2011") in drafted_units_periods(tmp_path, text)


def test_a_total_row_over_a_complete_set_structure_and_averages(tmp_path: Path) -> None:
    drafts = {d.data["value"]: d for d in drafts_of(tmp_path, _TABLE)}
    name = {value: f"./{d.name}" for value, d in drafts.items()}
    assert {"sum": [name["204517"], name["1000000"]]} in drafts["1204517"].data["checks"]
    assert {"sum": [name["2301"], name["8087"]]} in drafts["10388"].data["checks"]
    assert {"sum": [name["16.0"], name["84.0"]]} in drafts["100.0"].data["checks"]
    assert {"share": {"part": name["198330"], "whole": name["1243061"]}} in drafts["16.0"].data["checks"]
    average = drafts["129.2"].data
    assert {"formula": f"{{{name['1044731']}}} / {{{name['8087']}}}"} in average["checks"]
    assert average["per"] == "flights"
    for index in ("103", "97", "104", "119.7"):  # indices and averages add up to nothing
        assert not any("sum" in check for check in drafts[index].data.get("checks", []))
    assert not not_verified(tmp_path)


def test_a_wrong_cell_of_the_table_fails(tmp_path: Path) -> None:
    drafts_of(tmp_path, _TABLE.replace("86,2", "88,2").replace("| 2 301 |", "| 2 310 |"))
    failing = {f.message.split(":")[0] for f in not_verified(tmp_path)}
    assert failing, "a wrong average and a wrong part must fail"


def test_a_count_of_a_noun_per_another_when_the_claim_says_so() -> None:
    from factcheck.errors import ValueParseError
    from factcheck.grammar.per import read_per
    from factcheck.grammar.values import parse_quantity

    quantity, word = read_per(parse_quantity("6.1", "nights"), "arrivals", (), "6.1")
    assert word == "arrivals" and quantity.unit.dimension == "unit:nights/unit:arrivals"
    with pytest.raises(ValueParseError):  # money per a noun no table knows: still no unit
        read_per(parse_quantity("61", "EUR"), "arrivals", (), "61")
