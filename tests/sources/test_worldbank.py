from __future__ import annotations

from fractions import Fraction

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources


def _config(tmp_path, base_url, extra=""):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path,
        f"""
        sources:
          wb:
            type: worldbank
            url: {base_url}
            per_page: 2{extra}
        """,
    )


def _serve_pages(httpserver, path):  # type: ignore[no-untyped-def]
    from werkzeug.wrappers import Response

    def pages(request):  # type: ignore[no-untyped-def]
        name = "worldbank_gdp_p2.json" if request.args.get("page") == "2" else "worldbank_gdp_p1.json"
        return Response(fixture_bytes(name), content_type="application/json")

    httpserver.expect_request(path).respond_with_handler(pages)


def test_two_countries_one_call_with_paging(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    path = "/v2/country/CHN;IND/indicator/NY.GDP.MKTP.CD"  # several countries, one call
    common = {"format": "json", "per_page": "2", "date": "2021:2022"}
    httpserver.expect_ordered_request(path, query_string={**common, "page": "1"}).respond_with_data(
        fixture_bytes("worldbank_gdp_p1.json"), content_type="application/json"
    )
    httpserver.expect_ordered_request(path, query_string={**common, "page": "2"}).respond_with_data(
        fixture_bytes("worldbank_gdp_p2.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    refs = [
        ref("wb", "NY.GDP.MKTP.CD", "2022", where={"country": "CHN"}),
        ref("wb", "NY.GDP.MKTP.CD", "2022", where={"country": "IND"}),
        ref("wb", "NY.GDP.MKTP.CD", "2021", where={"country": "IND"}),
        ref("wb", "NY.GDP.MKTP.CD", "2021", where={"country": "CHN"}),
    ]
    out = resolve(refs, config, options(tmp_path))
    assert len(httpserver.log) == 2  # four references, one indicator: page 1 and page 2 only
    china = out[refs[0].key()]
    assert china.quantity.interval.lo == Fraction("17881782683707.3")
    assert china.quantity.interval.is_point and china.quantity.unit.is_pure
    assert china.evidence["value"] == "17881782683707.3" and china.evidence["period"] == "2022"
    assert out[refs[1].key()].quantity.interval.lo == Fraction("3353470496886.33")
    india_2021 = out[refs[2].key()]
    assert india_2021.quantity is None and india_2021.verdict is Verdict.UNVERIFIABLE
    assert "no value" in india_2021.problem
    assert out[refs[3].key()].quantity.interval.lo == Fraction("17820459508852.2")


def test_in_band_error_message_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v2/country/CHN/indicator/NO.SUCH.CODE").respond_with_data(
        fixture_bytes("worldbank_invalid.json"), content_type="application/json;charset=utf-8"
    )
    config = _config(tmp_path, base_url)
    r = ref("wb", "NO.SUCH.CODE", "2022", where={"country": "CHN"})
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and result.quantity is None
    assert "Invalid value" in result.problem and "id 120" in result.problem


def test_empty_result_is_unverifiable(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v2/country/CHN/indicator/SP.POP.TOTL").respond_with_data(
        fixture_bytes("worldbank_empty.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    r = ref("wb", "SP.POP.TOTL", "1900", where={"country": "CHN"})
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.UNVERIFIABLE


def test_unit_and_scale_from_the_reference(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve_pages(httpserver, "/v2/country/CHN/indicator/NY.GDP.MKTP.CD")
    config = _config(tmp_path, base_url)
    r = ref("wb", "NY.GDP.MKTP.CD", "2022", where={"country": "CHN"}, unit="USD", scale=Fraction(1000))
    q = resolve([r], config, options(tmp_path))[r.key()].quantity
    assert q.unit.dimension == "money:USD"
    assert q.interval.lo == Fraction("17881782683707.3") * 1000


def test_unknown_where_dimension_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    _serve_pages(httpserver, "/v2/country/all/indicator/NY.GDP.MKTP.CD")
    config = _config(tmp_path, base_url)
    r = ref("wb", "NY.GDP.MKTP.CD", "2022", where={"regoin": "CHN"})
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "no dimension 'regoin'" in result.problem
