"""A headline line restated by the lead paragraph under it (English): `same`, by position and wording."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

NZ = (
    "Quarterly rise of 0.4 percent on higher petrol prices\n"
    "See the 'Downloads' box for a one-page summary of this quarter's figures.\n"
    "The consumers price index (CPI) rose 0.4 percent in the June 2015 quarter, following falls of"
    " 0.2 percent in both the March 2015 and December 2014 quarters.\n"
)
CATTLE = (
    "January 1 Cattle Inventory Up 1 Percent\n"
    "All cattle and calves in the United States, as of January 1, 2018, totaled 94.4 million head,"
    " 1 percent above the 93.7 million head on January 1, 2017.\n"
)
COSTS = (
    "Construction costs rose by 2.6 percent on an annual basis\n"
    "Factor Price Index for multi-dwelling buildings rose by 0.1 percent between July and August 2017."
    " Factor prices increased by 2.6 percent on an annual basis.\n"
)


def _same_on(drafted: dict, value: str) -> list[dict]:
    return [c for c in drafted.get(value, []) if "same" in c]


def test_a_headline_without_subject_words_is_restated_by_the_lead(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, NZ)
    assert len(_same_on(drafted, "0.4")) == 1
    assert not failing


def test_above_after_the_figure_gives_the_lead_its_way(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CATTLE)
    assert _same_on(drafted, "1")
    assert not failing


def test_the_headline_frequency_picks_the_lead_figure(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, COSTS)
    assert _same_on(drafted, "2.6")
    assert not _same_on(drafted, "0.1")  # the monthly change is not the annual headline
    assert not failing


def test_a_wrong_digit_in_the_lead_is_caught(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, NZ.replace("rose 0.4 percent", "rose 0.7 percent"))
    assert "same" in failing
    drafted, failing, _ = run_text(tmp_path, COSTS.replace("increased by 2.6", "increased by 2.9"))
    assert "same" in failing


def test_opposite_ways_or_two_candidates_tie_nothing(tmp_path) -> None:
    fell = NZ.replace("Quarterly rise of", "Quarterly fall of")
    drafted, failing, _ = run_text(tmp_path, fell)
    assert "same" not in kinds(drafted.get("0.4", []) + drafted.get("-0.4", []))
    two = "Prices up 0.5 percent\nFood prices rose 0.4 percent and clothing prices rose 0.6 percent in the quarter.\n"
    drafted, failing, _ = run_text(tmp_path, two)
    assert not _same_on(drafted, "0.5") and not failing


def test_another_geography_or_subgroup_or_a_line_in_between_ties_nothing(tmp_path) -> None:
    areas = "Up by 0.3% in EU27\nProduction grew by 0.6% in the euro area and by 0.3% in the EU27.\n"
    drafted, failing, _ = run_text(tmp_path, areas)
    assert all(c.get("same") != "./production-growth" for c in drafted.get("0.3", []))
    assert not failing
    women = "Employment up 1.2 percent\nEmployment of women rose 0.8 percent in the quarter.\n"
    drafted, failing, _ = run_text(tmp_path, women)
    assert not _same_on(drafted, "1.2") and not failing
    stacked = "Exports up 2.0 percent\nImports up 1.5 percent\nExports rose 2.0 percent in May.\n"
    drafted, _, _ = run_text(tmp_path, stacked)
    assert not _same_on(drafted, "1.5")  # a stack of headlines: which one the lead restates is not said
