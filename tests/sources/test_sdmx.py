from __future__ import annotations

from fractions import Fraction

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources


def _config(tmp_path, base_url):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path,
        f"""
        sources:
          oecd:
            type: sdmx
            url: {base_url}/rest
            params: {{format: jsondata}}
        """,
    )


def _serve(httpserver, path, name):  # type: ignore[no-untyped-def]
    httpserver.expect_request(path, query_string={"format": "jsondata"}).respond_with_data(
        fixture_bytes(name), content_type="application/vnd.sdmx.data+json; version=1.0.0"
    )


def test_series_layout_where_by_id_or_name(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver, "/rest/data/QNA/A.CHN+USA.B1GQ_GR", "sdmx10_qna_series.json")
    config = _config(tmp_path, base_url)
    series = "QNA/A.CHN+USA.B1GQ_GR"
    refs = [
        ref("oecd", series, "2023", where={"REF_AREA": "CHN"}),
        ref("oecd", series, "2021", where={"Reference area": "United States"}),
        ref("oecd", series, "2023", where={"REF_AREA": "USA"}),
        ref("oecd", series, "2023"),
        ref("oecd", series, "2023", where={"REF_AREA": "DEU"}),
    ]
    out = resolve(refs, config, options(tmp_path))
    assert len(httpserver.log) == 1  # one document per series, read by every reference
    assert httpserver.log[0][0].headers["Accept"].startswith("application/vnd.sdmx.data+json")
    assert out[refs[0].key()].quantity.interval.lo == Fraction("5.2")
    assert out[refs[1].key()].quantity.interval.lo == Fraction("5.9")  # a value published as a string
    assert out[refs[2].key()].verdict is Verdict.UNVERIFIABLE  # null
    ambiguous = out[refs[3].key()]
    assert ambiguous.verdict is Verdict.ERROR and "2 observations match" in ambiguous.problem
    assert "REF_AREA=CHN" in ambiguous.problem and "REF_AREA=USA" in ambiguous.problem
    assert out[refs[4].key()].verdict is Verdict.UNVERIFIABLE


def test_flat_layout_with_quarter_periods(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver, "/rest/data/ILO,DF_UNE/Q.CHN+USA", "sdmx10_flat.json")
    config = _config(tmp_path, base_url)
    r = ref("oecd", "ILO,DF_UNE/Q.CHN+USA", "2022-Q2", where={"REF_AREA": "USA"})
    r2 = ref("oecd", "ILO,DF_UNE/Q.CHN+USA", None, where={"REF_AREA": "CHN", "TIME_PERIOD": "2022-Q1"})
    out = resolve([r, r2], config, options(tmp_path))
    assert out[r.key()].quantity.interval.lo == Fraction("3.5")
    assert out[r2.key()].quantity.interval.lo == Fraction("4.9")


def test_not_sdmx_json_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/rest/data/X").respond_with_json({"errors": [{"code": 100, "title": "No results"}]})
    config = _config(tmp_path, base_url)
    r = ref("oecd", "X", "2022")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "not an SDMX-JSON data message" in result.problem


def test_unit_mult_attribute_scales_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve(httpserver, "/rest/data/GDP/CHN+USA", "sdmx10_unit_mult.json")
    config = _config(tmp_path, base_url)
    china = ref("oecd", "GDP/CHN+USA", "2022", where={"REF_AREA": "CHN"}, unit="USD")
    china_2023 = ref("oecd", "GDP/CHN+USA", "2023", where={"REF_AREA": "CHN"})  # observation-level: 12
    usa = ref("oecd", "GDP/CHN+USA", "2023", where={"REF_AREA": "USA"})
    override = ref("oecd", "GDP/CHN+USA", "2023", where={"REF_AREA": "USA"}, scale=Fraction(1))
    out = resolve([china, china_2023, usa, override], config, options(tmp_path))
    assert out[china.key()].quantity.interval.lo == Fraction("17963.17") * 10**9
    assert out[china.key()].evidence["scale"] == "1000000000"
    assert out[china_2023.key()].quantity.interval.lo == Fraction("18.1") * 10**12
    assert out[usa.key()].quantity.interval.lo == Fraction("27.36") * 10**12
    assert out[override.key()].quantity.interval.lo == Fraction("27.36")  # the reference's scale wins
