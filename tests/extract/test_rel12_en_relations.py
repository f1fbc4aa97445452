"""English relations of round 12: the earlier level of a comparison written bare ("to 41,200 workers
in 2021 from 43,950 in 2020") counts what the level before it counts, so the growth between them is
drafted; a fact stated three times is checked from its first statement against each later one; two
rows of a table with one figure are two statistics."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units
from tests.extract.relations_support import context_of, kinds, relations_of, run_text

from factcheck.extract.infer import change_to_level, points_or_percent, rate_and_levels, same


def test_a_bare_level_compared_with_takes_the_unit_of_the_count_before_it(tmp_path: Path) -> None:
    text = (
        "Fishery Employment Report 2021\n\n"
        "The fishing workforce shrank 6% to 41,200 workers in 2021 from 43,950 in 2020.\n"
        "Harbour calls rose to 812 vessels, in comparison to only 655 a year earlier.\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert ("43,950", "workers") in drafted
    assert ("655", "vessels") in drafted


def test_a_growth_rate_between_a_level_and_its_bare_earlier_level_is_drafted(tmp_path: Path) -> None:
    text = (
        "Fishery Employment Report 2021\n\n"
        "The fishing workforce shrank 6% to 41,200 workers in 2021 from 43,950 in 2020.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "growth" in kinds(drafted["-6"])
    assert failing == []


def test_a_bare_figure_of_another_magnitude_or_after_a_percent_stays_bare(tmp_path: Path) -> None:
    text = (
        "Fishery Employment Report 2021\n\n"
        "Landings reached 41,200 tonnes in 2021 from 3 in 2020.\n"
        "The catch rate rose to 5.2% in 2021 from 4.9 in 2020.\n"
    )
    drafted = drafted_units(tmp_path, text)
    assert ("3", None) in drafted
    assert ("4.9", None) in drafted


def test_a_fact_stated_three_times_is_checked_from_its_first_statement(tmp_path: Path) -> None:
    text = (
        "Office Vacancy Survey 2022\n"
        "The office vacancy rate stood at 4.6% in 2022, the survey shows.\n"
        "Main findings:\n"
        "• The office vacancy rate stood at 4.6% in 2022\n"
        "• Across the country, the office vacancy rate stood at 4.6% in 2022, as rents held\n"
    )
    ctx = context_of(text, tmp_path)
    pairs = {(claim, check) for claim, check, _ in relations_of(same, ctx)}
    first = [i for i, m in enumerate(ctx.mentions) if m.value == "4.6"][0]
    later = [f"./m{i}" for i, m in enumerate(ctx.mentions) if m.value == "4.6" and i != first]
    assert len(later) == 2
    assert pairs == {(first, repr({"same": ref})) for ref in later}


def test_two_rows_of_a_table_with_the_same_figure_are_two_statistics(tmp_path: Path) -> None:
    text = (
        "Change of the price index by group, May 2021\n"
        "Group Year on year, % Month on month, %\n"
        "TOTAL 3.4 0.2\n"
        "Energy 6.1 0.2\n"
        "Postal services 1.3 0.2\n"
    )
    assert relations_of(same, context_of(text, tmp_path)) == []


def test_a_bracketed_change_and_its_level_under_a_lead_need_the_earlier_level(tmp_path: Path) -> None:
    text = (
        "Harbour Traffic 2021\n"
        "Container traffic reached a record of 512,400 boxes in 2021.\n"
        "Contributing to the record were increases from the following ports;\n"
        "Northport (4,120 to 38,905)\n"
        "Eastbay (950 to 12,300) and Westhaven (37 to 2,015).\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    for change in ("4,120", "950", "37"):
        (todo,) = todos[change]
        operands = todo["difference"]
        assert operands[0].startswith("./") and "source" in operands[1]
        assert drafted[change] == []
    assert failing == []


def test_two_bracketed_levels_in_a_sentence_are_no_change_to_a_level(tmp_path: Path) -> None:
    text = "Rent Survey 2021\nThe highest increases were in Northport (14.3% to 21.0%) and Eastbay (6.7% to 9.7%).\n"
    ctx = context_of(text, tmp_path)
    assert relations_of(change_to_level, ctx) == []


def test_a_change_in_points_and_in_percent_needs_both_index_levels(tmp_path: Path) -> None:
    text = (
        "Wholesale Price Index, March 2021\n"
        "The groups which rose were: Cereals by 3.1 points or 2.4 per cent; and Dairy Products by 0.6 of a "
        "point or 0.5 percent.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    for percent, subject in (("2.4", "Cereals"), ("0.5", "Dairy Products")):
        (todo,) = [t for t in todos[percent] if "growth" in t]
        assert todo["growth"]["to"]["series"].endswith(f"the index of {subject}")
        assert "source" in todo["growth"]["from"] and drafted[percent] == []
    assert failing == []


def test_a_change_in_points_and_percent_beside_its_level_is_left_to_the_text(tmp_path: Path) -> None:
    text = (
        "Wholesale Price Index, March 2021\n"
        "The cereals index stood at 131.2 points; Cereals rose by 3.1 points or 2.4 per cent.\n"
    )
    assert relations_of(points_or_percent, context_of(text, tmp_path)) == []


def test_an_acronym_names_what_its_spelled_out_words_name(tmp_path: Path) -> None:
    text = (
        "Harbour Statistics, May 2021\n"
        "The Port Throughput Index for May 2021 increased by 4.6 percent compared to May 2020.\n"
        "Container handling was the largest contributor to the 4.6 percent rise in the PTI in May 2021.\n"
    )
    ctx = context_of(text, tmp_path)
    pairs = [(claim, check) for claim, check, _ in relations_of(same, ctx)]
    assert pairs == [(0, repr({"same": "./m1"}))]


def test_an_acronym_the_document_never_spells_out_stays_a_word_of_its_own(tmp_path: Path) -> None:
    text = (
        "Harbour Statistics, May 2021\n"
        "The throughput index for May 2021 increased by 4.6 percent compared to May 2020.\n"
        "Container handling was the largest contributor to the 4.6 percent rise in the PTI in May 2021.\n"
    )
    assert relations_of(same, context_of(text, tmp_path)) == []


def test_a_rate_the_level_reached_and_the_level_compared_with_after_it(tmp_path: Path) -> None:
    text = (
        "Harbour Traffic, week 9 of 2023\n"
        "Calls from the northern routes surged by 64 percent, with 1,230 vessels arriving, in comparison to "
        "only 750 during the same weeks last year.\n"
        "The southern routes brought 2,100 vessels so far this year, a 40 percent increase on the same weeks of "
        "2022, when there were 1,500 last year.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["64"]) == ["growth"] and kinds(drafted["40"]) == ["growth"]
    assert failing == []


def test_a_fourth_figure_in_the_sentence_leaves_the_rate_unread(tmp_path: Path) -> None:
    text = (
        "Harbour Traffic, week 9 of 2023\n"
        "Calls rose by 64 percent, with 1,230 vessels and 310 barges arriving, in comparison to only 750 a "
        "year earlier.\n"
    )
    assert relations_of(rate_and_levels, context_of(text, tmp_path)) == []
