"""English prose of releases translated from Spanish or Italian, and of Taiwan's statistics office:
changes written in tenths of a point ("three tenths over", "one point and two tenths lower"), a minus
typeset as an en dash ("compared with –0.3%"), a present-tense decline ("decreases at a rate of"), a
headline box whose header names growth rates and no unit, a year with a note's mark glued on
("quarter 20231."), the New Taiwan dollar ("NT$41,250") and "by N (or r%)" after a level."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.drafting_support import drafted_units, drafted_units_periods, not_verified
from tests.extract.relations_support import kinds, run_text

from factcheck.grammar.values import parse_quantity


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Retail sales grew 0.6% in the second quarter of 2021, three tenths over the rate of the first quarter.",
            ("three tenths", "percentage points"),
        ),
        ("Exports rose 1.2% in April 2021, a tenth lower than in March.", ("-a tenth", "percentage points")),
        (
            "The contribution of investment decreases four tenths in 2021, standing at 0.5 points.",
            ("-four tenths", "percentage points"),
        ),
        (
            "The sentiment indicator decreases four tenths in 2021, standing at 98.5 points.",
            ("-four tenths", "points"),
        ),
        (
            "Unemployment stands at 7.9% in 2021, one point and two tenths lower than a year earlier.",
            ("-one point and two tenths", "percentage points"),
        ),
    ],
)
def test_a_change_in_tenths_of_a_point_is_drafted_with_its_sign(
    tmp_path: Path, sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in drafted_units(tmp_path, sentence)
    assert not_verified(tmp_path) == []


def test_a_tenth_of_a_group_is_no_change(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "In 2021 a tenth of the households owned two cars; sales rose 3.5%.")
    assert all("tenth" not in value or unit not in ("points", "percentage points") for value, unit in drafts)


def test_tenths_read_as_decimals_rounded_to_the_tenth() -> None:
    def interval(value: str) -> object:
        return parse_quantity(value, "percentage points").interval

    assert interval("two tenths") == interval("0.2")
    assert interval("-a tenth") == interval("-0.1")
    assert interval("one point and three tenths") == interval("1.3")
    assert interval("two points and five tenths") == interval("2.5")
    assert parse_quantity("two points").interval == parse_quantity("2 points").interval


def test_an_en_dash_before_a_figure_is_its_minus(tmp_path: Path) -> None:
    drafts = drafted_units(
        tmp_path,
        "Growth stood at 0.5% in the third quarter of 2022, compared with –0.3% in the previous quarter. "
        "The balance of opinions fell from 0.6 to –0.1 points.",
    )
    assert ("-0.3", "%") in drafts and ("-0.1", "points") in drafts and ("0.6", "points") in drafts
    assert not_verified(tmp_path) == []


def test_an_en_dash_between_two_figures_is_no_minus(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "Output grew 2.4% in 2019 –2020 and prices rose 3.1% in 2021.")
    assert all(not value.startswith("-") for value, _ in drafts)


def test_a_present_tense_decline_is_negative(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "In annual terms, employment decreases at a rate of 0.6% in the quarter of 2022.")
    assert ("-0.6", "%") in drafts


def test_a_scaled_count_names_its_hyphened_noun(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "Employment fell 0.4% in 2022, a loss of some 42 thousand part-time jobs.")
    assert any(value.endswith("42 thousand") and unit == "part-time jobs" for value, unit in drafts)


def test_a_year_with_a_note_mark_glued_on_is_no_figure(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, "Output grew by 1.1% in the first quarter 20231. Prices rose by 2.0%.")
    assert all("20231" not in value for value, _ in drafts)


def test_a_header_naming_growth_rates_gives_its_cells_percent(tmp_path: Path) -> None:
    drafts = drafted_units(
        tmp_path, "Headline figures, second quarter of 2022\nAnnual growth rate | Monthly growth rate\n2.1 | 0.3\n"
    )
    assert ("2.1", "%") in drafts and ("0.3", "%") in drafts


def test_new_taiwan_dollars_are_their_own_currency(tmp_path: Path) -> None:
    assert ("41,250", "NT$") in drafted_units(tmp_path, "Average monthly wages were NT$41,250 in May 2023.")
    assert parse_quantity("41,250", "NT$").unit.dimension == "money:TWD"


def test_a_change_and_its_percent_in_brackets_after_a_level(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(
        tmp_path,
        "At the end of May 2023, manufacturing employees, at 2,950 thousand, increased by 6 thousand "
        "(or 0.20%) from last month.",
    )
    assert "formula" in kinds(drafted["0.20"]) and failing == []


def test_periods_of_tenths_follow_the_figure_they_compare(tmp_path: Path) -> None:
    found = drafted_units_periods(
        tmp_path, "GDP grew 0.7% in the second quarter of 2022, two tenths over the rate of the first quarter."
    )
    assert ("two tenths", "percentage points", "2022-Q2") in found


def test_a_gap_in_tenths_to_a_rate_not_stated_waits_for_a_source(tmp_path: Path) -> None:
    _, failing, todos = run_text(
        tmp_path,
        "Household consumption grew 0.6% in the second quarter of 2021, two tenths over that registered in "
        "the first quarter. Investment stands at 1.4% in the second quarter of 2021. This rate was three "
        "tenths lower than that of the first quarter.",
    )
    assert kinds(todos["two tenths"]) == ["difference"] and "source" in repr(todos["two tenths"])
    assert kinds(todos["-three tenths"]) == ["difference"]
    assert failing == []


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        (
            "The contribution of exports to growth in 2021 decreases four tenths as compared with the previous "
            "quarter (from 0.5 to 0.1 points).",
            "-four tenths",
        ),
        (
            "The annual rate of 2021 is a tenth lower than that (1.1% as compared to 1.2% estimated in May).",
            "-a tenth",
        ),
    ],
)
def test_a_gap_in_tenths_between_two_bracketed_rates(tmp_path: Path, text: str, gap: str) -> None:
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted[gap]) == ["difference"] and failing == []


def test_a_wrong_gap_between_two_bracketed_rates_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(
        tmp_path, "The annual rate of 2021 is three tenths lower than that (1.1% as compared to 1.2% in May)."
    )
    assert failing == ["difference"]


def test_a_headline_row_of_cells_is_restated_by_the_body(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(
        tmp_path,
        "Retail trade, second quarter of 2022\n"
        "Monthly change rate | Annual change rate\n"
        "0.8 | 2.6\n"
        "The annual growth of retail sales was 2.6% in the second quarter of 2022. Their monthly rise was 0.8%.\n",
    )
    assert kinds(drafted["0.8"]) == ["same"] and kinds(drafted["2.6"]) == ["same"] and failing == []


def test_an_average_since_january_is_of_the_year_so_far(tmp_path: Path) -> None:
    found = drafted_units_periods(
        tmp_path,
        "Earnings Statistics in May 2023\n"
        "The average monthly wage in May 2023 was NT$41,250. The average monthly wage since January 2023 was "
        "NT$40,980, increased by 2.1% than the same period of last year. Comparing the same period of January "
        "to May over last year, hours worked per month averaged 168.2 hours. Exports were the highest since "
        "January 2023 (NT$1,250 billion).\n",
    )
    periods = {value: period for value, _, period in found}
    assert periods["41,250"] == "2023-05"
    assert periods["40,980"] == "2023-01/2023-05" and periods["2.1"] == "2023-01/2023-05"
    assert periods["168.2"] == "2023-01/2023-05"
    assert periods["1,250 billion"] != "2023-01/2023-05"


def test_a_gap_to_that_of_another_period_is_of_its_own_period(tmp_path: Path) -> None:
    found = drafted_units_periods(
        tmp_path,
        "Quarterly Accounts, second quarter of 2022\n"
        "Output grows 0.7% in the second quarter of 2022, two tenths over that registered in the first quarter "
        "of 2022. Investment stands at 1.5%, compared with 1.1% that registered in the previous quarter. Its "
        "annual rate is three tenths lower than that estimated for the previous quarter. The annual rate of "
        "exports is 2.5% (2.5% as compared to 2.8% estimated in May).\n",
    )
    periods = {(value, unit): period for value, unit, period in found}
    assert periods[("two tenths", "percentage points")] == "2022-Q2"
    assert periods[("-three tenths", "percentage points")] == "2022-Q2"
    assert periods[("1.1", "%")] == "2022-Q1"
    assert periods[("2.8", "%")] == "2022-Q2"


def test_a_change_of_the_level_the_sentence_before_names(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(
        tmp_path,
        "At the end of May 2023, the total factory employees, at 2,950 thousand, increased by 6 thousand (or "
        "0.20%) from last month. In comparison with May 2022, factory employees increased by 41 thousand "
        "(or 1.41%).",
    )
    assert "formula" in kinds(drafted["1.41"]) and failing == []


def test_a_wrong_percent_of_the_level_the_sentence_before_names_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(
        tmp_path,
        "At the end of May 2023, the total factory employees, at 2,950 thousand, increased by 6 thousand (or "
        "0.20%) from last month. In comparison with May 2022, factory employees increased by 41 thousand "
        "(or 2.41%).",
    )
    assert failing == ["formula"]


def test_a_contribution_in_points_is_in_percentage_points(tmp_path: Path) -> None:
    drafts = drafted_units(
        tmp_path,
        "The contribution of investment to growth in 2021 is 0.5 points, whereas the contribution of exports "
        "decreases three tenths (from 0.4 to 0.1 points). The index stood at 1,647 points in 2021.",
    )
    assert ("0.5", "percentage points") in drafts and ("-three tenths", "percentage points") in drafts
    assert ("0.1", "percentage points") in drafts and ("1,647", "index points") in drafts
    assert not_verified(tmp_path) == []
