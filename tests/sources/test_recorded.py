"""The adapters against REAL recorded API responses (../shared/fixtures/sources), served on loopback.

Runs only where that folder exists. Each body is served exactly as recorded; the values
asserted are the ones its README documents.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from werkzeug.wrappers import Response

from factcheck.model import Verdict

from .conftest import options, ref, resolve, write_sources

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "sources"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="no recorded responses in ../shared/fixtures/sources")


def cassette(name: str) -> list[dict]:
    return yaml.safe_load((SHARED / "worldbank" / name).read_text(encoding="utf-8"))["interactions"]


def test_worldbank_recorded_pages_and_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    page1 = cassette("wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml")[0]["response"]["body"]

    def pages(request):  # type: ignore[no-untyped-def]
        if request.args["page"] == "1":
            return Response(page1, content_type="application/json;charset=utf-8")
        # Pages 2 and 3 (Japan before 1971, then the USA) were not recorded: served empty.
        meta = dict(json.loads(page1)[0], page=int(request.args["page"]))
        return Response(json.dumps([meta, []]), content_type="application/json;charset=utf-8")

    httpserver.expect_request("/v2/country/JPN/indicator/NY.GDP.MKTP.CD").respond_with_handler(pages)
    config = write_sources(tmp_path, f"sources:\n  wb: {{type: worldbank, url: '{base_url}'}}\n")
    refs = {
        year: ref("wb", "NY.GDP.MKTP.CD", year, where={"country": "JPN"}) for year in ("2017", "2018", "2019", "2020")
    }
    out = resolve(list(refs.values()), config, options(tmp_path))
    assert sorted(r[0].args["page"] for r in httpserver.log) == ["1", "2", "3"]  # "pages": 3 followed
    assert out[refs["2019"].key()].quantity.interval.lo == Fraction("5081769542379.77")
    assert out[refs["2018"].key()].quantity.interval.lo == Fraction("4954806619995.19")
    assert out[refs["2017"].key()].quantity.interval.lo == Fraction("4866864409657.68")
    assert out[refs["2020"].key()].verdict is Verdict.UNVERIFIABLE  # "value": null


@pytest.mark.parametrize(
    "name, index, expected",
    [
        ("wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml", 2, "Invalid value"),  # bad country
        ("wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml", 3, "Invalid value"),  # bad indicator
        ("wbdata-go_TestIndicatorValuesService_ListByCountryIDsAndSourceID.yaml", 3, "Invalid value"),
        ("wbdata-go_TestIndicatorValuesService_ListByCountryIDsAndSourceID.yaml", 4, "HTTP 400"),  # IIS HTML page
    ],
)
def test_worldbank_recorded_errors(httpserver, base_url, tmp_path, name, index, expected):  # type: ignore[no-untyped-def]
    recorded = cassette(name)[index]["response"]
    content_type = recorded["headers"]["Content-Type"][0]
    httpserver.expect_request("/v2/country/ABCDEFG/indicator/NY.GDP.MKTP.CD").respond_with_data(
        recorded["body"].encode("utf-8"), status=recorded["code"], content_type=content_type
    )
    config = write_sources(tmp_path, f"sources:\n  wb: {{type: worldbank, url: '{base_url}'}}\n")
    r = ref("wb", "NY.GDP.MKTP.CD", "2019", where={"country": "ABCDEFG"})
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and expected in result.problem
    if expected == "HTTP 400":  # the page's words, not its style sheet
        assert "The server encountered an error" in result.problem and "color" not in result.problem


def _sdmx(httpserver, base_url, tmp_path, path, name):  # type: ignore[no-untyped-def]
    httpserver.expect_request(f"/rest/data/{path}").respond_with_data(
        (SHARED / "sdmx_json" / name).read_bytes(), content_type="application/json"
    )
    return write_sources(tmp_path, f"sources:\n  sdmx: {{type: sdmx, url: '{base_url}/rest'}}\n")


def test_oecd_flat_message_without_time_dimension(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _sdmx(httpserver, base_url, tmp_path, "PART2/all/all", "oecd_PART2_all_all.sdmx.json")
    aus = ref(
        "sdmx",
        "PART2/all/all",
        None,
        where={"LOCATION": "AUS", "IND": "5CLAT", "PER": "INI", "GRD": "FOG", "FLD": "MAT", "MSR": "MN"},
    )
    hun = ref(
        "sdmx",
        "PART2/all/all",
        None,
        where={"LOCATION": "Hungary", "IND": "5CLAT", "PER": "CHG", "GRD": "FOG", "FLD": "MAT", "MSR": "MN"},
    )
    out = resolve([aus, hun], config, options(tmp_path))
    assert out[aus.key()].quantity.interval.lo == Fraction("11.963615756565")
    assert out[hun.key()].quantity.interval.lo == Fraction("-2.13889095389401")


@pytest.mark.parametrize("name", ["ecb_exr_ts_spec_sample.sdmx.json", "exr_time_series_sdmxjson2_spec_sample.json"])
def test_ecb_exchange_rates_series_layout(httpserver, base_url, tmp_path, name):  # type: ignore[no-untyped-def]
    series = "EXR/D.NZD+RUB.EUR.SP00.A"
    config = _sdmx(httpserver, base_url, tmp_path, series, name)
    nzd = ref("sdmx", series, "2013-01-18", where={"CURRENCY": "NZD"})
    rub = ref("sdmx", series, "2013-01-21", where={"Currency": "Russian rouble"})
    both = ref("sdmx", series, "2013-01-18")
    out = resolve([nzd, rub, both], config, options(tmp_path))
    assert out[nzd.key()].quantity.interval.lo == Fraction("1.5931")
    assert out[rub.key()].quantity.interval.lo == Fraction("40.3")
    assert out[both.key()].verdict is Verdict.ERROR and "CURRENCY=NZD" in out[both.key()].problem


def _jsonstat(httpserver, base_url, tmp_path, path, name):  # type: ignore[no-untyped-def]
    httpserver.expect_request(f"/data/{path}").respond_with_data(
        (SHARED / "jsonstat" / name).read_bytes(), content_type="application/json"
    )
    return write_sources(tmp_path, f"sources:\n  js: {{type: jsonstat, url: '{base_url}/data'}}\n")


def test_eurostat_sparse_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _jsonstat(httpserver, base_url, tmp_path, "une_rt_m", "eurostat_une_rt_m_DE_last3.jsonstat2.json")
    where = {"geo": "DE", "s_adj": "SA", "age": "TOTAL", "unit": "PC_ACT", "sex": "T"}
    june = ref("js", "une_rt_m", "2026-06", where=where, unit="%")
    august = ref("js", "une_rt_m", "2026-08", where={"geo": "Germany"})
    out = resolve([june, august], config, options(tmp_path))
    assert out[june.key()].quantity.interval.lo == Fraction("4.0") and out[june.key()].quantity.unit.symbol == "%"
    assert out[august.key()].verdict is Verdict.UNVERIFIABLE  # listed in time, no value published


def test_icane_dense_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _jsonstat(httpserver, base_url, tmp_path, "epa", "icane_cantabria_epa.jsonstat2.json")
    base = {"Trimestre": "2016 - 4", "Sexo": "Ambos sexos", "Grupo de edad": "Total"}
    population = ref("js", "epa", None, where={**base, "Variables": "Población"})
    unemployed = ref("js", "epa", "2016", where={**base, "Variables": "Parados"})  # where names the time
    women = ref("js", "epa", None, where={**base, "Sexo": "Mujeres", "Variables": "Ocupados"})
    yearly = ref("js", "epa", None, where={**base, "Trimestre": "2016", "Variables": "Población"})
    out = resolve([population, unemployed, women, yearly], config, options(tmp_path))
    assert out[population.key()].quantity.interval.lo == Fraction("491.9")
    assert out[unemployed.key()].quantity.interval.lo == Fraction("35.7")
    assert out[women.key()].quantity.interval.lo == Fraction("112.4")
    assert out[yearly.key()].verdict is Verdict.UNVERIFIABLE  # yearly parents are null


def test_worldbank_replay_that_ignores_page_is_not_ambiguous(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    # A replay server that answers the recorded page 1 ("pages": 3) to every `page=`: the same
    # rows arrive three times, identical; they are one observation, not three.
    page1 = cassette("wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml")[0]["response"]["body"]
    httpserver.expect_request("/v2/country/JPN/indicator/NY.GDP.MKTP.CD").respond_with_data(
        page1, content_type="application/json;charset=utf-8"
    )
    config = write_sources(tmp_path, f"sources:\n  wb: {{type: worldbank, url: '{base_url}'}}\n")
    r = ref("wb", "NY.GDP.MKTP.CD", "2019", where={"country": "JPN"})
    out = resolve([r], config, options(tmp_path))[r.key()]
    assert len(httpserver.log) == 3
    assert out.problem is None and out.quantity.interval.lo == Fraction("5081769542379.77")


def test_worldbank_one_invalid_country_does_not_fail_the_others(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    # The recorded refusal (HTTP 200, `message`) for any request naming ABCDEFG; Japan's rows otherwise.
    interactions = cassette("wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml")
    refusal, page1 = interactions[2]["response"]["body"], interactions[0]["response"]["body"]

    def answer(request):  # type: ignore[no-untyped-def]
        if "ABCDEFG" in request.path:
            return Response(refusal, content_type="application/json;charset=utf-8")
        if request.args["page"] != "1":
            return Response(
                json.dumps([dict(json.loads(page1)[0], page=int(request.args["page"])), []]),
                content_type="application/json;charset=utf-8",
            )
        return Response(page1, content_type="application/json;charset=utf-8")

    httpserver.expect_request("/v2/country/ABCDEFG;JPN/indicator/NY.GDP.MKTP.CD").respond_with_handler(answer)
    httpserver.expect_request("/v2/country/ABCDEFG/indicator/NY.GDP.MKTP.CD").respond_with_handler(answer)
    httpserver.expect_request("/v2/country/JPN/indicator/NY.GDP.MKTP.CD").respond_with_handler(answer)
    config = write_sources(tmp_path, f"sources:\n  wb: {{type: worldbank, url: '{base_url}'}}\n")
    japan = [ref("wb", "NY.GDP.MKTP.CD", year, where={"country": "JPN"}) for year in ("2018", "2019")]
    typo = ref("wb", "NY.GDP.MKTP.CD", "2019", where={"country": "ABCDEFG"})
    out = resolve([*japan, typo], config, options(tmp_path))
    assert out[japan[1].key()].quantity.interval.lo == Fraction("5081769542379.77")
    assert out[japan[0].key()].quantity.interval.lo == Fraction("4954806619995.19")
    assert out[typo.key()].verdict is Verdict.ERROR and "refused" in out[typo.key()].problem
    assert "/v2/country/ABCDEFG/indicator" in out[typo.key()].problem  # the request that was refused
    firsts = [r[0].path for r in httpserver.log if r[0].args["page"] == "1"]
    assert sorted(firsts) == [
        "/v2/country/ABCDEFG/indicator/NY.GDP.MKTP.CD",
        "/v2/country/ABCDEFG;JPN/indicator/NY.GDP.MKTP.CD",
        "/v2/country/JPN/indicator/NY.GDP.MKTP.CD",
    ]  # 3 references, 3 first pages
