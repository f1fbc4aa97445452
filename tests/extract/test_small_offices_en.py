"""English releases of smaller statistics offices (round 10): their own currencies ("4.2 trillion tenge",
"GEL 12.5 billion"), a page's "Posted on:" stamps, a decline verb written once for a list of subjects
("fell by 2.4%, sugar by 1.1%"), a figure's scale after its bracketed percent ("4.5 (12.0%) billion"),
abbreviated scales ("608.4 thous.persons"), "the first eight months of 2022", a level compared with
another's own period ("at the end of May 2022", "the same month of 2021"), an index's two levels and
the inflation between them, and a table header of months with a "% change (May 2021 - May 2022)" column."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods, not_verified
from tests.extract.relations_support import kinds, run_text


def test_currencies_of_smaller_offices_are_units(tmp_path: Path) -> None:
    text = "In 2022 exports reached 4.2 trillion tenge, imports 850 billion tugrik and reserves GEL 12.5 billion.\n"
    drafts = drafted_units(tmp_path, text)
    assert ("4.2 trillion", "tenge") in drafts
    assert ("850 billion", "tugrik") in drafts
    assert ("12.5 billion", "GEL") in drafts


def test_a_posted_on_stamp_is_no_statistic(tmp_path: Path) -> None:
    text = "Posted on: 2022 year 03 month 14. 09 hours 15 minutes\nIn March 2022 retail sales rose 2.5%.\n"
    assert drafted_units(tmp_path, text) == [("2.5", "%")]


def test_subjects_listed_after_a_decline_verb_decline_too(tmp_path: Path) -> None:
    text = "In May 2022 the price of rice fell by 2.4%, sugar by 1.1% and cooking salt by 0.3%.\n"
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["-2.4", "-1.1", "-0.3"]
    assert not_verified(tmp_path) == []


def test_a_subject_with_its_own_verb_keeps_its_sign(tmp_path: Path) -> None:
    text = "In May 2022 the price of rice fell by 2.4%, while sugar rose by 1.1% and salt by 0.3%.\n"
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["-2.4", "1.1", "0.3"]


def test_an_elided_decline_with_its_level_checks_out(tmp_path: Path) -> None:
    text = (
        "In 2022 the number of births decreased by 120 or 2.0 percent to 5880 and marriages rose by 10 or 0.5"
        " percent to 2010; while the number of divorces decreased by 60 or 4.8 percent to 1190, the number"
        " of adoptions by 30 or 15.0 percent to 170.\n"
    )
    values = [value for value, _ in drafted_units(tmp_path, text)]
    assert "-30" in values and "-15.0" in values
    _, failing, _ = run_text(tmp_path, text)
    assert failing == []


def test_a_scale_after_a_bracketed_percent_belongs_to_the_figure(tmp_path: Path) -> None:
    text = "In 2022 revenue rose by 4.5 (12.0%) billion tenge, and 310.2 (51.0%) thousand persons were women.\n"
    drafts = drafted_units(tmp_path, text)
    assert ("4.5 billion", "tenge") in drafts
    assert ("310.2 thousand", "persons") in drafts
    assert not_verified(tmp_path) == []


def test_an_abbreviated_scale_glued_to_its_unit(tmp_path: Path) -> None:
    assert ("608.4 thous", "persons") in drafted_units(tmp_path, "In 2022, 608.4 thous.persons were insured.\n")


def test_the_first_months_of_a_year(tmp_path: Path) -> None:
    text = "In the first eight months of 2022 sales rose 3.1%. In the first six months of 2021 they fell 0.4%.\n"
    assert drafted_units_periods(tmp_path, text) == [("3.1", "%", "2022-01/2022-08"), ("-0.4", "%", "2021-H1")]


def test_a_span_of_months_after_a_converted_amount_is_the_figures(tmp_path: Path) -> None:
    text = (
        "From January through March 2022 output was 3.1 trillion tenge.\n"
        "Output reached 12.4 trillion tenge (about $28.1 billion) from January through December 2021.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["12.4 trillion"] == "2021-01/2021-12"


def test_the_level_compared_with_has_its_own_period(tmp_path: Path) -> None:
    text = (
        "At the end of June 2022 the price index was 104.50, an increase from 103.80 at the end of May 2022.\n"
        "The index of food prices reached 111.20 in June 2022 against 108.70 during the same month of 2021.\n"
    )
    periods = {value: period for value, _, period in drafted_units_periods(tmp_path, text)}
    assert periods["103.80"] == "2022-05"
    assert periods["108.70"] == "2021-06"


def test_the_inflation_between_two_index_levels_is_their_growth(tmp_path: Path) -> None:
    text = (
        "The price index at the end of June 2022 was 104.50 compared to 103.80 at the end of May 2022,"
        " representing an inflation of 0.7 percent.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["0.7"]) == ["growth"] and failing == []
    _, failing, _ = run_text(tmp_path, text.replace("0.7 percent", "0.9 percent"))
    assert failing == ["growth"]


_TABLE = (
    "Price index by group: May 2022\n"
    "Group | Item | Dec 2020 | May 2021 | May 2022 | % change (May 2021 - May 2022) |\n"
    "All groups | 100.40 | 101.90 | 106.00 | 4.0 | |\n"
    "I | Bread | 98.10 | 99.00 | 104.90 | 6.0 |\n"
)


def test_a_header_of_months_with_a_change_column(tmp_path: Path) -> None:
    drafts = drafted_units_periods(tmp_path, _TABLE)
    assert ("100.40", None, "2020-12") in drafts and ("99.00", None, "2021-05") in drafts
    drafted, failing, _ = run_text(tmp_path, _TABLE)
    assert kinds(drafted["4.0"]) == ["growth"] and kinds(drafted["6.0"]) == ["growth"] and failing == []
    _, failing, _ = run_text(tmp_path, _TABLE.replace("| 6.0 |", "| 7.0 |"))
    assert failing == ["growth"]


_TRADE = (
    "On 14 March the statistics office reported that the external merchandise trade of the country increased by"
    " 7.2% in January-February 2024 compared to the same period of the previous year, reaching USD 1,250.0 million.\n"
    "Exports rose by 5.1% to reach USD 450.5 million, while imports increased by 8.4% and totalled USD 799.5"
    " million. The trade deficit amounted to USD 349.0 million.\n"
)


def test_external_trade_is_exports_and_imports_stated_below_it(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, _TRADE)
    assert kinds(drafted["1,250.0 million"]) == ["sum"] and kinds(drafted["349.0 million"]) == ["difference"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, _TRADE.replace("1,250.0 million", "1,260.0 million"))
    assert failing == ["sum"]


def test_a_month_and_its_year_apart_by_a_comma(tmp_path: Path) -> None:
    text = "In 2010 registrations rose 3%. The number of job seekers reached 40,316 at the end of October, 2010.\n"
    assert ("40,316", "job seekers", "2010-10") in drafted_units_periods(tmp_path, text)


def test_a_measure_named_again_before_its_base_period_keeps_the_base(tmp_path: Path) -> None:
    text = (
        "Consumer Price Index, March, 2031\n"
        "A comparison of the CPI, March, 2031 with the CPI, March, 2030, shows a rise in the index by 2.2%.\n"
    )
    assert ("2.2", "%", "2031-03") in drafted_units_periods(tmp_path, text)


def test_a_bare_and_after_a_place_starts_no_list(tmp_path: Path) -> None:
    text = "In May 2022 the price of rice fell by 2.4% in the capital and the price of sugar by 1.1% in the north.\n"
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["-2.4", "1.1"]


def test_groups_that_saw_a_decrease_or_pulled_the_index_down_are_falls(tmp_path: Path) -> None:
    text = (
        "In July 2022 the index rose by 0.4%. The main groups which contributed to this increase were “Rents” by"
        " 0.21 percentage points. Meanwhile, the main groups which witnessed a decrease in their prices were"
        " “Transport” by 0.18 percentage points and “Fuel” by 0.05 percentage points.\n"
    )
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["0.4", "0.21", "-0.18", "-0.05"]
    assert not_verified(tmp_path) == []


def test_the_quantity_a_price_is_of_is_no_statistic(tmp_path: Path) -> None:
    text = "In May 2022 the average price for 1 kilogram of wool was 12.5 thousand tugrik in the north.\n"
    assert drafted_units(tmp_path, text) == [("12.5 thousand", "tugrik")]


def test_a_quarter_of_a_named_survey(tmp_path: Path) -> None:
    text = "The results of the third quarter of the 2016 labour force survey showed 1,204.5 thousand workers.\n"
    assert drafted_units_periods(tmp_path, text) == [("1,204.5 thousand", "workers", "2016-Q3")]


_LEVEL_THEN_CHANGE = (
    "In the first quarter of 2022, the revenue of hotels was 48.6 billion tugrik, which increased by 6.1 (14.4%)"
    " billion tugrik compared to the previous year.\n"
)


def test_a_level_then_its_change_and_rate(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, _LEVEL_THEN_CHANGE)
    assert kinds(drafted["14.4"]) == ["formula"] and failing == []
    _, failing, _ = run_text(tmp_path, _LEVEL_THEN_CHANGE.replace("(14.4%)", "(16.4%)"))
    assert failing == ["formula"]


def test_a_change_larger_than_its_level_ties_nothing(tmp_path: Path) -> None:
    text = "In 2022 revenue reached 48.6 tugrik billion and has increased by 6.1 billion tugrik (14.4%).\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert "formula" not in kinds(drafted["14.4"]) and failing == []


def test_the_year_of_a_census_is_the_documents(tmp_path: Path) -> None:
    text = (
        "The office released the first results of the 2022 census in March.\n"
        "Total population: 5,120,400\n"
        "Number of households: 1,301,220\n"
    )
    assert [period for _, _, period in drafted_units_periods(tmp_path, text)] == ["2022", "2022"]


def test_out_of_which_lists_the_parts_of_a_total(tmp_path: Path) -> None:
    text = (
        "In 2021 the labour force reached 1,184.2 thousand persons, out of which 640.5 (54.1%) thousand persons"
        " were males and 543.7 (45.9%) thousand persons were females.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["1,184.2 thousand"]) == ["sum"] and kinds(drafted["54.1"]) == ["share"] and failing == []


_MONTHLY_ANNUAL = (
    "Consumer price index, March 2024\n"
    "Division | Weight | Mar 2023 | Feb 2024 | Mar 2024 | Monthly % change | Annual % change\n"
    "All items | 100.0 | 104.0 | 107.5 | 108.2 | 0.7 | 4.0\n"
    "Housing | 21.6 | 101.1 | 104.2 | 104.3 | 0.1 | 3.2\n"
)


def test_monthly_and_annual_change_columns(tmp_path: Path) -> None:
    drafts = drafted_units_periods(tmp_path, _MONTHLY_ANNUAL)
    assert ("104.0", None, "2023-03") in drafts and ("0.7", "%", "2024-03") in drafts
    drafted, failing, _ = run_text(tmp_path, _MONTHLY_ANNUAL)
    assert kinds(drafted["0.7"]) == ["growth"] and kinds(drafted["3.2"]) == ["growth"] and failing == []
    _, failing, _ = run_text(tmp_path, _MONTHLY_ANNUAL.replace("| 0.1 | 3.2", "| 0.1 | 3.9"))
    assert failing == ["growth"]
