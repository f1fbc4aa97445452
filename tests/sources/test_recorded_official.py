"""NBS and Data Commons against their REAL recorded answers (../shared/fixtures/sources) on loopback.

Runs only where that folder exists. The verdicts are the ones the recorded values imply:
A020101 2024-12 = 6.2 %, 2024-01 no data; M2 2022-01 = 2431022.72 亿元; Beijing A010101 2023
no data; California Count_Person 2025 = 39355309 (preferred facet), 2020 census 39538223.
"""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from werkzeug.wrappers import Response

from factcheck.model import Verdict

from .conftest import options, ref, resolve, write_sources
from .replay import SHARED, datacommons_answer, narrowed, nbs_cassettes, nbs_handler

DATACOMMONS = SHARED / "datacommons" / "v2_observation_Count_Person_geoId06_latest.json"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="no recorded responses in ../shared/fixtures/sources")


def _nbs(httpserver, base_url, tmp_path, **handler):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_handler(nbs_handler(nbs_cassettes(), **handler))
    return write_sources(tmp_path, f"sources:\n  nbs: {{type: nbs, url: '{base_url}/easyquery.htm'}}\n")


def test_industry_growth_by_month(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _nbs(httpserver, base_url, tmp_path)
    december = ref("nbs", "A020101", "2024-12", where={"db": "hgyd"})
    april = ref("nbs", "A020101", "2024-04", where={"db": "hgyd"})
    january = ref("nbs", "A020101", "2024-01")  # db from the period: hgyd
    out = resolve([december, april, january], config, options(tmp_path))
    assert len(httpserver.log) == 1  # one request covers the three months
    assert out[december.key()].quantity.interval.lo == Fraction("6.2")
    assert out[december.key()].quantity.unit.symbol == "%"
    assert out[april.key()].quantity.interval.lo == Fraction("6.7")
    assert out[january.key()].verdict is Verdict.UNVERIFIABLE  # hasdata: false, data 0.0: not 0
    assert out[january.key()].quantity is None


def test_parent_code_answers_its_children(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _nbs(httpserver, base_url, tmp_path)
    m2 = ref("nbs", "A0D01", "2022-01", where={"db": "hgyd", "zb": "A0D0101"})
    m2_growth = ref("nbs", "A0D01", "2022-01", where={"db": "hgyd", "zb": "货币和准货币(M2)供应量_同比增长"})
    m1 = ref("nbs", "A0D01", "2022-01", where={"db": "hgyd", "zb": "A0D0103"})
    children = ref("nbs", "A0D01", "2022-01", where={"db": "hgyd"})
    out = resolve([m2, m2_growth, m1, children], config, options(tmp_path))
    assert len(httpserver.log) == 1
    m2_value = out[m2.key()].quantity
    assert m2_value.interval.lo == Fraction("2431022.72") * 10**8 and m2_value.unit.symbol == "CNY"  # 亿元
    assert out[m2_growth.key()].quantity.interval.lo == Fraction("9.8")
    assert out[m1.key()].quantity.interval.lo == Fraction("613859.35") * 10**8
    assert out[children.key()].verdict is Verdict.ERROR and "add `where`" in out[children.key()].problem
    evidence = out[m2.key()].evidence
    assert evidence["unit"] == "元" and evidence["scale"] == "100000000" and evidence["value"] == "2431022.72"
    assert "M2" in evidence["note"]
    in_yuan = ref("nbs", "A0D01", "2022-01", where={"db": "hgyd", "zb": "A0D0101"}, unit="元")
    assert resolve([in_yuan], config, options(tmp_path))[in_yuan.key()].quantity == m2_value  # the 亿 is kept


def test_region_without_data_and_unknown_indicator(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    config = _nbs(httpserver, base_url, tmp_path)
    beijing = ref("nbs", "A010101", "2023", where={"db": "fsnd", "reg": "110000"})
    # Two months of 2024 are asked as the year 2024: the recorded query for INVALID_CODE.
    unknown = [ref("nbs", "INVALID_CODE", month, where={"db": "hgyd"}) for month in ("2024-03", "2024-05")]
    out = resolve([beijing, *unknown], config, options(tmp_path))
    assert out[beijing.key()].verdict is Verdict.UNVERIFIABLE  # a success envelope, hasdata false
    for r in unknown:
        problem = out[r.key()].problem
        assert out[r.key()].verdict is Verdict.ERROR
        assert "returncode 501" in problem and "INVALID_CODE" in problem and "hgyd" in problem
        assert "未能找到符合查询条件的信息" in problem


def test_get_refused_then_form_post_and_offline(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    methods: list[str] = []
    config = _nbs(httpserver, base_url, tmp_path, refuse_get=True, log=methods)
    december = ref("nbs", "A020101", "2024-12", where={"db": "hgyd"})
    january = ref("nbs", "A020101", "2024-01", where={"db": "hgyd"})
    out = resolve([december, january], config, options(tmp_path))
    assert methods == ["GET", "POST"]  # a 405 is not retried; the same fields go as a form POST
    assert out[december.key()].quantity.interval.lo == Fraction("6.2")
    assert out[december.key()].evidence["url"].startswith("POST ")
    offline = resolve([december, january], config, options(tmp_path, offline=True, use_pin=False))
    assert methods == ["GET", "POST"]  # the cached POST answer serves the offline run
    assert offline[december.key()].quantity.interval.lo == Fraction("6.2")
    assert offline[january.key()].verdict is Verdict.UNVERIFIABLE


def _datacommons(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    recorded = datacommons_answer()
    monkeypatch.setenv("DC_TEST_KEY", "test-key-123")

    def handle(request):  # type: ignore[no-untyped-def]
        if request.headers.get("X-API-Key") != "test-key-123":
            return Response('{"code": 16, "message": "missing or invalid API key"}', status=401)
        entities = request.args.getlist("entity.dcids")
        variables = request.args.getlist("variable.dcids")
        assert sorted(request.args.getlist("select")) == ["date", "entity", "value", "variable"]
        answer = narrowed(recorded, request.args["date"], request.args.get("filter.facet_ids"))
        body = {"byVariable": {}, "facets": answer["facets"]}
        for variable in variables:
            known = answer["byVariable"].get(variable, {}).get("byEntity", {})
            body["byVariable"][variable] = {"byEntity": {e: known.get(e, {}) for e in entities}}
        if request.args["date"] == "LATEST" and not request.args.get("filter.facet_ids") and entities == ["geoId/06"]:
            # the query that was recorded: its answer byte for byte
            return Response(DATACOMMONS.read_bytes(), content_type="application/json")
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/v2/observation").respond_with_handler(handle)
    return write_sources(
        tmp_path, f"sources:\n  dc: {{type: datacommons, url: '{base_url}', api_key_env: DC_TEST_KEY}}\n"
    )


def test_datacommons_preferred_and_named_facets(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    config = _datacommons(httpserver, base_url, tmp_path, monkeypatch)
    latest = ref("dc", "Count_Person", where={"entity": "geoId/06"})
    in_2025 = ref("dc", "Count_Person", "2025", where={"entity": "geoId/06"})
    census = ref("dc", "Count_Person", "2020", where={"entity": "geoId/06", "facet": "1541763368"})
    oecd = ref("dc", "Count_Person", where={"entity": "geoId/06", "facet": "4181918134"})
    texas = ref("dc", "Count_Person", "2025", where={"entity": "geoId/48"})
    out = resolve([latest, in_2025, census, oecd, texas], config, options(tmp_path))
    assert out[latest.key()].quantity.interval.lo == 39355309
    assert out[latest.key()].evidence["period"] == "2025"
    assert "USCensusPEP_Annual_Population" in out[latest.key()].evidence["note"]
    assert "facet 2176550201" in out[latest.key()].evidence["note"]
    assert out[in_2025.key()].quantity.interval.lo == 39355309
    assert out[census.key()].quantity.interval.lo == 39538223
    assert "USDecennialCensus_RedistrictingRelease" in out[census.key()].evidence["note"]
    assert out[oecd.key()].quantity.interval.lo == 39198693 and out[oecd.key()].evidence["period"] == "2023"
    assert out[texas.key()].verdict is Verdict.UNVERIFIABLE  # an entity without data: {}
    # 2025 for geoId/06 and geoId/48 share one request; LATEST, the census and OECD facets one each
    assert len(httpserver.log) == 4
    assert all(request.headers["X-API-Key"] == "test-key-123" for request, _ in httpserver.log)
    assert all("test-key-123" not in str(r.evidence) for r in out.values())


def test_datacommons_key_missing_or_refused(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    config = _datacommons(httpserver, base_url, tmp_path, monkeypatch)
    r = ref("dc", "Count_Person", "2025", where={"entity": "geoId/06"})
    monkeypatch.delenv("DC_TEST_KEY")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "DC_TEST_KEY" in result.problem
    monkeypatch.setenv("DC_TEST_KEY", "wrong")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "HTTP 401" in result.problem and "wrong" not in result.problem
