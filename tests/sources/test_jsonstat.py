from __future__ import annotations

from fractions import Fraction

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources


def _config(tmp_path, base_url, extra=""):  # type: ignore[no-untyped-def]
    return write_sources(
        tmp_path,
        f"""
        sources:
          stat:
            type: jsonstat
            url: {base_url}/data
            params: {{format: JSON}}{extra}
        """,
    )


def test_array_index_dense_values_and_rank_members(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/gen", query_string={"format": "JSON"}).respond_with_data(
        fixture_bytes("jsonstat_array_index.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    refs = [
        ref("stat", "gen", "2022", where={"city": "潍坊市"}, unit="亿千瓦时"),
        ref("stat", "gen", "2022", where={"City": "QD"}),
        ref("stat", "gen", "2021", where={"city": "WF"}),
        ref("stat", "gen", "2022", across="city", self_member="WF"),
    ]
    out = resolve(refs, config, options(tmp_path))
    assert len(httpserver.log) == 1
    weifang = out[refs[0].key()]
    assert weifang.quantity.interval.lo == Fraction("355.1") * 10**8
    assert weifang.quantity.unit.symbol == "kWh"
    assert weifang.evidence["note"] == "p"  # the status flag: provisional
    assert out[refs[1].key()].quantity.interval.lo == Fraction("301.5")
    assert out[refs[2].key()].verdict is Verdict.UNVERIFIABLE  # null in the dense array
    members = out[refs[3].key()].members
    assert {name: q.interval.lo for name, q in members.items()} == {
        "JN": Fraction("325.6"),
        "QD": Fraction("301.5"),
        "WF": Fraction("355.1"),
    }


def test_object_index_sparse_values(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/une").respond_with_data(
        fixture_bytes("jsonstat_sparse.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    refs = [
        ref("stat", "une", "2023-11", where={"geo": "France"}),
        ref("stat", "une", "2023-12", where={"geo": "FR"}),
        ref("stat", "une", "2023M10", where={"geo": "DE"}),
    ]
    out = resolve(refs, config, options(tmp_path))
    assert out[refs[0].key()].quantity.interval.lo == Fraction("7.5")
    assert out[refs[1].key()].verdict is Verdict.UNVERIFIABLE  # absent from the sparse object
    assert out[refs[2].key()].quantity.interval.lo == Fraction("3.0")  # 2023M10 is 2023-10


def test_where_and_period_as_query_parameters(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request(
        "/data/une", query_string={"format": "JSON", "geo": "DE", "time": "2023-10"}
    ).respond_with_data(fixture_bytes("jsonstat_sparse.json"), content_type="application/json")
    config = _config(tmp_path, base_url, "\n            where_params: true\n            period_param: time")
    r = ref("stat", "une", "2023-10", where={"geo": "DE"})
    assert resolve([r], config, options(tmp_path))[r.key()].quantity.interval.lo == Fraction("3.0")


def test_collection_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/data/all").respond_with_data(
        fixture_bytes("jsonstat_collection.json"), content_type="application/json"
    )
    config = _config(tmp_path, base_url)
    r = ref("stat", "all", "2022")
    result = resolve([r], config, options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "collection" in result.problem
