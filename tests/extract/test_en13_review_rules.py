"""English forms met reviewing releases of small island statistics offices: a list led by a span of
time ("over the twelve months to May 2021:") is no key-figure box; series told apart by a
bracketed letter (CPI(A), CPI(B)) are not one figure restated; a quarter named by its last month
before its year ("September quarter 2019"); "over corresponding quarter of 2018" names a base; the
window of a moving average and the size of a pack are no statistics; the currency codes and signs of
Pacific and Caribbean offices ("VT 1,250 million", "BND 2.1 billion", "SI$ 40 million"), and a change
"by VT 90 million from VT 40 million to VT 130 million" checked against the two levels it names;
"when comparing May 2022 to April 2022" names a base, and "the highest since 2.1% in June 2019"
gives its period to that record's figure only; a line of quarters under a line of years that ends in
its unit ("Q1 Q2 Q3 Q4 Q1 Value (BND million)"), its quarters' numbers no drafts; pence glued to a
whole number ("35p more"); "5 of the groups … were higher … than" and "5 of the groups … were lower
… than" are two sets, not one;
"made up 38% of all visitors with a total of 25,614 visitors" is a share (no rise) of that part; "a
decline of (27%) or VT 148 million" restates the decline in money (negative).
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods
from tests.extract.relations_support import run_text


def test_a_list_led_by_a_span_of_time_restates_nothing(tmp_path: Path) -> None:
    text = (
        "Price index report, May 2021\n"
        "The May 2021 report shows:\n"
        "during the twelve months to May 2021 the headline price index for the island increased by 3.1% "
        "to stand at 140.2 (2010 = 100)\n"
        "the increase in the index over the twelve months to February 2021 was 2.2%\n"
        "over the twelve months to May 2021:\n"
        "the index for retired households increased by 3.0%\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert drafted["3.0"] == []
    assert failing == []


def test_series_told_apart_by_a_bracketed_letter_are_two_figures(tmp_path: Path) -> None:
    text = (
        "Price index report, May 2021\n"
        "The May 2021 report shows:\n"
        "during the twelve months to May 2021 the all items CPI for the island increased by 5.2% "
        "to stand at 140.2 (2010 = 100)\n"
        "underlying inflation, as measured by the annual change in CPI(B), increased by 4.9% over the "
        "twelve months to May 2021\n"
        "over the twelve months to May 2021:\n"
        "CPI(A) increased by 4.9%\n"
        "CPI(C) increased by 5.0%\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert drafted["4.9"] == []
    assert drafted["5.0"] == []
    assert failing == []


def test_a_quarter_named_by_its_month_before_the_year(tmp_path: Path) -> None:
    text = (
        "SEPTEMBER QUARTER 2019\n"
        "Fish landed at the port in September quarter 2019 came to 1,204 tonnes, a fall of 12% over "
        "corresponding quarter of 2018 and 3% over the previous quarter.\n"
    )
    assert drafted_units_periods(tmp_path, text) == [
        ("1,204", "tonnes", "2019-Q3"),
        ("-12", "%", "2019-Q3"),
        ("-3", "%", "2019-Q3"),
    ]


def test_a_moving_average_window_and_a_pack_size_are_no_statistics(tmp_path: Path) -> None:
    text = (
        "Inflation for May 2022 calculated on a 3 months moving average basis was 4.1 per cent.\n"
        "Coffee cost 35p more per packet of 10 pods than a year before.\n"
    )
    assert [value for value, _, _ in drafted_units_periods(tmp_path, text)] == ["4.1", "35"]


def test_currency_codes_of_pacific_and_caribbean_offices(tmp_path: Path) -> None:
    text = (
        "Imports came to VT 1,250 million in May 2022, while exports stood at Vt 310 million.\n"
        "Output was valued at BND 2.1 billion, and fish sales at SI$ 40 million and EC$ 12.5 million.\n"
    )
    assert [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)] == [
        ("1,250 million", "VT"),
        ("310 million", "Vt"),
        ("2.1 billion", "BND"),
        ("40 million", "SI$"),
        ("12.5 million", "EC$"),
    ]


def test_a_decrease_in_something_of_an_amount_in_a_local_currency_is_negative(tmp_path: Path) -> None:
    text = "A decrease in the trade deficit of VT 50 million was recorded in May 2022.\n"
    assert [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)] == [("-50 million", "VT")]


def test_a_change_in_a_local_currency_from_one_level_to_another(tmp_path: Path) -> None:
    text = (
        "Compared to May 2021, fish exports in value increased by VT 90 million from VT 40 million "
        "to VT 130 million in May 2022.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert [next(iter(c)) for c in drafted["90 million"]] == ["difference"]
    assert todos["90 million"] == []
    assert failing == []


def test_comparing_one_month_to_another_and_a_record_since_an_earlier_figure(tmp_path: Path) -> None:
    text = (
        "When comparing May 2022 to April 2022, the Local and Import Indexes rose by 1.1% and 0.6% respectively.\n"
        "The annual rate for May 2022 was 3.4%, the highest since 2.1% in June 2019, whereas the local and "
        "imported rates were 4.0% and 2.9% respectively.\n"
    )
    assert [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)] == [
        ("1.1", "2022-05"),
        ("0.6", "2022-05"),
        ("3.4", "2022-05"),
        ("2.1", "2019-06"),
        ("4.0", "2022-05"),
        ("2.9", "2022-05"),
    ]


def test_quarters_under_years_ending_in_their_unit(tmp_path: Path) -> None:
    text = (
        "Table 2: Output of the fishery, 2020 - 2021\n"
        "2020 2021\n"
        "Q1 Q2 Q3 Q4 Q1 Value (BND million)\n"
        "Fresh fish 12.4 13.1 11.9 14.2 12.8\n"
    )
    assert drafted_units_periods(tmp_path, text) == [  # the quarters' numbers name columns: no drafts
        ("12.4 million", "BND", "2020-Q1"),
        ("13.1 million", "BND", "2020-Q2"),
        ("11.9 million", "BND", "2020-Q3"),
        ("14.2 million", "BND", "2020-Q4"),
        ("12.8 million", "BND", "2021-Q1"),
    ]


def test_pence_glued_to_a_whole_number(tmp_path: Path) -> None:
    text = (
        "A loaf cost 35p more on the island than on the mainland, and milk 12p, while butter was 8p cheaper.\n"
        "Provisional figures 2019p 2020p 105.2p\n"
    )
    assert [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)][:3] == [
        ("35", "p"),
        ("12", "p"),
        ("8", "p"),
    ]
    assert ("105.2", "p") not in [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)]


def test_two_sets_of_one_size_compared_opposite_ways_are_not_one_figure(tmp_path: Path) -> None:
    text = (
        "- prices in 5 of the price groups, Food, Fuel, Rent, Travel and Leisure, were higher on the island "
        "than on the mainland\n"
        "- in contrast, prices in 5 of the price groups, Clothing, Tobacco, Alcohol, Goods and Services, were "
        "lower on the island than on the mainland\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert all(check == [] for check in drafted.values())
    assert failing == []


def test_made_up_a_share_with_a_total_of_its_part(tmp_path: Path) -> None:
    text = (
        "Boat arrivals made up 41% of all visitors to the island with a total of 12,300 visitors in "
        "June quarter 2022.\n"
    )
    assert drafted_units_periods(tmp_path, text) == [("41", "%", "2022-Q2"), ("12,300", "visitors", "2022-Q2")]
    drafted, failing, todos = run_text(tmp_path, text)
    shares = [c["share"] for c in drafted["41"] + [t for t in todos["41"] if "share" in t]]
    assert [share["part"] for share in shares] == ["./all-visitors-island-total"]
    assert failing == []


def test_a_decline_restated_after_or_in_a_local_currency(tmp_path: Path) -> None:
    text = (
        "Exports stood at VT 310 million in May 2022, a decline of (21%) or VT 82 million over May 2021.\n"
        "Imports stood at KSh 940 million, an increase of 12% or KSh 101 million.\n"
    )
    assert [value for value, _, _ in drafted_units_periods(tmp_path, text)] == [
        "310 million",
        "-21",
        "-82 million",
        "940 million",
        "12",
        "101 million",
    ]
    _, _, todos = run_text(tmp_path, text)  # the quote states the decline: it is kept, and checked
    assert not any("is negative" in todo.get("note", "") for todo in todos["-82 million"])
