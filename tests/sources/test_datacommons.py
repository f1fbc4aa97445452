"""The Data Commons adapter over loopback HTTP, with a small answer of our own (two countries)."""

from __future__ import annotations

import pytest

from factcheck.errors import ConfigError
from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources


def _config(tmp_path, base_url, extra=""):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path, f"sources:\n  dc: {{type: datacommons, url: '{base_url}', api_key_env: DC_KEY{extra}}}\n"
    )


@pytest.fixture(autouse=True)
def _key(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DC_KEY", "k-1")


def test_entities_share_a_request_and_the_preferred_facet_counts(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v2/observation").respond_with_data(
        fixture_bytes("datacommons_two_countries.json"), content_type="application/json"
    )
    china = ref("dc", "Count_Person", "2022", where={"entity": "country/CHN"})
    india = ref("dc", "Count_Person", "2022", where={"entity": "country/IND"})
    nowhere = ref("dc", "Count_Person", "2022", where={"entity": "country/XXX"})
    out = resolve([china, india, nowhere], _config(tmp_path, base_url), options(tmp_path))
    ((request, _),) = httpserver.log
    assert request.headers["X-API-Key"] == "k-1" and "k-1" not in request.url
    assert request.args["date"] == "2022" and request.args.getlist("variable.dcids") == ["Count_Person"]
    assert request.args.getlist("entity.dcids") == ["country/CHN", "country/IND", "country/XXX"]
    assert out[china.key()].quantity.interval.lo == 1412175000  # orderedFacets[0], not Wikidata's
    assert "WorldDevelopmentIndicators" in out[china.key()].evidence["note"]
    assert "datacatalog.worldbank.org" in out[china.key()].evidence["note"]
    assert out[india.key()].quantity.interval.lo == 1425423212
    assert out[nowhere.key()].verdict is Verdict.UNVERIFIABLE


def test_facet_and_domain_are_sent_and_named(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v2/observation").respond_with_data(
        fixture_bytes("datacommons_two_countries.json"), content_type="application/json"
    )
    wikidata = ref("dc", "Count_Person", "2022", where={"entity": "country/CHN", "facet": "2458695583"})
    wdi = ref("dc", "Count_Person", "2022", where={"entity": "country/CHN", "domain": "worldbank.org"})
    absent = ref("dc", "Count_Person", "2022", where={"entity": "country/IND", "facet": "2458695583"})
    out = resolve([wikidata, wdi, absent], _config(tmp_path, base_url), options(tmp_path))
    sent = sorted((r.args.get("filter.facet_ids", ""), r.args.get("filter.domains", "")) for r, _ in httpserver.log)
    assert sent == [("", "worldbank.org"), ("2458695583", "")]
    assert out[wikidata.key()].quantity.interval.lo == 1417173173
    assert out[wdi.key()].quantity.interval.lo == 1412175000
    assert out[absent.key()].verdict is Verdict.UNVERIFIABLE  # India has no facet 2458695583


def test_latest_without_a_period_and_errors(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v2/observation").respond_with_data(
        '{"code": 3, "message": "invalid variable"}', status=400, content_type="application/json"
    )
    latest = ref("dc", "Count_Bogus", where={"entity": "country/CHN"})
    no_entity = ref("dc", "Count_Person", "2022")
    out = resolve([latest, no_entity], _config(tmp_path, base_url), options(tmp_path))
    assert out[latest.key()].verdict is Verdict.ERROR and "HTTP 400" in out[latest.key()].problem
    assert "invalid variable" in out[latest.key()].problem
    assert out[no_entity.key()].verdict is Verdict.ERROR and "entity" in out[no_entity.key()].problem


def test_unreadable_answers_are_errors(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    r = ref("dc", "Count_Person", "2022", where={"entity": "country/CHN"})
    for body, said in (('{"byVariable": [1]}', "without `byVariable`"), ('{"byVar', "unreadable JSON")):
        httpserver.clear()
        httpserver.expect_request("/v2/observation").respond_with_data(body, content_type="application/json")
        result = resolve([r], _config(tmp_path, base_url), options(tmp_path, refresh=True))[r.key()]
        assert result.verdict is Verdict.ERROR and said in result.problem


def test_the_public_api_needs_a_key_and_the_header_can_change(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="api_key_env"):
        write_sources(tmp_path, "sources:\n  dc: {type: datacommons}\n")
    httpserver.expect_request("/v2/observation").respond_with_data(
        fixture_bytes("datacommons_two_countries.json"), content_type="application/json"
    )
    r = ref("dc", "Count_Person", "2022", where={"entity": "country/CHN"})
    resolve([r], _config(tmp_path, base_url, ", api_key_header: X-Other"), options(tmp_path))
    assert httpserver.log[0][0].headers["X-Other"] == "k-1" and "X-API-Key" not in httpserver.log[0][0].headers
