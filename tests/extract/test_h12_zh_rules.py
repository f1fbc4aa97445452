"""Chinese releases of the held-out set h12: a table whose rows were flattened with their cells glued
under a header line naming a percent column, a stray space after a decimal point, and units written
in traditional characters."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units, drafts_of, not_verified

from factcheck.checks.citation import quote_has_number
from factcheck.grammar.gluedrows import glued_header_unit, glued_row
from factcheck.grammar.units import fold_unit
from factcheck.grammar.values import parse_quantity

GLUED_TABLE = (
    "某县2021年统计公报\n"
    "全年农业生产稳定。主要农产品产量如下:\n"
    "2021年比上年增长%\n"
    "小麦1234.5万吨6.7\n"
    "其中:冬小麦1000.2万吨-1.2\n"
    "生猪出栏88.6万头12.0\n"
    "全年造林面积3.5万公顷,比上年增长2.4%。\n"
)


def test_a_header_line_naming_a_percent_column_last_gives_percent() -> None:
    assert glued_header_unit("2021年比上年增长%") is not None
    assert glued_header_unit("比上年增减（％）") is not None
    assert glued_header_unit("全年增长15%") is None  # a figure, not a column's name
    assert glued_header_unit("全年粮食产量比上年增长,增幅为%") is None  # a sentence
    assert glued_header_unit("产量(万吨)") is None  # another unit
    assert glued_header_unit("产品名称 单位 绝对数 比上年增长(%)") is None  # a header row of spaced columns


def test_a_glued_row_gives_its_item_and_its_last_bare_figure() -> None:
    item, cell = glued_row("其中:冬小麦1000.2万吨-1.2") or ("", None)
    assert item == "冬小麦" and cell is not None and (cell.start, cell.text) == (14, "-1.2")
    assert glued_row("小麦产量1234.5万吨,增长6.7") is None  # a sentence, not a row
    assert glued_row("小麦1234.5万吨") is None  # no bare figure last
    assert glued_row("2021年全县小麦1234人5") is None  # a row's item opens with no figure


def test_the_last_figure_of_a_glued_row_is_a_percent_under_its_items_name(tmp_path) -> None:
    drafts = drafted_units(tmp_path, GLUED_TABLE)
    for cell in (("1234.5万", "吨"), ("6.7", "%"), ("-1.2", "%"), ("88.6万", "头"), ("12.0", "%")):
        assert cell in drafts
    names = {d.data["value"]: d.data.get("subject") for d in drafts_of(tmp_path, GLUED_TABLE)}
    assert names["6.7"] == "小麦" and names["-1.2"] == "冬小麦"
    assert not not_verified(tmp_path)  # the citation check reads the quote from the header line alike


def test_glued_rows_take_no_percent_without_the_header_line(tmp_path) -> None:
    text = GLUED_TABLE.replace("2021年比上年增长%\n", "")
    assert ("6.7", "%") not in drafted_units(tmp_path, text)


def test_a_stray_space_after_the_decimal_point_before_a_percent_sign_is_one_figure(tmp_path) -> None:
    drafts = drafted_units(tmp_path, "2021年,全县服务业增加值88亿元,比上年增长12. 5%。\n")
    assert ("12.5", "%") in drafts and ("5", "%") not in drafts
    assert quote_has_number("服务业增加值88亿元,比上年增长12. 5%", "12.5")
    # a numbered list item before a sentence that opens with a percent is two numbers
    listed = drafted_units(tmp_path, "2021年调查结果如下:\n2. 5%的家庭拥有汽车。\n")
    assert ("2.5", "%") not in listed


def test_units_written_in_traditional_characters_are_read_as_their_simplified_forms() -> None:
    assert fold_unit("公頃") == "公顷"
    assert parse_quantity("6.5萬", "公頃").unit.dimension == "area"
    assert parse_quantity("12", "人民幣").unit.dimension == parse_quantity("12", "人民币").unit.dimension
    assert parse_quantity("3", "平方公裡").unit.dimension == "area"
