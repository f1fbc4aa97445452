"""Relations a table states through its column headers and row labels (issue 12, tables).

Each class: a consistent text drafts the relation and raises no alarm; the same text with one
digit changed (a growth cell, a balance, a total, a text figure the table restates) is caught by
the check of that kind, at the changed number's line. Headers that do not say what a column is
draft nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.extract.relations_eval import DATA
from tests.extract.test_infer import relations

from factcheck.extract import checkdoc
from factcheck.grammar.flatcolumns import read_row
from factcheck.grammar.flatheader import header_columns
from factcheck.run.pipeline import RunOptions

TRADE = """Trade in goods, March 2024
In March 2024, exports of goods from the region rose to €212.4 bn, an increase of 3.1% compared with March 2023. \
Imports stood at €190.1 bn, up by 2.2% compared with March 2023. Intra-regional trade rose to €150.3 bn, up by 0.7%.
Regional trade - non seasonally adjusted data bn €
Flows Mar 23 Mar 24 Growth Jan-Mar 23 Jan-Mar 24 Growth
Extra-region exports 206.0 212.4 3.1% 598.2 611.7 2.3%
Extra-region imports 186.0 190.1 2.2% 570.3 566.9 -0.6%
Extra-region trade balance 20.0 22.3 27.9 44.8
Intra-region trade 149.2 150.3 0.7% 440.1 447.5 1.7%
The source dataset is available here.
"""

SALES = """Table 2
Wholesale sales: Provinces and territories – Seasonally adjusted
January 2024 February 2024 January to February 2024
millions of dollars % change
Canada 12,420 12,610 1.5%
Atlantic provinces 1,210 1,190 -1.7%
Central provinces 7,300 7,450 2.1%
Western provinces 3,910 3,970 1.5%
Notes
"""

DOLLARS = """Trade in goods, March 2024
The region recorded a surplus of $22.3 billion in March 2024, compared with $20.0 billion in March 2023. \
In March 2024, exports rose to $212.4 billion (exports then $206.0 billion).
Flows Mar 23 Mar 24
Exports (in Billion US Dollars) 206.0 212.4
Imports (in Billion US Dollars) 186.0 190.1
Trade balance (in Billion US Dollars) 20.0 22.3
The source dataset is available here.
"""

GDP_ZH = """2021年国民经济和社会发展统计公报
一、综合
初步核算，全年地区生产总值(GDP)[2] 2167.67亿元，按可比价格计算，增长8.5%。\
其中：第一产业增加值332.13亿元，增长8.0%；第二产业增加值768.56亿元，增长9.2%；第三产业增加值1066.98亿元，增长8.3%。
2021年全市生产总值及增长速度
指 标 | 绝对数(亿元) | 比上年增长(%) |
地区生产总值 | 2167.67 | 8.5 |
其中:第一产业 | 332.13 | 8.0 |
第二产业 | 768.56 | 9.2 |
第三产业 | 1066.98 | 8.3 |
其中:农林牧渔业 | 383.15 | 8.1 |
工业 | 536.03 | 9.5 |
建筑业 | 232.78 | 8.5 |
批发和零售业 | 185.15 | 11.5 |
交通运输、仓储和邮政业 | 107.12 | 7.2 |
住宿和餐饮业 | 44.0 | 17.2 |
金融业 | 117.4 | 4.6 |
房地产业 | 168.86 | 5.6 |
其他营利性服务业 | 170.41 | 9.6 |
其他非营利性服务业 | 222.78 | 7.4 |
"""


def _figures(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """The complete checks drafted, values as digits only (a cell may or may not carry its column's
    unit: "12,420" or "12,420 million")."""

    def digits(value: str) -> str:
        return re.sub(r"[^\d.,-]", "", value)

    checks, _ = relations(text)
    return {(digits(claim), kind, tuple(digits(o) for o in operands)) for claim, kind, operands in checks}


def _failing(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    document = tmp_path / "doc.txt"
    document.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
    return [
        (f.check, f.position.line)
        for r in result.claims
        for f in r.findings
        if f.index is not None and f.verdict.value in ("fail", "error", "invalid")
    ]


def test_header_columns_say_which_periods_a_change_is_between() -> None:
    statcan = header_columns("March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012")
    assert [(c.change, c.base, c.period) for c in statcan[3:]] == [
        (True, "2012-02", "2012-03"),
        (True, "2011-03", "2012-03"),
    ]
    singapore = header_columns("Group Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug 97/ Jul 97")
    assert [(c.base, c.period) for c in singapore[3:]] == [("1996-08", "1997-08"), ("1997-07", "1997-08")]
    eurostat = header_columns("Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth")
    assert [(c.base, c.period) for c in eurostat if c.change] == [
        ("2018-09", "2019-09"),
        ("2018-01/2018-09", "2019-01/2019-09"),
    ]
    # no header: a sentence naming years, a unit line, a change with no periods to be between
    assert header_columns("The economy grew in 2019 and 2020") == ()
    assert header_columns("Index % Change") == ()
    three = header_columns("2021 2022 2023 Change")
    assert three[-1].change and three[-1].base is None  # which two of the three years is not said


def test_row_cells_choose_the_reading_that_fits_the_header() -> None:
    eurostat = header_columns("Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth")
    exports = read_row("Extra-EA19 exports 186.5 196.2 5.2% 1 692.3 1 741.9 2.9%", eurostat)
    assert exports is not None and [c.text for c, _ in exports.cells][3:5] == ["1 692.3", "1 741.9"]
    balance = read_row("Extra-EA19 trade balance 12.6 18.7 147.3 155.5", eurostat)
    assert balance is not None and [k for _, k in balance.cells] == [0, 1, 3, 4]  # the period columns only
    singapore = header_columns("Group Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug 97/ Jul 97")
    for spaced in (False, True, None):  # whether or not the document writes "€1 741.9 bn"
        food = read_row("Food 30 109.2 110.9 111.1 1.7 0.2", singapore, spaced)
        assert food is not None and food.cells[0][0].text == "30" and food.cells[0][1] == -1  # a weight
    statcan = header_columns("March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012")
    row = read_row("Newfoundland and Labrador 538 582 597 2.6 11.0", statcan)
    assert row is not None and [c.text for c, _ in row.cells] == ["538", "582", "597", "2.6", "11.0"]
    assert row.label == "Newfoundland and Labrador"


def test_a_change_column_a_balance_row_and_restated_cells_are_drafted() -> None:
    checks = _figures(TRADE)
    assert ("3.1", "growth", ("206.0", "212.4")) in checks
    assert ("2.3", "growth", ("598.2", "611.7")) in checks
    assert ("1.7", "growth", ("440.1", "447.5")) in checks
    assert ("22.3", "difference", ("212.4", "190.1")) in checks
    assert ("27.9", "difference", ("598.2", "570.3")) in checks
    assert ("3.1", "same", ("3.1",)) in checks  # "an increase of 3.1%" restated by the exports row
    assert ("0.7", "same", ("0.7",)) in checks  # named by its sentence: "Intra-regional trade …, up by"
    assert not any(kind == "sum" for _, kind, _ in checks)  # no total row


def test_provinces_and_territories_add_up_to_the_country() -> None:
    checks = _figures(SALES)
    assert ("12,420", "sum", ("1,210", "7,300", "3,910")) in checks
    assert ("12,610", "sum", ("1,190", "7,450", "3,970")) in checks
    assert ("-1.7", "growth", ("1,210", "1,190")) in checks
    # without a title saying the rows are the provinces, the first row is not taken for their total
    plain = _figures(SALES.replace("Provinces and territories", "Selected regions"))
    assert not any(kind == "sum" for _, kind, _ in plain)
    # an excerpt: the rows left do not add up in any column, so no column is taken for a sum
    excerpt = _figures(SALES.replace("Central provinces 7,300 7,450 2.1%\n", ""))
    assert not any(kind == "sum" for _, kind, _ in excerpt)


@pytest.mark.parametrize("text", [TRADE, SALES, GDP_ZH, DOLLARS], ids=["trade", "sales", "gdp-zh", "dollars"])
def test_a_consistent_table_raises_no_alarm(tmp_path: Path, text: str) -> None:
    assert _failing(tmp_path, text) == []


PLANTED = [
    ("trade", "206.0 212.4 3.1%", "206.0 212.4 3.7%", "growth"),  # a growth cell
    ("trade", "440.1 447.5 1.7%", "440.1 447.5 1.2%", "growth"),
    ("trade", "balance 20.0 22.3", "balance 20.0 23.3", "difference"),  # a balance cell
    ("trade", "increase of 3.1%", "increase of 3.4%", "same"),  # the text's figure against the cell
    ("sales", "Canada 12,420", "Canada 12,480", "sum"),  # a total
    ("sales", "Central provinces 7,300 7,450", "Central provinces 7,300 7,550", "sum"),  # a part
    ("gdp-zh", "(GDP)[2] 2167.67亿元", "(GDP)[2] 2167.87亿元", "same"),  # the text against 表
    ("gdp-zh", "金融业 | 117.4 |", "金融业 | 118.4 |", "sum"),  # one of the ten industries
    ("gdp-zh", "按可比价格计算，增长8.5%", "按可比价格计算，增长8.9%", "same"),
]
TEXTS = {"trade": TRADE, "sales": SALES, "gdp-zh": GDP_ZH}


@pytest.mark.parametrize(("name", "written", "planted", "kind"), PLANTED, ids=[f"{p[0]}:{p[2]}" for p in PLANTED])
def test_a_planted_digit_is_caught(tmp_path: Path, name: str, written: str, planted: str, kind: str) -> None:
    text = TEXTS[name]
    assert written in text
    changed = text.replace(written, planted, 1)
    line = changed[: changed.index(planted)].count("\n") + 1
    failing = _failing(tmp_path, changed)
    assert (kind, line) in failing or any(k == kind for k, _ in failing), failing


def test_the_industries_of_gdp_add_up_to_the_total_row() -> None:
    checks = _figures(GDP_ZH)
    sums = {operands for claim, kind, operands in checks if kind == "sum" and claim == "2167.67"}
    assert ("332.13", "768.56", "1066.98") in sums
    assert any(len(operands) == 10 and "117.4" in operands for operands in sums)
    # without the other services, the list may leave industries out: no sum
    cut = GDP_ZH.replace("其他营利性服务业 | 170.41 | 9.6 |\n其他非营利性服务业 | 222.78 | 7.4 |\n", "")
    assert not any(kind == "sum" and len(operands) > 3 for _, kind, operands in _figures(cut))


def test_a_surplus_names_the_balance_row_and_a_figure_of_another_column_is_not_restated() -> None:
    checks = _figures(DOLLARS)
    assert ("22.3", "same", ("22.3",)) in checks
    assert ("20.0", "same", ("20.0",)) in checks
    assert ("212.4", "same", ("212.4",)) in checks
    assert ("22.3", "difference", ("212.4", "190.1")) in checks
    # "$206.0 billion" is read as of March 2024, but it is the exports row's March 2023 cell, not 212.4
    assert not any(claim == "206.0" and kind == "same" for claim, kind, _ in checks)


def test_headers_that_say_no_periods_draft_nothing() -> None:
    text = (
        "Trade by flow\n"
        "Flows Value Previous Change\n"
        "Exports 206.0 212.4 3.1%\n"
        "Imports 186.0 190.1 2.2%\n"
        "Balance 20.0 22.3\n"
    )
    checks, _ = relations(text)
    assert not any(kind in ("growth", "difference") for _, kind, _ in checks)
    three = "Sales\nRegion 2021 2022 2023 Change\nNorth 1,210 1,190 1,250 5.0%\nSouth 7,300 7,450 7,500 0.7%\n"
    checks, _ = relations(three)
    assert not any(kind == "growth" for _, kind, _ in checks)  # which two years is not said


HTML = """<html><body><h1>Trade in goods, March 2024</h1>
<p>In March 2024, exports of goods rose by 3.1% compared with March 2023.</p>
<table><tr><th>Flows</th><th>Mar 23</th><th>Mar 24</th><th>Growth (%)</th></tr>
<tr><td>Exports</td><td>206.0</td><td>212.4</td><td>3.1</td></tr>
<tr><td>Imports</td><td>186.0</td><td>190.1</td><td>2.2</td></tr>
<tr><td>Trade balance</td><td>20.0</td><td>22.3</td><td></td></tr></table></body></html>
"""


def _html_checks(tmp_path: Path, text: str) -> tuple[set[tuple[str, str]], list[tuple[str, int]]]:
    document = tmp_path / "trade.html"
    document.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(document)])
    checks = {(str(d.data["value"]), next(iter(c))) for d in prepared[0].drafts for c in d.data.get("checks", [])}
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True, cwd=tmp_path))
    failing = [
        (f.check, f.position.line)
        for r in result.claims
        for f in r.findings
        if f.index is not None and f.verdict.value in ("fail", "error", "invalid")
    ]
    return checks, failing


def test_a_table_of_cells_in_html_states_the_same(tmp_path: Path) -> None:
    checks, failing = _html_checks(tmp_path, HTML)
    assert {("3.1", "growth"), ("3.1", "same"), ("2.2", "growth")} <= checks
    assert ("20.0", "difference") in checks  # the empty growth cell left out by the reader
    assert failing == []
    _, planted = _html_checks(tmp_path, HTML.replace("<td>190.1</td><td>2.2</td>", "<td>190.1</td><td>2.9</td>"))
    assert any(kind == "growth" for kind, _ in planted)


SUMMARY = """Table 1 Summary of external trade: March 2024 and March 2023
Exports Imports
March 2024p March 2023r March 2024p March 2023
FOB Value (in Million US Dollars) 6,120.50 5,980.10 8,410.25 8,900.75
Year-on-Year Growth (Percent) 2.3 -1.4 -5.5 12.0
Electronic Products
FOB Value (in Million US Dollars) 3,400.00 3,200.00 2,100.00 2,000.00
Year-on-Year Growth (Percent) 6.3 4.0 5.0 -2.0
p – preliminary, r – revised
"""


def test_a_year_on_year_row_is_the_growth_of_the_row_above_within_its_group(tmp_path: Path) -> None:
    checks = _figures(SUMMARY)
    growth = {c for c in checks if c[1] == "growth"}
    assert growth == {
        ("2.3", "growth", ("5,980.10", "6,120.50")),  # exports, March 2024 over March 2023
        ("-5.5", "growth", ("8,900.75", "8,410.25")),  # imports: the second group's columns
        ("6.3", "growth", ("3,200.00", "3,400.00")),  # under the sub-heading
        ("5.0", "growth", ("2,000.00", "2,100.00")),
    }  # March 2023's growth needs March 2022: not in the table
    assert _failing(tmp_path, SUMMARY) == []
    planted = _failing(tmp_path, SUMMARY.replace("Growth (Percent) 2.3", "Growth (Percent) 2.8"))
    assert ("growth", 5) in planted


def test_a_planted_growth_cell_of_a_real_release_is_caught(tmp_path: Path) -> None:
    """The Philippine trade release of September 2019: its summary table's year-on-year row."""
    text = (DATA / "en-psa-trade-2019-09.txt").read_text(encoding="utf-8")
    written = "Year-on-Year Growth (Percent) -2.6 1.1 -10.5 30.2"
    assert written in text and _failing(tmp_path, text) == []
    changed = text.replace(written, written.replace("-10.5", "-11.5"), 1)
    line = changed[: changed.index("-11.5")].count("\n") + 1
    assert ("growth", line) in _failing(tmp_path, changed)


# real releases of batches v and 8: (document, text as written, planted text, the check that must fail)
REAL = [
    ("en-statcan-mfg-2012-03", "Quebec 11,617 11,675 11,810 1.2 1.7", "Quebec 11,617 11,675 11,810 1.2 1.9", "growth"),
    ("en-statcan-mfg-2012-03", "Canada 46,889 48,741", "Canada 46,989 48,741", "sum"),  # provinces and territories
    ("en-sgdos-cpi-1997-08", "Food 30 109.2", "Food 31 109.2", "sum"),  # the weights make up 100
    ("en-sgdos-cpi-1997-08", "Aug 97/ Jul 97\nAll Items 100 107.1 109.2 109.6 2.3 0.3", None, "growth"),
    ("en-sgdos-cpi-1997-08", "edged up by 0.2 per cent", "edged up by 0.4 per cent", "same"),  # restated by Food
    ("en-eurostat-trade-2019-09", "1 692.3 1 741.9 2.9%", "1 692.3 1 741.9 3.9%", "growth"),
    ("en-eurostat-trade-2019-09", "balance 12.6 18.7", "balance 12.6 19.7", "difference"),
    ("en-eurostat-trade-2019-09", "stood at €177.6 bn", "stood at €178.6 bn", "same"),
]


@pytest.mark.parametrize(("name", "written", "planted", "kind"), REAL, ids=[f"{r[0]}:{r[3]}:{r[1][:20]}" for r in REAL])
def test_a_planted_digit_in_a_real_release_is_caught(
    tmp_path: Path, name: str, written: str, planted: str | None, kind: str
) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert written in text
    if planted is None:  # the All Items change over the month: 109.6 / 109.2 − 1 = 0.37 %, stated 0.3
        planted = written[: written.rindex(" 0.3")] + " 0.9"
    changed = text.replace(written, planted, 1)
    line = changed[: changed.index(planted)].count("\n") + 1 + planted.count("\n")
    failing = _failing(tmp_path, changed)
    assert any(k == kind for k, _ in failing), failing
    if kind in ("growth", "same", "difference"):  # the changed figure carries the check
        assert (kind, line) in failing, failing


def test_an_unheaded_column_of_100_in_every_row_is_no_weight() -> None:
    header = "Consumer price index\nGroup Jan 24 Feb 24 Feb 24/ Jan 24\n"
    weights = header + "All items 100 105.0 105.5 0.5%\nFood 60 104.0 104.4 0.4%\nOther 40 106.5 107.2 0.7%\n"
    assert ("100", "sum", ("60", "40")) in _figures(weights)
    bases = header + "All items 100 105.0 105.5 0.5%\nFood 100 104.0 104.4 0.4%\nOther 100 106.5 107.2 0.7%\n"
    assert not any(kind == "sum" for _, kind, _ in _figures(bases))


def test_a_balance_named_after_its_figure_and_a_period_read_from_another_sentence() -> None:
    text = TRADE.replace(
        "Intra-regional trade rose",
        "As a result, the region recorded a €22.3 bn surplus. In January to March 2024, exports rose to "
        "€611.7 bn and imports to €566.9 bn. As a result the region recorded a surplus of €44.8 bn. "
        "Intra-regional trade rose",
    )
    checks = _figures(text)
    assert ("22.3", "same", ("22.3",)) in checks  # "surplus" after the figure names the balance row
    assert ("44.8", "same", ("44.8",)) in checks  # of January to March, whatever period it was read in


def test_headers_extraction_reads_state_growth_to_the_relations_too() -> None:
    """One reader for both: a change "from: Aug. 2019-Sept. 2019", periods written "2019Q3", and
    numbers in groups of thousands in threes ("1 234 567") are read by the relations as by the drafts."""
    bls = (
        "Employment by industry\n"
        "Category Sept. 2018 Aug. 2019 Sept. 2019 Change from: Aug. 2019-Sept. 2019\n"
        "Manufacturing 1,200.0 1,250.0 1,275.0 2.0%\n"
        "Construction 800.0 820.0 836.4 2.0%\n"
    )
    assert ("2.0", "growth", ("1,250.0", "1,275.0")) in _figures(bls)
    quarters = "Sales by region\nRegion 2019Q2 2019Q3 Growth\nNorth 410.0 420.5 2.6%\nSouth 300.0 306.0 2.0%\n"
    assert ("2.6", "growth", ("410.0", "420.5")) in _figures(quarters)
    grouped = "Population\nRegion 2021 2022 Change\nNorth 1 234 567 1 296 295 5.0%\nSouth 523 456 549 629 5.0%\n"
    assert ("5.0", "growth", ("1234567", "1296295")) in _figures(grouped)  # digits only: "1 234 567"
