"""Chinese classes of round 6: 兆 as Taiwan's trillion before a currency (the prefix mega before any
other word), a structure a:b:c whose first two parts look like a clock time (13:53.8:33.6), and a
table whose header row and rows have their cells apart by spaces, the header naming each column's
unit in brackets ("市 县 绝对数 (亿元) 比上年同期增长 (%)")."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.grammar.tables import ColumnUnit, spaced_header_units, spaced_row_figures, spaced_values
from factcheck.grammar.values import parse_quantity


def _drafts(tmp_path: Path, body: str) -> list[tuple[str, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text("2023年国民经济和社会发展统计公报\n" + body + "\n", encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    return [(d.data["value"], d.data.get("unit")) for d in drafts if d.data["kind"] != "label"]


def test_zhao_before_a_currency_is_a_trillion(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "國內生產總值為23.55兆元,外匯存底5.6兆新台幣,市值1.2兆美元。")
    assert ("23.55兆", "元") in found
    assert ("5.6兆", "新台币") in found
    assert ("1.2兆", "美元") in found
    value, unit = next(d for d in found if d[0] == "23.55兆")
    assert parse_quantity(value, unit).interval.lo > 2 * 10**13


def test_zhao_with_a_tail_of_yi_is_one_number(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "全年税收收入2兆3,456億元。")
    assert found == [("2兆3,456亿", "元")]


def test_zhao_before_another_unit_is_mega_not_a_scale(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "新增装机容量120兆瓦,宽带接入速率达100兆。")
    assert ("120", "兆瓦") in found
    assert all("兆" not in value for value, _ in found)


def test_a_structure_ratio_is_no_clock_time(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "全县三次产业结构为13:53.8:33.6。")
    assert [value for value, _ in found] == ["13", "53.8", "33.6"]


def test_clock_times_are_still_no_statistics(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "发布会于14:30举行,直播从9:00:00开始。全年生产总值572.6亿元。")
    assert found == [("572.6亿", "元")]


GDP = "全县地区生产总值572.6亿元。其中,第一产业增加值74.2亿元;第二产业增加值308.1亿元;第三产业增加值190.3亿元。"


def test_a_whole_share_is_checked_as_rounded_to_a_whole_percent(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text("2022年统计公报\n" + GDP + "全县三次产业结构为13:53.8:33.6。\n", encoding="utf-8")
    drafts = {d.data["value"]: d.data for d in checkdoc.prepare([str(source)])[0].drafts}
    assert drafts["13"]["tolerance"] == "0.5"  # 74.2 / 572.6 = 12.96 %: 13 as written
    assert "formula" in drafts["13"]["checks"][0]
    assert "tolerance" not in drafts["53.8"]  # a share with decimals is read to its last digit


TABLE = (
    "2018年上半年各市县地区生产总值及增速\n"
    "市    县 绝对数 (亿元) 比上年同期增长 (%)\n"
    "东部地区 1542.49 6.6\n"
    "海 口 市 797.49 8.1\n"
    "  洋  浦 112.33 -9.1\n"
)


def test_a_spaced_header_row_gives_each_column_its_unit(tmp_path: Path) -> None:
    found = _drafts(tmp_path, TABLE)
    assert found == [
        ("1542.49亿", "元"),
        ("6.6", "%"),
        ("797.49亿", "元"),
        ("8.1", "%"),
        ("112.33亿", "元"),
        ("-9.1", "%"),
    ]


def test_the_quote_of_a_cell_under_a_spaced_header_verifies(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text("2018年上半年统计\n" + TABLE, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafts = prepared[0].drafts
    cell = next(d for d in drafts if d.data["value"] == "797.49亿")
    assert cell.data["citation"]["quote"].startswith("市    县 绝对数 (亿元)")
    assert spaced_values(cell.data["citation"]["quote"])[-2:] == [
        ("797.49", ColumnUnit("亿", "元")),
        ("8.1", ColumnUnit("", "%")),
    ]


def test_a_spaced_header_column_naming_no_unit_gives_its_cells_none(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "市县 绝对数 (亿元) 比上年同期增长\n东部地区 1542.49 6.6\n")
    assert found == [("1542.49亿", "元"), ("6.6", None)]


def test_a_units_line_under_the_names_and_units_of_row_labels(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "指标 绝对数 比上年增长\n(亿元) (%)\n地区生产总值 1234.5 6.7\n")
    assert found == [("1234.5亿", "元"), ("6.7", "%")]
    found = _drafts(tmp_path, "指标名称 2023年 比上年增长(%)\n常住人口(万人) 123.4 -0.3\n")
    assert found == [("123.4万", "人"), ("-0.3", "%")]


def test_a_row_with_more_figures_than_the_header_has_units_is_not_guessed(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "市县 绝对数 (亿元) 增长 (%)\n东部地区 1542.49 1400.1 6.6\n")
    assert all(unit is None for _, unit in found)


def test_no_header_from_brackets_that_name_no_known_unit() -> None:
    assert spaced_header_units("地区 生产总值 (GDP) 增长 (%)") is None
    assert spaced_header_units("全年生产总值(亿元)比上年增长,增速(%)") is None  # a sentence
    assert spaced_header_units("海口 797.49 (亿元)") is None  # a figure: a row, no header
    assert spaced_header_units("指标 产量 (万吨) 比上年增长 (%)") == [None, ColumnUnit("万", "吨"), ColumnUnit("", "%")]


UNIT_COLUMN_TABLE = (
    "表1 2023年主要农产品产量及其增长速度\n"
    "产品名称 单位 绝对数 比上年增长(%)\n"
    "粮食 万吨 1234.5 2.1\n"
    "猪牛羊禽肉 吨 8901 -3.0\n"
)


def test_a_unit_column_gives_each_row_its_unit(tmp_path: Path) -> None:
    found = _drafts(tmp_path, UNIT_COLUMN_TABLE)
    assert found == [("1234.5万", "吨"), ("2.1", "%"), ("8901", "吨"), ("-3.0", "%")]


def test_a_unit_column_written_with_bars_or_tabs(tmp_path: Path) -> None:
    bars = (
        "| 产品名称 | 单位 | 产量 | 比上年增长(%) |\n"
        "| 发电量 | 亿千瓦时 | 123.45 | 6.7 |\n"
        "| 城镇化率 | % | 65.2 | 1.1 |\n"
    )
    assert _drafts(tmp_path, bars) == [("123.45亿", "千瓦时"), ("6.7", "%"), ("65.2", "%"), ("1.1", "%")]
    tabs = "产品\t单位\t产量\t增长(%)\n水泥\t万吨\t456.7\t-2.1\n"
    assert _drafts(tmp_path, tabs) == [("456.7万", "吨"), ("-2.1", "%")]


def test_a_unit_cell_the_unit_table_does_not_know_gives_no_unit(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "产品名称 单位 产量 增长(%)\n集装箱 万箱 12.5 1.1\n")
    assert ("12.5", None) in found and ("1.1", "%") in found


def test_a_period_column_under_a_unit_column_is_not_given_the_row_unit(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "| 产品名称 | 单位 | 2022年 | 2023年 |\n| 粮食 | 万吨 | 1200.1 | 1234.5 |\n")
    assert all(unit is None for _, unit in found)


def test_the_quote_of_a_unit_column_cell_verifies(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text("2023年统计公报\n" + UNIT_COLUMN_TABLE, encoding="utf-8")
    cell = next(d for d in checkdoc.prepare([str(source)])[0].drafts if d.data["value"] == "8901")
    assert ("8901", ColumnUnit("", "吨")) in spaced_values(cell.data["citation"]["quote"])


def test_a_unit_line_over_a_spaced_header_fills_the_columns_naming_none(tmp_path: Path) -> None:
    table = "单位：亿元\n指标 绝对数 比上年增长(%)\n一般公共预算收入 1234.5 6.7\n"
    assert _drafts(tmp_path, table) == [("1234.5亿", "元"), ("6.7", "%")]
    source = tmp_path / "release.txt"
    source.write_text("2023年统计公报\n" + table, encoding="utf-8")
    cell = next(d for d in checkdoc.prepare([str(source)])[0].drafts if d.data["value"] == "1234.5亿")
    assert cell.data["citation"]["quote"].startswith("单位：亿元")
    assert ("1234.5", ColumnUnit("亿", "元")) in spaced_values(cell.data["citation"]["quote"])


def test_a_header_whose_column_names_are_written_in_two_words_gives_no_units(tmp_path: Path) -> None:
    table = "计量单位:亿元\n指标名称 本月 本月止 累计 本月比 上年同月 增长(%)\n全省总计 2846.99 7220.42 7.6\n"
    assert all(unit is None for _, unit in _drafts(tmp_path, table))  # which figure is under which name is unknown
    table = "计量单位:亿元\n指标名称 本月 累计 本月增长(%)\n全省总计 2846.99 7220.42 7.6\n"
    assert _drafts(tmp_path, table) == [("2846.99亿", "元"), ("7220.42亿", "元"), ("7.6", "%")]


def test_an_empty_cell_keeps_its_column_and_grouped_digits_are_a_figure(tmp_path: Path) -> None:
    table = "产品名称 单位 绝对数 比上年增长(%)\n粮食 万吨 1,234.5 2.1\n油料 万吨 56.7 —\n棉花 吨 — —\n"
    assert _drafts(tmp_path, table) == [("1,234.5万", "吨"), ("2.1", "%"), ("56.7万", "吨")]
    assert spaced_row_figures("棉花 吨 — —") == []  # no figure: no row to read
    assert spaced_row_figures("全年粮食产量1,234.5万吨,比上年增长2.1") == []  # a sentence
