"""English forms of held-out set h10: the kwacha sign ("K12.50", "K31.2m"), the size of a priced item
("the price of a 10kg bag"), the date of the briefing that presented the figures, pairs of figures in a
list under a lead about changes ("North Coast (1,250 to 18,400)"), a percent shared by "15 and 3
percent" after a noun, and a quarter named without its year against bases of an earlier year.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafted_units_periods, drafts_of, not_verified


def test_the_kwacha_sign_before_an_amount_in_cents_or_scaled_is_money(tmp_path: Path) -> None:
    text = (
        "The price of a loaf rose from K12.50 to K13.20 over the month.\n"
        "The trade surplus reached K250.8 million, after K31.2m in the month before.\n"
        "Block K12 of the estate was sold.\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert drafted[:4] == [("12.50", "kwacha"), ("13.20", "kwacha"), ("250.8 million", "kwacha"), ("31.2m", "kwacha")]
    assert ("12", "kwacha") not in drafted  # a bare "K12" is a name
    assert not_verified(tmp_path) == []


def test_the_size_of_a_priced_item_is_no_statistic(tmp_path: Path) -> None:
    text = (
        "The average price of a 10kg bag of rice rose by 2.1 percent, "
        "while the price of 2 kg of beans fell by 0.8 percent and the price of 500 g tins was unchanged.\n"
    )
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["2.1", "-0.8"]


def test_the_date_of_the_briefing_that_presented_the_figures_is_no_fact(tmp_path: Path) -> None:
    text = "The Statistician General gave these figures at the quarterly press conference on April 14th 2021."
    assert drafted_units(tmp_path, text) == []
    event = "The central bank raised its policy rate by 0.5 percentage points on April 14th 2021."
    assert drafted_units(tmp_path, event)[-1] == ("14", "日")  # the date of an event the text reports


def test_a_pair_in_brackets_under_a_lead_about_changes_is_a_change_and_a_level(tmp_path: Path) -> None:
    text = (
        "The rise in guest nights in 2021 came from gains in the following regions:\n"
        "North Coast (1,250 to 18,400)\n"
        "Highlands (310 to 4,020) and Lake District (95 to 2,640).\n"
        "North Coast (18,400) remained the largest region.\n"
    )
    drafts = drafts_of(tmp_path, text)
    assert [d.data["value"] for d in drafts] == ["1,250", "18,400", "310", "4,020", "95", "2,640", "18,400"]
    change = next(d for d in drafts if d.data["value"] == "1,250")
    assert not any("same" in check for check in change.data.get("checks", []))  # a change restates no level
    ranges = "Estimated guest nights by region;\nDelta (1,200 to 1,500)\n"
    assert [value for value, _ in drafted_units(tmp_path, ranges)] == ["1,200 to 1,500"]


def test_a_percent_ending_a_list_is_its_first_figures_after_a_noun(tmp_path: Path) -> None:
    text = "The farming and fishing sectors grew by 15 and 3 percent, respectively, in 2022."
    assert drafted_units(tmp_path, text) == [("15", "percent"), ("3", "percent")]


def test_a_quarter_named_without_its_year_follows_its_bases(tmp_path: Path) -> None:
    text = (
        "Output grew by 3.1 percent during the second quarter, compared to the second quarter of 2020.\n"
        "Mining fell by 2.4 percent compared to 2020.\n"
    )
    assert [period for _, _, period in drafted_units_periods(tmp_path, text)] == ["2021-Q2", "2021-Q2"]


def test_a_figure_then_when_it_was_recorded_is_of_that_period(tmp_path: Path) -> None:
    text = (
        "The core inflation rate for June 2022 eased to 3.4% from 3.9% recorded in May 2022.\n"
        "Arrivals reached 410,200 in 2022, above the record of 398,450, which was set in 2019.\n"
    )
    periods = [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)]
    assert ("3.9", "2022-05") in periods and ("398,450", "2019") in periods


def test_the_first_amount_of_a_change_between_two_months_is_the_first_months(tmp_path: Path) -> None:
    text = "Between April 2022 and May 2022, the average price of bread rose by 1.5 percent from K20.10 to K20.40."
    assert drafted_units_periods(tmp_path, text)[-2:] == [
        ("20.10", "kwacha", "2022-04"),
        ("20.40", "kwacha", "2022-05"),
    ]
