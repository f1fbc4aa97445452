from __future__ import annotations

from fractions import Fraction

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources

WEO = "IMF/WEO:2024-10/{}.NGDP_RPCH.pcent_change"


def _config(tmp_path, base_url):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path,
        f"""
        sources:
          dbn:
            type: dbnomics
            url: {base_url}
            unit: "%"
        """,
    )


def test_several_series_in_one_request(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    ids = f"{WEO.format('CHN')},{WEO.format('IND')}"
    httpserver.expect_request("/v22/series", query_string={"observations": "1", "series_ids": ids}).respond_with_data(
        fixture_bytes("dbnomics_two_series.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    refs = [
        ref("dbn", WEO.format("CHN"), "2023"),
        ref("dbn", WEO.format("IND"), "2022"),
        ref("dbn", WEO.format("CHN"), "2024"),
    ]
    out = resolve(refs, config, options(tmp_path))
    assert len(httpserver.log) == 1
    china = out[refs[0].key()]
    assert china.quantity.interval.lo == Fraction("5.248") and china.quantity.unit.symbol == "%"
    assert out[refs[1].key()].quantity.interval.hi == Fraction("6.987")
    missing = out[refs[2].key()]  # published as "NA"
    assert missing.verdict is Verdict.UNVERIFIABLE and "no value" in missing.problem


def test_one_series_path_form(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v22/series/NBS/M_A01/A01010101", query_string={"observations": "1"}).respond_with_data(
        fixture_bytes("dbnomics_one_series.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    r = ref("dbn", "NBS/M_A01/A01010101", "2022-12", unit="")
    assert resolve([r], config, options(tmp_path))[r.key()].quantity.interval.lo == Fraction("101.8")


def test_dataset_query_across_members(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v22/series/DEMO/CITY").respond_with_data(
        fixture_bytes("dbnomics_dataset_cities.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    r = ref("dbn", "DEMO/CITY", "2022", where={"indicator": "GDP"}, across="city", self_member="潍坊市", unit="亿元")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert httpserver.log[0][0].args["dimensions"] == '{"indicator": ["GDP"]}'
    assert set(result.members) == {"JN", "QD", "潍坊市"}  # YT publishes "NA": left out
    assert result.members["QD"].interval.lo == Fraction("14920.75") * 10**8
    assert result.quantity == result.members["潍坊市"]
    assert result.evidence["missing_members"] == ["YT"]


def test_unknown_series_404_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/v22/series/NBS/NOPE/X").respond_with_json(
        {"message": "Series not found: NBS/NOPE/X"}, status=404
    )
    config = _config(tmp_path, base_url)
    r = ref("dbn", "NBS/NOPE/X", "2022")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "HTTP 404" in result.problem and "Series not found" in result.problem


def test_dataset_query_pages_by_offset(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    import json

    from werkzeug.wrappers import Response

    from factcheck.sources import dbnomics

    monkeypatch.setattr(dbnomics, "LIMIT", 2)
    whole = json.loads(fixture_bytes("dbnomics_dataset_cities.json"))

    def page(request):  # type: ignore[no-untyped-def]
        offset = int(request.args["offset"])
        doc = dict(
            whole,
            series=dict(whole["series"], docs=whole["series"]["docs"][offset : offset + 2], offset=offset, limit=2),
        )
        return Response(json.dumps(doc), content_type="application/json")

    httpserver.expect_request("/v22/series/DEMO/CITY").respond_with_handler(page)
    config = _config(tmp_path, base_url)
    r = ref("dbn", "DEMO/CITY", "2022", across="city")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert [entry[0].args["offset"] for entry in httpserver.log] == ["0", "2"]
    assert set(result.members) == {"JN", "QD", "WF"}


def test_a_surprising_shape_is_an_error_not_a_crash(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    import json

    doc = json.loads(fixture_bytes("dbnomics_dataset_cities.json"))
    doc["series"]["num_found"] = "many"
    httpserver.expect_request("/v22/series/DEMO/CITY").respond_with_json(doc)
    config = _config(tmp_path, base_url)
    r = ref("dbn", "DEMO/CITY", "2022", across="city")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "could not be read (ValueError" in result.problem


def test_a_malformed_series_fails_alone(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    ids = f"{WEO.format('CHN')},{WEO.format('IND')}"
    httpserver.expect_request("/v22/series", query_string={"observations": "1", "series_ids": ids}).respond_with_data(
        fixture_bytes("dbnomics_two_series.json"), content_type="application/json"
    )
    refs = [ref("dbn", WEO.format("CHN"), "2023"), ref("dbn", WEO.format("IND"), "2022"), ref("dbn", "WEO-CHN", "2023")]
    out = resolve(refs, _config(tmp_path, base_url), options(tmp_path))
    assert out[refs[2].key()].verdict is Verdict.ERROR and "PROVIDER/DATASET" in out[refs[2].key()].problem
    assert out[refs[0].key()].quantity.interval.lo == Fraction("5.248")
    assert out[refs[1].key()].problem is None and len(httpserver.log) == 1


def test_offline_run_of_a_subset_finds_what_a_batched_run_fetched(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    # The full run asks both series in one request; a run of one claim would ask another URL
    # (`/v22/series/IMF/...`). Offline it must still find the value the full run fetched.
    ids = f"{WEO.format('CHN')},{WEO.format('IND')}"
    httpserver.expect_request("/v22/series", query_string={"observations": "1", "series_ids": ids}).respond_with_data(
        fixture_bytes("dbnomics_two_series.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    china, india = ref("dbn", WEO.format("CHN"), "2023"), ref("dbn", WEO.format("IND"), "2022")
    online = resolve([china, india], config, options(tmp_path))
    alone = resolve([china], config, options(tmp_path, offline=True))[china.key()]
    assert len(httpserver.log) == 1
    assert alone.problem is None and alone.quantity == online[china.key()].quantity
    assert alone.evidence["origin"] == "cache" and alone.evidence["sha256"] == online[china.key()].evidence["sha256"]
    refreshed = resolve([china], config, options(tmp_path, offline=True, refresh=True))[china.key()]
    assert refreshed.verdict is Verdict.ERROR  # --refresh reads no cache at all
