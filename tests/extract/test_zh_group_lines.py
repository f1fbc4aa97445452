"""A Chinese table whose group rows (按城乡分, 按性别分) stand on lines of their own, with no cell
marks: the table goes on under them, its cells keep the column header's units, and the rows of
each group add up to the total row ("#" marks a 其中 row, never summed)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

from factcheck.extract import checkdoc

TABLE = (
    "表1 2022年年末常住人口数及其构成\n"
    "指 标 | 年末数(万人) | 比重(%)\n"
    "全市常住人口 | 3213.34 | 100.00\n"
    "按城乡分\n"
    "城 镇 | 2280.32 | 70.96\n"
    "乡 村 | 933.02 | 29.04\n"
    "按年龄段分\n"
    "0-15岁(含不满16周岁) | 509.05 | 15.84\n"
    "16-59岁(含不满60周岁) | 1992.18 | 62.00\n"
    "60周岁及以上 | 712.11 | 22.16\n"
    "#65周岁及以上 | 588.16 | 18.30\n"
    "城镇新增就业人员70.67万人,比上年减少5.9%。\n"
)


def _units(tmp_path: Path, text: str) -> dict[str, str | None]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    return {d.mention.value: d.mention.unit for d in checkdoc.prepare([str(source)])[0].drafts}


def test_cells_under_a_group_line_keep_the_column_units(tmp_path: Path) -> None:
    units = _units(tmp_path, TABLE)
    assert units["2280.32万"] == "人" and units["70.96"] == "%"
    assert units["588.16万"] == "人" and units["18.30"] == "%"


def test_a_group_line_partitions_the_total_and_a_hash_row_is_left_out(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, TABLE)
    assert _kinds(drafted["3213.34万"]).count("sum") == 2
    assert failing == []
    sums = [c["sum"] for c in drafted["3213.34万"] if "sum" in c]
    assert all(len(parts) in (2, 3) for parts in sums)  # 65岁及以上 (#) is inside 60岁及以上, not a part


def test_a_wrong_row_under_a_group_line_is_caught(tmp_path: Path) -> None:
    _, failing, _ = _run(tmp_path, TABLE.replace("乡 村 | 933.02", "乡 村 | 983.02"))
    assert "sum" in failing


def test_a_sentence_after_the_table_ends_it(tmp_path: Path) -> None:
    text = TABLE.replace("城镇新增就业人员70.67万人,比上年减少5.9%。\n", "全年净增\n城镇新增就业人员 | 70.67\n")
    units = _units(tmp_path, text)
    assert units["70.67"] is None  # a line that is no 按…分 or 其中 row ends the table


STRUCTURE = (  # 三次产业构成 with U+FE30 (︰) between the shares, as some releases write it
    "全年实现地区生产总值49843.1亿元。其中,第一产业增加值116.4亿元;第二产业增加值7226.8亿元;"
    "第三产业增加值42499.9亿元。三次产业构成为0.2︰14.5︰85.3。\n"
)


def test_a_structure_written_with_presentation_colons_is_each_industrys_share(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, STRUCTURE)
    assert all("formula" in _kinds(drafted[v]) for v in ("0.2", "14.5", "85.3"))
    assert failing == []
    _, failing, _ = _run(tmp_path, STRUCTURE.replace("︰14.5︰", "︰15.4︰"))
    assert "formula" in failing


def test_figures_joined_by_presentation_colons_elsewhere_are_no_structure(tmp_path: Path) -> None:
    drafted, _, _ = _run(tmp_path, STRUCTURE.replace("三次产业构成为", "男女比例为"))
    assert "formula" not in _kinds(drafted["14.5"])
