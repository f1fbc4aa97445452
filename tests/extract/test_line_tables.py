"""A whole table flattened onto one line, and a chart's series one point a line: the rows are read
with their columns' units and periods, a cell's quote is accepted by the citation check, a balance
row is checked against its exports and imports rows (a changed digit is caught)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli_support import invoke
from tests.extract.relations_support import kinds, run_text

from factcheck.checks.citation import quote_has_number
from factcheck.documents.text import text_paragraphs
from factcheck.extract import checkdoc
from factcheck.extract.checkdoc import prepare
from factcheck.grammar.linetable import line_table, line_tables, series_point
from factcheck.run.pipeline import RunOptions

TRADE = (
    "Foreign trade in goods\n\n"
    "SEK Million Change in per cent SEK Million - so far this year Change in per cent - so far this year "
    "March 2024 February 2024 - March 2024 March 2023 - March 2024 March 2024 March 2023 - March 2024 "
    "Exports 120.4 2.1 -3.3 350.2 4.4 Wood and paper 20.5 -1.0 6.2 61.0 -2.5 "
    "Imports 100.1 1.5 2.0 310.7 3.1 Trade balance 20.3 5.2 -22.0 39.5 15.0 "
    "1Figures for the latest month are preliminary.\n"
)

VISITORS = (
    "Visitors to the museums rose again in March.\n\n"
    "Show table Number of visitors to the museums Year Month Number of visitors 2023 December 1520 "
    "2024 January 1410 2024 February 1385 2024 March 1602\n"
)


def _drafts(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], d.data.get("unit"), d.data.get("period")) for d in checked.drafts]


def test_a_line_holding_a_header_and_rows_of_one_shape_is_a_table() -> None:
    table = line_table(TRADE.splitlines()[2])
    assert table is not None
    assert [row.label.text for row in table.rows] == ["Exports", "Wood and paper", "Imports", "Trade balance"]
    assert [(u.scale, u.unit) for u in table.units if u] == [(" million", "SEK"), ("", "%"), ("", "%")] + [
        (" million", "SEK"),
        ("", "%"),
    ]
    assert [c.period for c in table.columns] == ["2024-03", "2024-03", "2024-03", "2024-01/2024-03", "2024-01/2024-03"]
    assert [c.text for c in table.rows[-1].cells] == ["20.3", "5.2", "-22.0", "39.5", "15.0"]


def test_rows_whose_label_is_a_year_and_month_state_their_figure_for_that_month() -> None:
    table = line_table(VISITORS.splitlines()[2])
    assert table is not None
    assert [(r.period, r.cells[0].text) for r in table.rows][:2] == [("2023-12", "1520"), ("2024-01", "1410")]
    assert table.units[0] is not None and table.units[0].unit == "visitors"


def test_a_sentence_listing_figures_is_no_table() -> None:
    assert line_table("Exports rose 5 percent, imports fell 3 percent and the balance rose 2 percent in 2023.") is None
    assert line_table("Group A 1 2 Group B 3 4 Group C 5 6 Group D 7 8") is None  # nothing says what they are
    assert line_table("Sales 1.2 2.3 Costs 4.5 Profit 6.7 8.9 1.0 Tax 2 Margin 3 4") is None  # no shape repeated
    assert line_table("Region | 2022 | 2023") is None


def test_cells_of_a_one_line_table_are_drafted_with_unit_and_period(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path, TRADE)
    assert ("120.4 million", "SEK", "2024-03") in drafts
    assert ("-3.3", "%", "2024-03") in drafts
    assert ("350.2 million", "SEK", "2024-01/2024-03") in drafts
    assert ("15.0", "%", "2024-01/2024-03") in drafts
    assert not any(unit in ("Wood", "Imports", "Trade") for _, unit, _ in drafts)  # the next row's label
    assert not any(value == "1" for value, _, _ in drafts)  # the note's mark


def test_a_table_of_months_drafts_each_count_in_its_month(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path, VISITORS)
    assert ("1520", "visitors", "2023-12") in drafts
    assert ("1602", "visitors", "2024-03") in drafts
    assert not any(value in ("2023", "2024") for value, _, _ in drafts)


def test_a_quote_from_the_header_to_a_row_holds_the_cell_with_its_scale() -> None:
    line = TRADE.splitlines()[2]
    quote = line[: line.index("Imports") + len("Imports 100.1 1.5 2.0 310.7 3.1")]
    assert quote_has_number(quote, "100.1 million")
    assert not quote_has_number(quote, "100.2 million")
    assert quote_has_number(line[: line.index("Wood")], "120.4 million")  # the first row
    assert not quote_has_number("Exports 120.4 Imports 100.1", "100.1 million")  # no header: no scale


def test_the_balance_row_is_exports_less_imports_and_a_changed_digit_is_caught(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TRADE)
    assert "difference" in kinds(drafted["20.3 million"]) and "difference" in kinds(drafted["39.5 million"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, TRADE.replace("Trade balance 20.3", "Trade balance 21.3"))
    assert failing == ["difference"]


def test_a_balance_of_a_flow_without_its_own_imports_row_is_left_alone(tmp_path: Path) -> None:
    text = TRADE.replace("Wood and paper", "Mainland exports").replace("Trade balance", "The mainland trade balance")
    drafted, failing, _ = run_text(tmp_path, text)
    assert "difference" not in kinds(drafted["20.3 million"])
    assert failing == []


def test_the_cells_drafted_from_a_one_line_table_pass_their_citation_check(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text(TRADE, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    misquoted = [f for r in result.claims for f in r.findings if f.verdict.value == "misquoted"]
    assert misquoted == []


def test_a_chart_point_a_line_is_its_quarter_figure() -> None:
    point = series_point("2011 I101.8")
    assert point is not None and (point.period, point.value.text) == ("2011-Q1", "101.8")
    other = series_point("2012 IV99.8")
    assert other is not None and (other.period, other.value.text) == ("2012-Q4", "99.8")
    assert series_point("2011 V101.8") is None
    assert series_point("In 2011 I saw 101.8") is None


SERIES = (
    "GDP up 0.5 percent in the first quarter\n"
    "© Picture agency\n"
    + "Gross domestic product grew by 0.5 percent in the first quarter of 2018 compared with the fourth quarter "
    "of 2017, the statistics office reports on the basis of its second estimate, which includes new data. "
    "Investment and household consumption rose.\n\n"
    "2017 III109.5\n2017 IV110.5\n2018 I111.1\n\n"
    "Revisions\nThe second estimate is made later than the first.\n"
)


def test_chart_points_title_and_credit_are_paragraphs_of_their_own(tmp_path: Path) -> None:
    texts = [p.text for p in text_paragraphs(SERIES)]
    assert texts[:5] == [
        "GDP up 0.5 percent in the first quarter",
        "© Picture agency",
        SERIES.splitlines()[2],
        "2017 III109.5",
        "2017 IV110.5",
    ]
    drafts = _drafts(tmp_path, SERIES)
    assert ("109.5", None, "2017-Q3") in drafts and ("111.1", None, "2018-Q1") in drafts
    assert ("0.5", "percent", "2018-Q1") in drafts  # the title's unit stays its own
    assert not any(value in ("2017", "2018") for value, _, _ in drafts)


def test_wrapped_prose_is_still_joined() -> None:
    wrapped = (
        "Employment rose by 0.3 percent in the quarter, the office said,\n"
        "and unemployment fell to 4.1 percent from 4.3 percent a year\n"
        "earlier.\n\n"
        "Prices rose by 2.1 percent over the year to March, after a rise of\n"
        "2.4 percent in February.\n"
    )
    assert len(text_paragraphs(wrapped)) == 2


MONTHS = (
    "Bankruptcies fell again in the latest month.\n\n"
    "Show table Number of bankruptcies Year Month Number of bankruptcies 2019 October 310 2019 November 295 "
    "2019 December 280 2020 January 301 2020 February 264 2020 March 288\n\n"
    "The number of bankruptcies peaked in May 2013 (816). In February 2020, the lowest number since "
    "March 2001 was recorded.\n"
)


def test_the_lowest_since_a_period_before_the_table_is_the_lowest_cell_and_waits_for_the_rest(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, MONTHS)
    assert "order" in kinds(drafted["264"])
    assert any("source" in repr(t) for t in todos["264"])  # the months before the table's first row
    assert any("source" in repr(t) for t in todos["816"])  # a peak: the highest of a series not given
    assert failing == []
    _, failing, _ = run_text(tmp_path, MONTHS.replace("2019 December 280", "2019 December 250"))
    assert failing == ["order"]  # a planted lower month


def test_a_record_sentence_with_a_figure_of_its_own_or_no_table_of_periods_is_left_alone(tmp_path: Path) -> None:
    own = MONTHS.replace("the lowest number since", "the lowest number (264) since")
    drafted, _, _ = run_text(tmp_path, own)
    assert not any("among" in repr(c) and "./" in repr(c) for c in drafted.get("264", []))
    no_table = MONTHS.split("\n\n", 2)[0] + "\n\n" + MONTHS.split("\n\n", 2)[2]
    drafted, failing, _ = run_text(tmp_path, no_table)
    assert failing == []
    assert not any(kinds(checks) for checks in drafted.values())


def test_a_growth_between_two_chart_points_is_their_growth_and_a_changed_digit_is_caught(tmp_path: Path) -> None:
    text = SERIES.replace("compared with the fourth quarter of 2017", "in Q1 2018 relative to Q4 2017").replace(
        "in the first quarter of 2018 in Q1", "in Q1"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "growth" in kinds(drafted["0.5"])  # 111.1 / 110.5 - 1 = 0.54 %
    assert failing == []
    _, failing, _ = run_text(tmp_path, text.replace("2018 I111.1", "2018 I112.1"))
    assert failing == ["growth"]
    drafted, _, _ = run_text(tmp_path, text.replace(" relative to Q4 2017", ""))
    assert "growth" not in kinds(drafted["0.5"])  # the words name no base: which points is not said


def test_the_days_after_the_end_of_a_quarter_that_an_estimate_is_made_are_no_statistic(tmp_path: Path) -> None:
    text = (
        "GDP up 0.5 percent\n\n"
        "The second estimate is published approximately 90 days after the end of the quarter, and the first 45 "
        "days after the end of the quarter. Investment rose 2.1 percent in 90 days.\n"
    )
    values = [value for value, _, _ in _drafts(tmp_path, text)]
    assert "90 days" not in values and "45 days" not in values
    assert "2.1" in values


YEARS = (
    "Exports of the region grew again.\n\n"
    "Download table Million euros Item 2022 2023 % change Exports 410.5 452.1 10.1 Machinery 120.0 131.4 9.5 "
    "Imports 380.2 390.0 2.6 Balance 30.3 62.1 105.0\n"
)


def test_a_one_line_table_under_year_headings_with_a_growth_column(tmp_path: Path) -> None:
    table = line_table(YEARS.splitlines()[2])
    assert table is not None and [r.label.text for r in table.rows] == ["Exports", "Machinery", "Imports", "Balance"]
    assert [c.period for c in table.columns] == ["2022", "2023", "2023"]
    drafts = _drafts(tmp_path, YEARS)
    assert ("452.1 million", "€", "2023") in drafts and ("410.5 million", "€", "2022") in drafts
    drafted, failing, _ = run_text(tmp_path, YEARS)
    assert "growth" in kinds(drafted["10.1"])  # 452.1 / 410.5 - 1 = 10.1 %
    assert "difference" in kinds(drafted["62.1 million"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, YEARS.replace("131.4 9.5", "131.4 8.5"))
    assert failing == ["growth"]


def test_rows_labelled_by_consecutive_years_and_rows_with_empty_or_percent_cells() -> None:
    years = line_table("Annual totals Year Number of arrivals 2015 303 2016 417 2017 332 2018 350")
    assert years is not None
    assert [(r.period, r.cells[0].text) for r in years.rows] == [
        ("2015", "303"),
        ("2016", "417"),
        ("2017", "332"),
        ("2018", "350"),
    ]
    assert years.units[0] is not None and years.units[0].unit == "arrivals"
    assert line_table("Totals 2015 303 2017 417 2016 332 2018 350") is None  # years out of order: no labels
    gaps = line_table(
        "Per cent change Q1 2024 Q2 2024 Q3 2024 Food 1.2% 0.8% - Energy -3.1% - 2.2% Services 0.4% 0.5% 0.6%"
    )
    assert gaps is not None and [len(r.cells) for r in gaps.rows] == [3, 3, 3]
    assert [c.text for c in gaps.rows[1].cells] == ["-3.1%", "-", "2.2%"]
    quarters = line_table("Index Quarter Volume index Q1 2023 101.2 Q2 2023 101.9 Q3 2023 102.4")
    assert quarters is not None and [r.period for r in quarters.rows] == ["2023-Q1", "2023-Q2", "2023-Q3"]


def test_a_header_of_column_groups_without_periods_names_each_column() -> None:
    table = line_table("Value (NOK million) Change (%) Exports 146.2 -5.7 Imports 90.3 -5.6 Balance 55.9 -9.4")
    assert table is not None and [r.label.text for r in table.rows] == ["Exports", "Imports", "Balance"]
    assert [(u.scale, u.unit) for u in table.units if u] == [(" million", "NOK"), ("", "%")]
    counts = line_table("Firms by region Region Number of firms North 120 South 98 East 77 West 101")
    assert counts is not None and counts.units[0] is not None and counts.units[0].unit == "firms"
    assert [r.label.text for r in counts.rows] == ["North", "South", "East", "West"]
    # one unit over two columns: which one it names is not said
    assert line_table("Value (NOK million) Exports 146.2 -5.7 Imports 90.3 -5.6 Balance 55.9 -9.4") is None
    assert line_table("The number of firms rose in the North 120 South 98 East 77") is None


def test_the_highest_since_a_year_over_a_chart_series_is_its_highest_point(tmp_path: Path) -> None:
    text = (
        "Volume index of production\n\n"
        "In Q3 2017, the highest level since 2008 was reached, the office said.\n\n"
        "2016 IV107.3\n2017 I107.8\n2017 II108.9\n2017 III109.5\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert "order" in kinds(drafted["109.5"]) and any("source" in repr(t) for t in todos["109.5"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, text.replace("2017 II108.9", "2017 II109.9"))
    assert failing == ["order"]
    drafted, failing, todos = run_text(tmp_path, text.replace("In Q3 2017", "In September 2017"))
    assert failing == [] and not any(kinds(c) for c in drafted.values())  # no point of September


def test_factcheck_check_catches_a_planted_error_in_a_one_line_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("release.txt").write_text(TRADE, encoding="utf-8")
    code, out, _ = invoke("check", "release.txt", "--format", "json")
    report = json.loads(out)
    bad = [
        f for c in report["claims"] for f in c["findings"] if f["verdict"] in ("fail", "invalid", "error", "misquoted")
    ]
    assert (code, bad) == (0, [])
    Path("release.txt").write_text(TRADE.replace("Trade balance 20.3", "Trade balance 21.3"), encoding="utf-8")
    code, out, _ = invoke("check", "release.txt", "--format", "json")
    failing = [
        (f["check"], f["line"]) for c in json.loads(out)["claims"] for f in c["findings"] if f["verdict"] == "fail"
    ]
    assert code == 1 and ("difference", 3) in failing


def test_two_tables_on_one_line_are_read_each_under_its_own_header() -> None:
    line = TRADE.splitlines()[2].replace("1Figures for the latest month are preliminary.", "") + (
        "Imports by group Value (SEK million) Change (%) Food 12.1 1.5 Fuels 30.2 -4.0 Machinery 41.0 2.2"
    )
    tables = line_tables(line)
    assert [len(t.rows) for t in tables] == [4, 3]
    second = tables[1]
    assert [(u.scale, u.unit) for u in second.units if u] == [(" million", "SEK"), ("", "%")]
    assert second.header.text.startswith("Imports by group") and second.rows[0].label.text == "Food"


def test_two_tables_of_the_same_shape_on_one_line_are_split_at_the_note_between_them() -> None:
    line = TRADE.splitlines()[2]
    tables = line_tables(f"{line} {line}")
    assert [len(t.rows) for t in tables] == [4, 4]
    assert tables[1].header.text.startswith("1Figures for the latest month")
    assert [c.period for c in tables[1].columns][3] == "2024-01/2024-03"
