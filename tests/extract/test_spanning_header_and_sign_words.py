"""A group header spanning a table's change columns gives them its unit; a minus written as a word
and "narrowed" give a figure its sign; a percent takes no noun after it as part of its unit."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units
from tests.extract.relations_support import kinds, run_text

from factcheck.checks.quote_sign import sign_problem
from factcheck.grammar.flatcolumns import group_units_line

CYSTAT = (
    "Consumer Price Index: January 2018\n"
    "Table 1\n"
    "Categories of Goods and Services\tCPI (2015=100)\tChange (%)\n"
    "\tDec 2017\tJan 2018\tJan 18/ Jan 17\tJan 18/ Dec 17\n"
    "Health\t102,28\t101,99\t0,53\t-0,28\n"
    "Transport\t96,81\t97,46\t1,74\t0,67\n"
)


def test_the_change_group_reaches_every_change_column_and_not_the_levels(tmp_path) -> None:
    drafted = dict(drafted_units(tmp_path, CYSTAT))
    assert drafted["0.53"] == "%" and drafted["-0.28"] == "%"
    assert drafted["1.74"] == "%" and drafted["0.67"] == "%"
    assert drafted["102.28"] is None and drafted["97.46"] is None


def test_a_group_row_is_three_cells_ending_in_a_change_in_percent() -> None:
    assert group_units_line("Item  HICP (2015=100)  Annual change, per cent") is not None
    assert group_units_line("Categories\tCPI (2015=100)\tChange (%)")[1].unit == "%"
    assert group_units_line("Categories\tCPI (2015=100)\tWeights") is None  # no change named
    assert group_units_line("Categories | CPI (2015=100) | Change (%)") is None  # a row of cells: `grammar.tables`
    assert group_units_line("The CPI (2015=100) rose. Change (%) was small.") is None  # prose, no cells


def test_a_minus_written_as_a_word_makes_the_figure_negative(tmp_path) -> None:
    text = (
        "The month-on-month inflation rate of negative 0.2 percent indicates that prices decreased slightly."
        " The trade balance was minus 1.5 percent of GDP.\n"
    )
    assert drafted_units(tmp_path, text) == [("-0.2", "percent"), ("-1.5", "percent")]


def test_a_margin_plus_or_minus_is_no_sign(tmp_path) -> None:
    text = "Employment rose 2.4 percent, with a margin of error of plus or minus 0.8 percent.\n"
    assert ("0.8", "percent") in drafted_units(tmp_path, text)


def test_the_quote_sign_rule_reads_the_minus_word() -> None:
    assert sign_problem("an inflation rate of negative 0.2 percent", "-0.2", -1) is None
    assert sign_problem("a margin of plus or minus 0.8 percent", "-0.8", -1) is not None


def test_narrowed_is_a_decline(tmp_path) -> None:
    text = "Services exports declined by 8.52 per cent, whereas services' imports narrowed by 23.61 per cent.\n"
    assert drafted_units(tmp_path, text) == [("-8.52", "per cent"), ("-23.61", "per cent")]
    assert sign_problem("imports narrowed by 23.61 per cent", "23.61", 1) is not None


def test_narrowed_to_a_level_is_no_change(tmp_path) -> None:
    assert drafted_units(tmp_path, "The trade deficit narrowed to 3.2 percent of GDP.\n") == [("3.2", "percent")]


def test_a_percent_does_not_take_the_verb_after_it_as_its_unit(tmp_path) -> None:
    text = "Prices rose 1.2 percent means that inflation eased. Sales grew 4 percent shows the trend.\n"
    assert drafted_units(tmp_path, text) == [("1.2", "percent"), ("4", "percent")]


def test_a_scale_word_still_takes_its_counted_noun(tmp_path) -> None:
    assert drafted_units(tmp_path, "There were 3.1 million job openings in June.\n") == [
        ("3.1 million", "job openings")
    ]


def test_a_change_column_under_the_group_is_the_growth_of_its_row_in_decimal_commas(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CYSTAT)
    assert kinds(drafted["-0.28"]) == ["growth"] and kinds(drafted["0.67"]) == ["growth"]
    assert not failing
    _, failing, _ = run_text(tmp_path, CYSTAT.replace("\t-0,28\n", "\t-0,48\n"))
    assert failing == ["growth"]


def test_the_main_decrease_registered_in_after_a_lead_clause(tmp_path) -> None:
    text = (
        "Exports fell. With regard to exports, the main decrease was registered in mineral fuels, lubricants"
        " and related materials (€244.9 million).\n"
    )
    assert drafted_units(tmp_path, text) == [("-244.9 million", "€")]
    rise = "Exports rose. With regard to exports, the main increase was registered in machinery (€24.9 million).\n"
    assert drafted_units(tmp_path, rise) == [("24.9 million", "€")]
