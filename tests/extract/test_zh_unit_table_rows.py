"""Chinese table rows whose cells are apart by single spaces: a header naming a unit per column makes
"874 100" two cells, a table title ending with its unit gives it to every cell, and a list of
"0.1个、5.0个和2.9个百分点" is in percentage points throughout (traditional characters too)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units

POPULATION = (
    "2019年泉州市國民經濟和社會發展統計公報\n"
    "表1 2019年年末常住人口數及其構成\n"
    "指標 年末數(萬人) 比重(%)\n"
    "常住人口 874 100\n"
    "其中:城鎮 587.3 67.2\n"
    "農村 286.7 32.8\n"
)


def test_cells_under_a_header_of_units_are_not_one_spaced_number(tmp_path: Path) -> None:
    drafts = drafted_units(tmp_path, POPULATION)
    assert ("874万", "人") in drafts and ("100", "%") in drafts
    assert not any(value.startswith("874100") for value, _ in drafts)
    assert ("587.3万", "人") in drafts and ("67.2", "%") in drafts


def test_spaced_thousands_stay_one_number_when_the_header_has_fewer_columns(tmp_path: Path) -> None:
    text = "2019年统计公报\n指标 绝对数(人)\n常住人口 1 234 567\n"
    assert [value for value, _ in drafted_units(tmp_path, text)] == ["1234567"]  # three groups under one column


def test_a_table_title_ending_with_its_unit_gives_it_to_its_cells(tmp_path: Path) -> None:
    text = (
        "2019年泉州市國民經濟和社會發展統計公報\n"
        "表2 2019年市轄區居民消費價格比上年漲跌幅度(%)\n"
        "指標 市區\n"
        "居民消費價格總水平 2.3\n"
        "糧食 -1.6\n"
        "全年全市城鎮新增就業人員12.57萬人。\n"
    )
    drafts = drafted_units(tmp_path, text)
    assert ("2.3", "%") in drafts and ("-1.6", "%") in drafts
    assert ("12.57万", "人") in drafts


def test_a_list_of_measure_words_shares_the_noun_after_the_last(tmp_path: Path) -> None:
    text = "2019年統計公報\n各產業分別拉動GDP增長0.1個、5.0個和2.9個百分點。\n"
    assert drafted_units(tmp_path, text) == [("0.1", "个百分点"), ("5.0", "个百分点"), ("2.9", "个百分点")]
