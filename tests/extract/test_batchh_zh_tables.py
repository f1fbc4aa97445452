"""Chinese tables of a monthly release headed by bare months ("| 11 | 比去年同月增长(%) | 1-11 |"), row
labels whose unit covers the rows under them, and a header whose closing bracket the copy lost."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units_periods as _drafts

from factcheck.grammar.monthcolumns import month_columns, month_periods
from factcheck.grammar.tables import ColumnUnit, header_units, table_values

HEADER = "指标名称 | 9 | 比去年同月增长(%) | 1-9 | 比去年同期增长(%)"
MONTHLY = (
    "2021年9月工业生产情况\n\n"
    f"{HEADER}\n\n"
    "工业总产值(亿元) | 3694.41 | 7.6 | 33034.98 | 0.4\n\n"
    "#   国有控股 | 1262.25 | 5.9 | 11587.49 | -3.1\n\n"
    "私人控股 | 686.56 | 8.9 | 5754.42 | 0.1\n\n"
    "产品销售率(%) | 100.9 | | 99.6 |\n\n"
    "出口交货值 | 769.50 | 2.9 | 6843.58 | -0.4\n"
)


def test_a_row_naming_a_month_and_the_months_to_date_is_a_header() -> None:
    assert month_columns(["指标名称", "11", "增长(%)", "1-11", "增长(%)"]) == [None, (11, 11), None, (1, 11), None]
    assert month_periods(["指标", "11", "增长(%)", "1-11", "增长(%)"], 2020, 11) == (
        "", "2020-11", "2020-11", "2020-01/2020-11", "2020-01/2020-11",
    )  # fmt: skip
    units = header_units(HEADER)
    assert units is not None and [u.unit if u else None for u in units] == [None, None, "%", None, "%"]


def test_a_row_of_figures_is_no_month_header() -> None:
    assert month_columns(["工业总产值", "11", "7.6", "1-11"]) is None  # a decimal: a figure
    assert month_columns(["指标", "11", "增长(%)"]) is None  # no range of months to date
    assert month_columns(["指标", "3-5", "增长(%)"]) is None  # no month alone
    assert month_columns(["11", "1-11", "增长(%)"]) is None  # the label's column holds a month
    assert month_columns(["指标", "13", "1-13"]) is None  # no month
    assert header_units("产品销售率(%) | 5 | | 1-5 |") is None  # a row label naming its unit: a row
    assert month_periods(["指标", "11", "1-11"], 2020, 10) == ()  # not the release's month


def test_month_columns_give_their_periods_and_the_label_unit_covers_the_rows_under_it(tmp_path) -> None:
    drafts = _drafts(tmp_path, MONTHLY)
    assert ("3694.41亿", "元", "2021-09") in drafts
    assert ("7.6", "%", "2021-09") in drafts
    assert ("33034.98亿", "元", "2021-01/2021-09") in drafts
    assert ("-3.1", "%", "2021-01/2021-09") in drafts
    assert ("1262.25亿", "元", "2021-09") in drafts  # "#" under 工业总产值(亿元)
    assert ("5754.42亿", "元", "2021-01/2021-09") in drafts  # the group goes on
    assert ("100.9", "%", "2021-09") in drafts
    assert not any(value in ("9", "1-9") for value, _, _ in drafts)  # the header's months: no statistics


def test_a_percent_row_carries_no_unit_to_the_rows_under_it(tmp_path) -> None:
    drafts = _drafts(tmp_path, MONTHLY)
    assert not any(value.startswith("769.5") and unit is not None for value, unit, _ in drafts)
    assert ("2.9", "%", "2021-09") in drafts  # its column's own unit holds


def test_a_ratio_row_takes_no_unit_from_the_row_above(tmp_path) -> None:
    text = MONTHLY.replace("私人控股 |", "私人控股占比 |")
    drafts = _drafts(tmp_path, text)
    assert not any(value.startswith("686.56") and unit is not None for value, unit, _ in drafts)


def test_a_header_cell_whose_closing_bracket_was_lost_names_percent(tmp_path) -> None:
    units = header_units("指 标 | 年末数(万人) | 比重( %")
    assert units is not None and [(u.scale, u.unit) if u else None for u in units] == [None, ("万", "人"), ("", "%")]
    assert header_units("指 标 | 年末数(万人) | 比重( 注") == header_units("指 标 | 年末数(万人) | 比重")
    text = "2022年末常住人口\n\n指 标 | 年末数(万人) | 比重( %\n\n年末常住人口 | 728 | 100.00\n\n城镇 | 483 | 66.34\n"
    drafts = _drafts(tmp_path, text)
    assert ("728万", "人", "2022") in drafts or ("728万", "人", None) in drafts
    assert any(value == "66.34" and unit == "%" for value, unit, _ in drafts)


def test_the_citation_check_reads_a_month_header_as_extraction_does() -> None:
    values = table_values(f"{HEADER}\n工业总产值(亿元) | 3694.41 | 7.6 | 33034.98 | 0.4")
    assert ("3694.41", ColumnUnit("亿", "元")) in values
    assert ("7.6", ColumnUnit("", "%")) in values


def test_an_age_band_written_with_spaces_is_no_statistic(tmp_path) -> None:
    text = "2022年末人口\n\n指 标 | 年末数(万人) | 比重(%)\n\n其中: 0-15 周岁(含不满 16 周岁) | 153 | 21.01\n"
    drafts = _drafts(tmp_path, text)
    assert not any(unit in ("周", "岁", "周岁") for _, unit, _ in drafts)
    assert ("153万", "人", "2022") in drafts or ("153万", "人", None) in drafts


def test_a_date_stamp_ending_a_title_line_is_no_event(tmp_path) -> None:
    drafts = _drafts(tmp_path, "2020年11月工业生产情况 2020-12-18\n\n全市工业总产值3694.41亿元,增长7.6%。\n")
    assert not any(unit == "日" for _, unit, _ in drafts)
    assert ("3694.41亿", "元", "2020-11") in drafts


def test_a_date_in_a_sentence_is_still_an_event(tmp_path) -> None:
    drafts = _drafts(tmp_path, "2020年11月工业生产情况\n\n新工厂于2020-11-18投产,全市工业总产值3694.41亿元。\n")
    assert any(unit == "日" and period == "2020-11-18" for _, unit, period in drafts)


def test_a_place_followed_by_its_count_is_no_rank(tmp_path) -> None:
    drafts = _drafts(tmp_path, "2023年体育\n\n全年共获得第一名53个,第二名56个。\n")
    assert not any(unit is None and value in ("一", "二") for value, unit, _ in drafts)
    assert any(value == "53" and unit == "个" for value, unit, _ in drafts)


def test_a_place_that_is_a_rank_is_still_drafted(tmp_path) -> None:
    drafts = _drafts(tmp_path, "2023年经济\n\n全省地区生产总值居全国第一名,增长5.2%。\n")
    assert any(value == "一" for value, _, _ in drafts)


def test_an_english_row_label_carries_no_unit(tmp_path) -> None:
    text = (
        "Key figures, March 2024\n\nIndicator | March | Change (%)\n\n"
        "Road length (km) | 5200 | 1.2\n\nVehicles | 7300 | -2.0\n"
    )
    drafts = _drafts(tmp_path, text)
    assert any(value == "5200" and unit == "km" for value, unit, _ in drafts)
    assert not any(value == "7300" and unit == "km" for value, unit, _ in drafts)


def test_the_citation_check_carries_a_row_label_unit_as_extraction_does() -> None:
    quote = (
        f"{HEADER}\n工业总产值(亿元) | 3694.41 | 7.6 | 33034.98 | 0.4\n#   国有控股 | 1262.25 | 5.9 | 11587.49 | -3.1"
    )
    assert ("1262.25", ColumnUnit("亿", "元")) in table_values(quote)
    ratio = quote.replace("#   国有控股", "国有控股占比")
    assert not any(value == "1262.25" for value, _ in table_values(ratio))
    english = "Item | March | Change (%)\nRoad length (km) | 5200 | 1.2\nVehicles | 7300 | -2.0"
    assert not any(value == "7300" for value, _ in table_values(english))
