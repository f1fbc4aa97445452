"""Extraction classes from the first run of held-out batch 6 (issue 11): a change verb, its change and
the level it reached without "by"; Chinese measure words; release furniture (catalogue numbers, click
counters, date-time stamps, header rows of periods, tallies, durations)."""

from __future__ import annotations

from pathlib import Path

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract import checkdoc
from factcheck.extract.mentions import paragraph_mentions
from factcheck.extract.tablecells import column_periods
from factcheck.extract.timing import Reference
from factcheck.grammar.tables import ROW_UNIT, UNIT_COLUMN, ColumnUnit, caption_unit, header_units, table_values
from factcheck.grammar.values import parse_quantity
from factcheck.run.pipeline import RunOptions


def _values(text: str, lang: str = "en", period: str | None = "2018-06") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_change_verb_then_x_to_y_is_a_change_and_a_level_never_a_range() -> None:
    assert _values("Employment increased 26,900 to 12,562,800.") == [("26,900", None), ("12,562,800", None)]
    assert _values("Unemployment decreased 1,100 to 714,100.") == [("-1,100", None), ("714,100", None)]
    assert _values("Part-time employment fell about 3,100 to 4,008,400 persons.")[0] == ("-3,100", None)
    for quote, value, sign in (
        ("Unemployment decreased 1,100 to 714,100.", "-1,100", -1),
        ("Employment increased 26,900 to 12,562,800.", "26,900", 1),
    ):
        assert sign_problem(quote, value, sign) is None
    assert sign_problem("Unemployment decreased 1,100 to 714,100.", "1,100", 1) is not None


def test_x_to_y_without_a_change_verb_stays_a_range() -> None:
    assert ("30 to 50", "jobs") in _values("Each firm hired 30 to 50 jobs.")
    assert _values("预计增长6%-6.5%", "zh", "2018") == [("6%-6.5%", "%")]


def test_a_range_ends_at_a_full_number_before_a_full_stop() -> None:
    # "12,562,800." was cut to "12,562": the thousands group before "," is part of the number
    assert _values("Sizes were 3 to 4,100,200.") == [("3 to 4,100,200", None)]


def _zh(text: str) -> list[tuple[str, str | None]]:
    return [(m.value, m.unit) for m in paragraph_mentions(text, 2, "zh", "2018") if m.kind != "label"]


def test_chinese_measure_words_are_count_units() -> None:
    assert _zh("家禽存笼1242.8万羽,出笼2523.8万羽") == [("1242.8万", "羽"), ("2523.8万", "羽")]
    assert _zh("投放鱼苗500万尾，安装路灯1200盏，新打机井30眼") == [("500万", "尾"), ("1200", "盏"), ("30", "眼")]
    assert parse_quantity("1242.8万", "羽").unit.dimension == "count"
    assert _zh("年尾实现增长5%") == [("5", "%")]  # 尾 after a word, no number: no unit


def test_page_furniture_is_no_statistic() -> None:
    assert _zh("时间:2019-05-20 14:03:13 来源:抚州市统计局 作者: 点击:4089次") == []
    assert _zh("阅读：120次") == []
    assert _zh("网站点击量达1.2亿次") == [("1.2亿", "次")]  # a statistic about clicks stays one
    assert _values("6202.0 - Labour Force, Australia, Jun 2018 Quality Declaration") == []
    assert _values("In 2018, 6202.0 tonnes were shipped.") == [("6202.0", "tonnes")]


def test_a_date_without_a_clock_time_is_still_a_date() -> None:
    found = paragraph_mentions("2019-05-20 全市召开会议，投资增长5%", 2, "zh", "2018")
    assert [m.type for m in found if m.type == "date"] == ["date"]


def test_a_header_row_of_periods_is_no_statistic() -> None:
    assert _zh("| 10月 | 1-10月 |") == []
    assert _zh("| 指标 | 2017年 | 2018年 |") == []
    assert _zh("| 居民消费价格 | 1.9 | 2.0 |") == [("1.9", None), ("2.0", None)]


def test_a_tally_of_directions_is_no_litre() -> None:
    assert _zh("八大类消费品价格与上年相比呈现五升三降的趋势") == []
    assert _zh("价格七涨一平，其中食品上涨3.2%") == [("3.2", "%")]
    assert _zh("汽油每升上涨0.2元") == [("0.2", "元")]


def test_a_title_stating_the_unit_gives_it_to_every_column() -> None:
    table = "表2 2014年居民消费价格比上年涨跌幅度\n| 全 省(%) | 城 市 | 农 村 |\n居民消费价格总水平 | 2.0 | 2.1 | 1.9 |"
    assert table_values(table) == [(v, ColumnUnit("", "%")) for v in ("2.0", "2.1", "1.9")]
    unit_line = "表3 财政收支\n单位：亿元\n| 收入 | 支出 |\n全省 | 12.5 | 30.1 |"
    assert table_values(unit_line) == [("12.5", ColumnUnit("亿", "元")), ("30.1", ColumnUnit("亿", "元"))]
    # a title with the rate beside other measures ("产量及其增长速度") gives no unit to all columns
    mixed = "表4 主要产品产量及其增长速度\n| 产量 | 增长(%) |\n钢材 | 120 | 3.1 |"
    assert table_values(mixed) == [("3.1", ColumnUnit("", "%"))]
    # a header with a unit column: each row names its own unit
    assert caption_unit("单位：万吨") == ColumnUnit("万", "吨")
    assert header_units("| 单位 | 产量 |", ColumnUnit("万", "吨")) == [None, UNIT_COLUMN, ROW_UNIT]  # not the title's
    assert table_values("单位：万吨\n| 单位 | 产量 |\n| 钢材 | 吨 | 120 |") == [("120", ColumnUnit("", "吨"))]


def test_table_cells_under_a_title_unit_draft_and_verify(tmp_path: Path) -> None:
    text = (
        "全年物价平稳。\n\n表2 2014年居民消费价格比上年涨跌幅度\n\n"
        "| 全 省(%) | 城 市 | 农 村 |\n\n食 品 | 3.3 | 3.2 | 3.5 |\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    cells = {d.mention.value: d for d in prepared[0].drafts if d.mention.value in ("3.3", "3.2", "3.5")}
    assert {v: d.mention.unit for v, d in cells.items()} == {"3.3": "%", "3.2": "%", "3.5": "%"}
    assert all("涨跌幅度" in d.mention.quote for d in cells.values())
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    bad = [f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid", "error", "fail")]
    assert not bad


def test_a_header_row_of_periods_gives_each_column_its_period(tmp_path: Path) -> None:
    text = (
        "2017年10月居民消费价格主要数据\n\n| 10月 | 1-10月 |\n\n"
        "| 环比涨跌幅(%) | 同比涨跌幅(%) | 同比涨跌幅(%) |\n\n居民消费价格 | 0.1 | 1.9 | 1.5 |\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)], period="2017-10")[0].drafts
    assert [(d.mention.value, d.mention.period) for d in drafts] == [
        ("0.1", "2017-10"),
        ("1.9", "2017-10"),
        ("1.5", "2017-01/2017-10"),
    ]
    # a row whose cells are not all periods gives none
    assert column_periods("| 10月 | 合计 |", Reference.of("2017-10")) == ()
    assert column_periods("| 12月 | 1-2月 |", Reference.of("2018-02")) == ("2017-12", "2018-01/2018-02")


def _periods(text: str, period: str = "2012-12") -> list[tuple[str, str | None]]:
    return [(m.value, m.period) for m in paragraph_mentions(text, 1, "en", period) if m.type != "date"]


def test_the_figure_of_a_comparison_base_has_the_base_period() -> None:
    text = (
        "Compensation costs increased 1.9 percent for the 12-month period ending December 2012, "
        "essentially unchanged from the December 2011 increase of 2.0 percent."
    )
    assert _periods(text) == [("1.9", "2012-12"), ("2.0", "2011-12")]
    text = "Benefit costs increased 2.5 percent, down from the December 2011 increase, which was 3.2 percent."
    assert _periods(text)[-1] == ("3.2", "2011-12")
    text = "Wages rose 1.7 percent, unchanged from the 12-month period ending December 2011, which was 1.6 percent."
    assert _periods(text)[-1] == ("1.6", "2011-12")
    # a base the number is compared with, no figure of its own: the number keeps its own period
    assert _periods("Sales rose 3.0 percent from December 2011.") == [("3.0", "2012-12")]
    assert _periods("The rate was 5.1 percent, above its February 2020 level.") == [("5.1", "2012-12")]
