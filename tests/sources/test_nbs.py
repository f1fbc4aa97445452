"""The NBS data portal adapter over loopback HTTP, with small answers of our own.

The recorded real answers are replayed in test_recorded_official.py; these cover what they do
not: the request as the portal's clients send it, quarters, `across: reg`, and the faults.
"""

from __future__ import annotations

import json
from fractions import Fraction

from werkzeug.wrappers import Response

from factcheck.model import Verdict

from .conftest import fixture_bytes, options, ref, resolve, write_sources


def _config(tmp_path, base_url):  # type: ignore[no-untyped-def]
    return write_sources(tmp_path, f"sources:\n  nbs: {{type: nbs, url: '{base_url}/easyquery.htm'}}\n")


def test_request_fields_as_the_portal_clients_send_them(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_data(fixture_bytes("nbs_hgjd_gdp.json"))
    config = _config(tmp_path, base_url)
    q4 = ref("nbs", "A010101", "2024-Q4")  # no db: a quarter → hgjd
    q1 = ref("nbs", "A010101", "2024Q1")
    out = resolve([q4, q1], config, options(tmp_path))
    ((request, _),) = httpserver.log
    assert request.method == "GET"
    args = request.args
    assert (args["m"], args["dbcode"], args["rowcode"], args["colcode"]) == ("QueryData", "hgjd", "zb", "sj")
    assert json.loads(args["wds"]) == []
    assert json.loads(args["dfwds"]) == [
        {"wdcode": "zb", "valuecode": "A010101"},
        {"wdcode": "sj", "valuecode": "2024"},
    ]
    assert args["k1"].isdigit()
    assert request.headers["X-Requested-With"] == "XMLHttpRequest" and request.headers["Referer"].endswith(
        "/easyquery.htm"
    )
    assert out[q4.key()].quantity.interval.lo == Fraction("360031.3") * 10**8  # 亿元 from wdnodes
    assert out[q1.key()].quantity.interval.lo == Fraction("296299.1") * 10**8
    assert out[q4.key()].evidence["period"] == "2024-Q4"


def test_one_quarter_is_asked_by_its_own_code(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_data(fixture_bytes("nbs_hgjd_gdp.json"))
    r = ref("nbs", "A010101", "2024-Q3", where={"db": "hgjd"})
    out = resolve([r], _config(tmp_path, base_url), options(tmp_path))
    assert json.loads(httpserver.log[0][0].args["dfwds"])[1] == {"wdcode": "sj", "valuecode": "2024C"}
    assert out[r.key()].quantity.interval.lo == Fraction("332910.9") * 10**8


def test_across_regions_ranks_among_the_answer(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_data(fixture_bytes("nbs_fsnd_regions.json"))
    config = _config(tmp_path, base_url)
    among = ref("nbs", "A030101", "2023", where={"db": "fsnd"}, across="reg", self_member="山东省")
    out = resolve([among], config, options(tmp_path))
    args = httpserver.log[0][0].args
    assert args["rowcode"] == "reg" and json.loads(args["wds"]) == [{"wdcode": "zb", "valuecode": "A030101"}]
    assert json.loads(args["dfwds"]) == [{"wdcode": "sj", "valuecode": "2023"}]
    members = out[among.key()].members
    assert set(members) == {"110000", "120000", "130000", "山东省"}  # 西藏 has no data: left out, not 0
    assert members["山东省"].interval.lo == Fraction("10122.97") * 10**4  # 万人
    assert max(members, key=lambda name: members[name].interval.lo) == "山东省"
    assert out[among.key()].evidence["missing_members"] == ["540000"]


def test_region_and_database_rules_fail_alone(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_data(fixture_bytes("nbs_hgjd_gdp.json"))
    config = _config(tmp_path, base_url)
    good = ref("nbs", "A010101", "2024-Q1")
    bad = {
        "holds regions": ref("nbs", "A010101", "2023", where={"db": "fsnd"}),
        "names its database": ref("nbs", "A010101", "2023", where={"reg": "110000"}),
        "is national": ref("nbs", "A010101", "2023", where={"db": "hgnd", "reg": "110000"}),
        "one value per month": ref("nbs", "A010101", "2023", where={"db": "hgyd"}),
        "years, quarters and months": ref("nbs", "A010101", "2023-01/2023-06"),
        "needs a period": ref("nbs", "A010101"),
    }
    out = resolve([good, *bad.values()], config, options(tmp_path))
    assert out[good.key()].quantity.interval.lo == Fraction("296299.1") * 10**8
    for said, r in bad.items():
        assert out[r.key()].verdict is Verdict.ERROR and said in out[r.key()].problem, out[r.key()].problem
    assert len(httpserver.log) == 1


def _refs():  # type: ignore[no-untyped-def]
    return [ref("nbs", "A010101", "2024-Q4")]


def test_bot_challenge_page_is_an_error_that_says_so(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    page = (
        "<html><head><title>安全验证</title>"
        "<script>document.cookie='wzws_cid=1';location.reload()</script></head></html>"
    )
    for content_type in ("text/html; charset=utf-8", None):  # with and without a Content-Type
        httpserver.clear()
        httpserver.expect_request("/easyquery.htm").respond_with_response(Response(page, content_type=content_type))
        (r,) = _refs()
        result = resolve([r], _config(tmp_path, base_url), options(tmp_path, refresh=True))[r.key()]
        assert result.verdict is Verdict.ERROR
        assert "bot check" in result.problem and "安全验证" in result.problem and "cookie" not in result.problem
        assert [request.method for request, _ in httpserver.log] == ["GET", "POST"]  # the POST is refused too


def test_in_band_errors_are_not_asked_again(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    for body, said in (
        (
            '{"returncode":501,"returndata":"对不起，未能找到符合查询条件的信息。"}',
            "found nothing for indicator A010101",
        ),
        ('{"returncode":400,"returndata":"参数错误"}', "refused indicator A010101, database hgjd, period 2024D"),
        ('{"returncode":200,"returndata":"ok"}', "without datanodes"),
        ('{"returncode":200,"returndata":{"datanodes":[{"code":"x"', "unreadable JSON"),
        ("[1, 2]", "without a returncode"),
    ):
        httpserver.clear()
        httpserver.expect_request("/easyquery.htm").respond_with_data(body)
        (r,) = _refs()
        result = resolve([r], _config(tmp_path, base_url), options(tmp_path, refresh=True))[r.key()]
        assert result.verdict is Verdict.ERROR and said in result.problem, result.problem
        assert len(httpserver.log) == 1


def test_truncated_transfer_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    body = fixture_bytes("nbs_hgjd_gdp.json")
    response = Response(body[: len(body) // 2])
    response.headers["Content-Length"] = str(len(body))  # the connection closes before the body ends
    response.automatically_set_content_length = False
    httpserver.expect_request("/easyquery.htm").respond_with_response(response)
    (r,) = _refs()
    result = resolve([r], _config(tmp_path, base_url), options(tmp_path, retries=0))[r.key()]
    assert result.verdict is Verdict.ERROR and result.quantity is None


def test_a_malformed_answer_shape_is_an_error(httpserver, base_url, tmp_path):  # type: ignore[no-untyped-def]
    doc = json.loads(fixture_bytes("nbs_hgjd_gdp.json"))
    del doc["returndata"]["datanodes"][0]["wds"]
    httpserver.expect_request("/easyquery.htm").respond_with_data(json.dumps(doc))
    (r,) = _refs()
    result = resolve([r], _config(tmp_path, base_url), options(tmp_path))[r.key()]
    assert result.verdict is Verdict.ERROR and "could not be read" in result.problem


def test_a_rank_among_provinces_from_one_answer(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from factcheck.cli.app import app

    httpserver.expect_request("/easyquery.htm").respond_with_data(fixture_bytes("nbs_fsnd_regions.json"))
    monkeypatch.chdir(tmp_path)
    _config(tmp_path, base_url)
    (tmp_path / "claims").mkdir()
    for name, rank in (("first", 1), ("second", 2)):
        (tmp_path / "claims" / f"{name}.yaml").write_text(
            f"claim: 山东省年末常住人口居全国第{rank}位\nvalue: {rank}\nperiod: '2023'\ncitation: {{}}\nchecks:\n"
            "  - rank:\n"
            "      of: {source: nbs, series: A030101, where: {db: fsnd, reg: '370000'}}\n"
            "      among: {source: nbs, series: A030101, where: {db: fsnd}, across: reg, self: '370000'}\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(app, ["run", "claims", "--format", "json", "--no-baseline"])
    verdicts = {
        c["id"]: [f["verdict"] for f in c["findings"] if f["check"] == "rank"]
        for c in json.loads(result.stdout)["claims"]
    }
    assert verdicts == {"first": ["pass"], "second": ["fail"]}
