"""Tables whose header names each column's unit and whose row label is a period; Chinese tables
with a unit line and cells apart by spaces."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units_periods as _drafts

from factcheck.checks.citation import quote_has_number
from factcheck.extract import checkdoc
from factcheck.grammar.tables import caption_unit, caption_units, header_units, spaced_row_figures, spaced_values
from factcheck.run.pipeline import RunOptions

PERIOD_ROWS = (
    "Prices rose in the year to April 2024, the office said today.\n\n"
    "Index | ||||\n\n"
    "% monthly change | % annual change | Percent of total | ||\n\n"
    "Mar 2024 | 0.4 | 5.1 | 12.5 | |||\n\n"
    "Q1 2024 | -0.3 | 4.8 | 11.0 | |||\n"
)


def test_a_header_cell_that_opens_with_percent_names_its_unit() -> None:
    units = header_units("% monthly change | % annual change | Percent of total | ||")
    assert units is not None and [u.unit if u else None for u in units] == ["%", "%", "%"]
    assert header_units("Percentage change | Persons | Households") is None  # no unit named
    assert header_units("Monthly change % | Annual") is None  # the unit must open the cell


def test_a_row_whose_label_is_a_period_gives_its_cells_that_period_and_the_column_unit(tmp_path) -> None:
    drafts = _drafts(tmp_path, PERIOD_ROWS)
    assert ("0.4", "%", "2024-03") in drafts
    assert ("5.1", "%", "2024-03") in drafts
    assert ("12.5", "%", "2024-03") in drafts
    assert ("-0.3", "%", "2024-Q1") in drafts
    assert ("11.0", "%", "2024-Q1") in drafts


def test_a_row_label_that_is_no_period_gives_no_period(tmp_path) -> None:
    text = PERIOD_ROWS.replace("Mar 2024", "Food").replace("Q1 2024", "Energy")
    drafts = _drafts(tmp_path, text)
    assert ("0.4", "%", "2024-04") in drafts or ("0.4", "%", None) in drafts
    assert not any(period in ("2024-03", "2024-Q1") for _, _, period in drafts)


def test_a_new_header_row_naming_no_unit_ends_the_units_of_the_table_before(tmp_path) -> None:
    text = PERIOD_ROWS + "\nX-axis label | CPI | HICP |\n\n---|---|---|\n\nApr 2023 | 7.2 | 6.3 |\n"
    drafts = _drafts(tmp_path, text)
    assert ("5.1", "%", "2024-03") in drafts  # the first table keeps its units
    assert not any(value in ("7.2", "6.3") and unit == "%" for value, unit, _ in drafts)


def test_a_unit_line_lists_each_column_unit_in_turn() -> None:
    units = caption_units("单位:人、%")
    assert units is not None and [(u.scale, u.unit) for u in units] == [("", "人"), ("", "%")]
    assert caption_unit("单位:人、%") is None  # no one unit for every column
    one = caption_units("单位：万元")
    assert one is not None and [(u.scale, u.unit) for u in one] == [("万", "元")]
    assert caption_units("单位:2019年") is None  # a note, no unit
    assert caption_units("全国人口中,0—14岁人口为253383938人") is None


def test_the_figures_that_end_a_space_separated_chinese_row() -> None:
    assert [c.text for c in spaced_row_figures("总 计 1411778724 100.00")] == ["1411778724", "100.00"]
    assert [c.text for c in spaced_row_figures("0—14岁 253383938 17.95")] == ["253383938", "17.95"]
    assert [c.text for c in spaced_row_figures("全 国 17.95 63.35 18.70 13.50")] == ["17.95", "63.35", "18.70", "13.50"]
    assert spaced_row_figures("年龄 人口数 比重") == []  # a header: no figure
    assert spaced_row_figures("全国人口为253383938人,占17.95%") == []  # a sentence
    assert spaced_row_figures("Sales 1.7 5.6") == []  # no Chinese label: the English flattened rows' rule
    assert spaced_row_figures("地区 | 17.95") == []


SPACED = (
    "全国人口中,0—14岁人口为253383938人,占17.95%。\n\n"
    "5-1 全国人口年龄构成\n\n单位:人、%\n\n年龄 人口数 比重\n\n"
    "总 计 1411778724 100.00\n\n0—14岁 253383938 17.95\n\n"
    "5-2 各地区人口年龄构成\n\n单位:%\n\n地区 比重\n\n0—14岁 15—59岁 60岁及以上\n\n"
    "全 国 17.95 63.35 18.70 13.50\n\n北 京 11.84 68.53 19.63 13.30\n\n"
    "5-3 各地区人口\n\n地区 人口\n\n天 津 13866009 1.0\n"
)


def test_each_figure_of_a_space_separated_row_takes_its_column_unit(tmp_path) -> None:
    drafts = _drafts(tmp_path, SPACED)
    assert ("1411778724", "人") in [(v, u) for v, u, _ in drafts]
    assert ("100.00", "%") in [(v, u) for v, u, _ in drafts]
    assert ("253383938", "人") in [(v, u) for v, u, _ in drafts]
    for value in ("17.95", "63.35", "18.70", "13.50", "11.84", "68.53", "19.63", "13.30"):
        assert (value, "%") in [(v, u) for v, u, _ in drafts]


def test_a_new_table_title_ends_the_unit_line_before(tmp_path) -> None:
    drafts = _drafts(tmp_path, SPACED)
    assert not any(value in ("13866009", "1.0") and unit == "%" for value, unit, _ in drafts)


def test_a_scaled_unit_line_gives_the_scale_and_the_citation_accepts_the_quote(tmp_path) -> None:
    text = "表1 城乡人口\n\n单位:万人、%\n\n城乡 人口数 比重\n\n城 镇 90199 63.89\n"
    drafts = _drafts(tmp_path, text)
    assert ("90199万", "人") in [(v, u) for v, u, _ in drafts]
    assert spaced_values("单位:万人、%\n城乡 人口数 比重\n城 镇 90199 63.89")[0][0] == "90199"


def test_space_separated_cells_under_a_scaled_unit_line_are_drafted_and_verify(tmp_path) -> None:
    text = "表1 城乡人口\n\n单位:万人、%\n\n城乡 人口数 比重\n\n城 镇 90199 63.89\n\n乡 村 50979 36.11\n"
    drafts = _drafts(tmp_path, text)
    assert ("50979万", "人", None) in [(v, u, None) for v, u, _ in drafts]
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    bad = [f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid", "error", "fail")]
    assert not bad
    assert quote_has_number("单位:万人、%\n城乡 人口数 比重\n城 镇 90199 63.89", "90199万")
    assert not quote_has_number("城乡 人口数 比重\n城 镇 90199 63.89", "90199万")  # no unit line: no scale
