"""Batch z, English relations: "X, 1 percent above the Y head on <date>" is the growth from Y to X;
a total, then "Within this, …" one part and the next sentence the other part, is their sum."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

CATTLE = (
    "All cattle and calves in the United States, as of January 1, 2018, totaled 94.4 million head, "
    "1 percent above the 93.7 million head on January 1, 2017.\n\n"
    "All cows and heifers that have calved, at 41.1 million head, were 1 percent above the 40.6 million "
    "head on January 1, 2017.\n"
)


def test_percent_above_the_earlier_level_is_the_growth_from_it(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CATTLE)
    percents = drafted["1"]
    growth = [c["growth"] for c in percents if "growth" in c]
    assert len(growth) == 2
    assert all(g["from"].startswith("./") and g["to"].startswith("./") for g in growth)
    assert not failing


def test_percent_above_a_level_of_another_sentence_or_a_rate_is_not_a_growth(tmp_path) -> None:
    text = (
        "Exports totaled 94.4 million tonnes. Prices were 1 percent above the 93.7 million recorded.\n\n"
        "The rate was 5.2 percent, 1 percent above the 4.1 percent target.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert "growth" not in kinds(drafted.get("1", []))


def test_a_wrong_percent_above_the_earlier_level_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, CATTLE.replace("94.4 million head, 1 percent", "94.4 million head, 4 percent"))
    assert "growth" in failing


CREDIT = (
    "Net borrowing of consumer credit by individuals increased to £2.1 billion in November from £1.7 billion in "
    "October. Within this, net borrowing through credit cards was £1.0 billion in November, up from £0.7 billion "
    "in October. Net borrowing through other forms of consumer credit (such as car dealership finance and personal "
    "loans) slightly increased in November, to £1.1 billion from £1.0 billion.\n"
)


def test_a_total_within_which_a_part_and_the_other_part_is_their_sum(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CREDIT)
    assert kinds(drafted["2.1 billion"]) == ["sum"] and len(drafted["2.1 billion"][0]["sum"]) == 2
    assert kinds(drafted["1.7 billion"]) == ["sum"] and len(drafted["1.7 billion"][0]["sum"]) == 2
    assert not failing


def test_parts_without_the_other_part_or_without_within_this_are_no_sum(tmp_path) -> None:
    no_other = CREDIT.replace("through other forms of consumer credit", "through overdrafts")
    drafted, _, _ = run_text(tmp_path, no_other)
    assert "sum" not in kinds(drafted["2.1 billion"])
    no_within = CREDIT.replace("Within this, net", "Separately, net")
    drafted, _, _ = run_text(tmp_path, no_within)
    assert "sum" not in kinds(drafted["2.1 billion"])


def test_a_wrong_total_of_a_part_and_the_other_part_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, CREDIT.replace("increased to £2.1 billion", "increased to £2.6 billion"))
    assert "sum" in failing


INDEX = (
    "The Consumer Price Index in 2018 was 104.45, up 1.5 percent from the previous year.\n\n"
    "(2015=100, %)\n\n"
    "| 2014 | 2015 | 2016 | 2017 | 2018 |\n\n"
    "Index | 99.298 | 100.00 | 100.97 | 102.93 | 104.45 |\n\n"
    "Change over the previous year | 1.3 | 0.7 | 1.0 | 1.9 | 1.5\n"
)


def test_a_row_of_changes_over_the_previous_year_is_the_growth_of_the_levels_above(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, INDEX)
    for change in ("0.7", "1.0", "1.9"):
        assert "growth" in kinds(drafted[change]), change
    assert "growth" not in kinds(drafted["1.3"])  # its earlier level (2013) is not in the table: asked for
    (asked,) = [t for t in todos["1.3"] if "growth" in t]
    assert asked["growth"]["to"] == "./index" and asked["growth"]["from"]["period"] == "2013"
    assert not failing


def test_a_row_of_other_figures_under_the_levels_is_no_growth(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, INDEX.replace("Change over the previous year", "Weight in the basket"))
    assert all("growth" not in kinds(drafted[v]) for v in ("0.7", "1.0", "1.9"))


def test_a_wrong_change_over_the_previous_year_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, INDEX.replace("| 1.0 | 1.9 |", "| 1.0 | 2.9 |"))
    assert "growth" in failing


def test_the_text_restating_a_table_rows_cell_is_the_same_fact(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, INDEX)
    assert "same" in kinds(drafted["104.45"])
    assert not failing


def test_a_text_figure_set_apart_from_the_row_or_naming_two_rows_is_no_restatement(tmp_path) -> None:
    core = INDEX.replace("The Consumer Price Index in 2018", "The Consumer Price Index excluding food in 2018")
    drafted, _, _ = run_text(tmp_path, core)
    assert "same" not in kinds(drafted["104.45"])
    two_rows = INDEX + "\nIndex of rents | 99.1 | 100.00 | 100.5 | 101.9 | 104.2 |\n"
    drafted, _, _ = run_text(tmp_path, two_rows.replace("Consumer Price Index in", "Consumer Price Index of rents in"))
    assert {"same": "./index-5"} not in drafted["104.45"]  # "Index" and "Index of rents" both named


def test_a_wrong_digit_in_the_text_restating_a_cell_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, INDEX.replace("in 2018 was 104.45", "in 2018 was 104.54"))
    assert "same" in failing


def _growth_to_the_text(drafted: dict[str, list[dict]], value: str) -> list[dict]:
    return [c for c in drafted.get(value, []) if "growth" in c and c["growth"]["to"] == "./consumer-price-index"]


def test_a_change_from_the_previous_year_of_a_restated_cell_is_the_growth_from_the_rows_year_before(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, INDEX)
    assert _growth_to_the_text(drafted, "1.5") == [{"growth": {"from": "./index-4", "to": "./consumer-price-index"}}]
    assert not failing


def test_a_change_from_another_period_than_the_rows_year_before_is_not_drawn_from_the_row(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, INDEX.replace("from the previous year", "from the previous month"))
    assert not _growth_to_the_text(drafted, "1.5")


def test_a_wrong_change_from_the_previous_year_of_a_restated_cell_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, INDEX.replace("up 1.5 percent", "up 2.5 percent"))
    assert "growth" in failing


def test_an_other_sentence_about_another_thing_is_no_other_part(tmp_path) -> None:
    text = CREDIT.replace("Net borrowing through other forms of consumer credit", "Other lenders")
    drafted, _, _ = run_text(tmp_path, text)
    assert "sum" not in kinds(drafted["2.1 billion"])
