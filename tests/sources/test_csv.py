from __future__ import annotations

import shutil
from fractions import Fraction

from factcheck.model import Verdict

from .conftest import FIXTURES, fixture_bytes, options, ref, resolve, write_sources


def _local(tmp_path, name, extra=""):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / name, tmp_path / "data" / name)
    return write_sources(
        tmp_path,
        f"""
        sources:
          bulletin:
            type: csv
            path: data/{name}{extra}
            citation: {{title: 潍坊市2022年国民经济和社会发展统计公报}}
        """,
    )


def test_utf8_bom_values_keep_their_rounding(tmp_path):  # type: ignore[no-untyped-def]
    config = _local(tmp_path, "bulletin_utf8_bom.csv")
    gdp = ref("bulletin", "地区生产总值", "2022", where={"region": "潍坊市"}, unit="亿元")
    rate = ref("bulletin", "常住人口城镇化率", "2022")
    out = resolve([gdp, rate], config, options(tmp_path))
    assert out[gdp.key()].quantity.interval.lo == Fraction("7306.445") * 10**8
    assert out[gdp.key()].quantity.interval.hi == Fraction("7306.455") * 10**8
    assert out[gdp.key()].evidence["citation"] == {"title": "潍坊市2022年国民经济和社会发展统计公报"}
    assert out[gdp.key()].evidence["origin"] == "file"
    q = out[rate.key()].quantity  # "65.2%" in the CSV: [65.15, 65.25] %
    assert (q.interval.lo, q.interval.hi, q.unit.symbol) == (Fraction("65.15"), Fraction("65.25"), "%")


def test_no_row_is_unverifiable_several_rows_an_error(tmp_path):  # type: ignore[no-untyped-def]
    config = _local(tmp_path, "bulletin_utf8_bom.csv")
    none = ref("bulletin", "地区生产总值", "2020", where={"region": "潍坊市"})
    several = ref("bulletin", "地区生产总值", "2022")
    out = resolve([none, several], config, options(tmp_path))
    assert out[none.key()].verdict is Verdict.UNVERIFIABLE
    problem = out[several.key()].problem
    assert out[several.key()].verdict is Verdict.ERROR
    assert "region=潍坊市" in problem and "region=青岛市" in problem


def test_gb18030_renamed_columns_unit_column_and_scale_option(tmp_path):  # type: ignore[no-untyped-def]
    config = _local(
        tmp_path, "bulletin_gb18030.csv", "\n            columns: {series: 指标, period: 年份, value: 数值, unit: 单位}"
    )
    platforms = ref("bulletin", "科技创新平台", "2022", where={"地区": "潍坊市"})
    power = ref("bulletin", "发电量", "2022", where={"地区": "潍坊市"})
    ranks = ref("bulletin", "科技创新平台", "2022", across="地区", self_member="潍坊市")
    out = resolve([platforms, power, ranks], config, options(tmp_path))
    q = out[platforms.key()].quantity
    assert q.interval.is_point and q.interval.lo == 1793 and q.unit.dimension == "count"
    p = out[power.key()].quantity  # "725万" 千瓦时 → [724.5万, 725.5万] kWh
    assert (p.interval.lo, p.interval.hi, p.unit.symbol) == (Fraction(7245000), Fraction(7255000), "kWh")
    members = out[ranks.key()].members
    assert {k: v.interval.lo for k, v in members.items()} == {"潍坊市": 1793, "烟台市": 1602, "临沂市": 1190}


def test_scale_option_multiplies(tmp_path):  # type: ignore[no-untyped-def]
    config = _local(tmp_path, "bulletin_utf8_bom.csv", "\n            scale: 1e8\n            unit: 元")
    gdp = ref("bulletin", "地区生产总值", "2021", where={"region": "潍坊市"})
    q = resolve([gdp], config, options(tmp_path))[gdp.key()].quantity
    assert q.interval.lo == Fraction("7010.55") * 10**8 and q.unit.symbol == "CNY"


def test_csv_over_http_and_missing_column(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/table.csv").respond_with_data(
        fixture_bytes("bulletin_utf8_bom.csv"), content_type="text/csv; charset=utf-8"
    )
    config = write_sources(
        tmp_path,
        f"""
        sources:
          remote: {{type: csv, url: "{base_url}/table.csv"}}
          renamed: {{type: csv, url: "{base_url}/table.csv", columns: {{value: 数值}}}}
        """,
    )
    good = ref("remote", "地区生产总值", "2021")
    bad = ref("renamed", "地区生产总值", "2021")
    out = resolve([good, bad], config, options(tmp_path))
    assert out[good.key()].quantity.interval.lo == Fraction("7010.55")
    assert len(httpserver.log) == 1  # the same URL is one cached document for both sources
    assert out[bad.key()].verdict is Verdict.ERROR and "no value column '数值'" in out[bad.key()].problem


def test_unreadable_value_is_an_error(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.csv").write_text("series,period,value\nx,2022,abc\n", encoding="utf-8")
    config = write_sources(tmp_path, "sources:\n  t: {type: csv, path: data/t.csv}\n")
    r = ref("t", "x", "2022")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "'abc'" in result.problem


def test_same_observation_with_two_scales_is_two_values(tmp_path):  # type: ignore[no-untyped-def]
    config = _local(tmp_path, "bulletin_utf8_bom.csv")
    plain = ref("bulletin", "地区生产总值", "2021", where={"region": "潍坊市"})
    scaled = ref("bulletin", "地区生产总值", "2021", where={"region": "潍坊市"}, scale=Fraction(10**8), unit="元")
    out = resolve([plain, scaled], config, options(tmp_path))
    assert out[plain.key()].quantity.interval.lo == Fraction("7010.55")
    assert out[scaled.key()].quantity.interval.lo == Fraction("7010.55") * 10**8


def test_scale_and_unit_columns_and_a_delimiter(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.csv").write_text(
        "series;period;value;scale;unit\nGDP;2022;7306.45;1e8;元\nGDP;2023;7606;亿;元\n", encoding="utf-8"
    )
    config = write_sources(tmp_path, "sources:\n  t: {type: csv, path: data/t.csv, delimiter: ';'}\n")
    y2022, y2023 = ref("t", "GDP", "2022"), ref("t", "GDP", "2023")
    out = resolve([y2022, y2023], config, options(tmp_path))
    assert out[y2022.key()].quantity.interval.lo == Fraction("7306.445") * 10**8
    assert out[y2022.key()].quantity.unit.symbol == "CNY" and out[y2022.key()].evidence["scale"] == "1e8"
    assert out[y2023.key()].quantity.interval.hi == Fraction("7606.5") * 10**8


def test_two_ranks_among_one_series_keep_their_own_across_and_self(tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "gdp.csv").write_text(
        "series,period,region,code,value\nGDP,2022,潍坊市,370700,7306\nGDP,2022,青岛市,370200,14920\n", encoding="utf-8"
    )
    config = write_sources(tmp_path, "sources:\n  sd: {type: csv, path: data/gdp.csv}\n")
    by_region = ref("sd", "GDP", "2022", across="region", self_member="潍坊市")
    by_code = ref("sd", "GDP", "2022", across="code", self_member="370700")
    typo = ref("sd", "GDP", "2022", across="city", self_member="潍坊市")
    out = resolve([by_region, by_code, typo], config, options(tmp_path))
    assert sorted(out[by_region.key()].members) == ["潍坊市", "青岛市"]
    assert sorted(out[by_code.key()].members) == ["370200", "370700"]
    assert out[typo.key()].verdict is Verdict.ERROR and "no dimension 'city'" in out[typo.key()].problem


def test_a_data_file_that_is_a_fifo_is_an_error_not_a_hang(tmp_path):  # type: ignore[no-untyped-def]
    import os

    (tmp_path / "data").mkdir()
    os.mkfifo(tmp_path / "data" / "pipe.csv")  # reading it would wait for a writer forever
    config = write_sources(tmp_path, "sources:\n  bulletin: {type: csv, path: data/pipe.csv}\n")
    gdp = ref("bulletin", "地区生产总值", "2022")
    out = resolve([gdp], config, options(tmp_path))
    assert out[gdp.key()].verdict is Verdict.ERROR
    assert "not a regular file" in out[gdp.key()].problem
