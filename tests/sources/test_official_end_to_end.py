"""Claims checked against the recorded NBS and Data Commons answers through `factcheck run`.

The verdicts are the ones the recorded values imply; the offline rerun gives the same ones
without a request; the portal's faults (its bot-challenge page, a truncated body) are `error`.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner
from werkzeug.wrappers import Response

from .replay import SHARED, nbs_cassettes, nbs_handler

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="no recorded responses in ../shared/fixtures/sources")

INDUSTRY = "{source: nbs, series: A020101, where: {db: hgyd}}"
M2 = "{source: nbs, series: A0D01, where: {db: hgyd, zb: A0D0101}}"
CLAIMS = {  # id: (claim, value, unit, period, compare, expected verdict)
    "cn/industry-dec": ("12月份规模以上工业增加值同比增长6.2%", "6.2%", None, "2024-12", INDUSTRY, "confirmed"),
    "cn/industry-dec-wrong": (
        "12月份规模以上工业增加值同比增长6.5%",
        "6.5%",
        None,
        "2024-12",
        INDUSTRY,
        "contradicted",
    ),
    "cn/industry-jan": ("1月份规模以上工业增加值同比增长6.8%", "6.8%", None, "2024-01", INDUSTRY, "unverifiable"),
    "cn/m2": ("1月末广义货币(M2)余额243.1万亿元", "243.1万亿", "元", "2022-01", M2, "confirmed"),
    "cn/m2-wrong": ("1月末广义货币(M2)余额238.6万亿元", "238.6万亿", "元", "2022-01", M2, "contradicted"),
    "cn/beijing-prefectures": (
        "北京市地级区划数为0个",
        "0",
        "个",
        "2023",
        "{source: nbs, series: A010101, where: {db: fsnd, reg: '110000'}}",
        "unverifiable",
    ),
    "cn/unknown-mar": ("某指标3月增长5%", "5%", None, "2024-03", "{source: nbs, series: INVALID_CODE}", "error"),
    "cn/unknown-may": ("某指标5月增长5%", "5%", None, "2024-05", "{source: nbs, series: INVALID_CODE}", "error"),
    "us/california-2025": (
        "加州2025年人口约3935.5万",
        "3935.5万",
        "人",
        "2025",
        "{source: dc, series: Count_Person, where: {entity: geoId/06}}",
        "confirmed",
    ),
    "us/california-2025-wrong": (
        "加州2025年人口3953.8万",
        "3953.8万",
        "人",
        "2025",
        "{source: dc, series: Count_Person, where: {entity: geoId/06}}",
        "contradicted",
    ),
    "us/california-census-2020": (
        "2020年人口普查加州人口3953.8万",
        "3953.8万",
        "人",
        "2020",
        "{source: dc, series: Count_Person, where: {entity: geoId/06, facet: '1541763368'}}",
        "confirmed",
    ),
}
EXPECTED = {claim_id: fields[-1] for claim_id, fields in CLAIMS.items()}
NBS_IDS = [claim_id for claim_id in CLAIMS if claim_id.startswith("cn/")]


def _repository(root: Path, base_url: str) -> None:
    (root / "sources.yaml").write_text(
        textwrap.dedent(f"""
        sources:
          nbs: {{type: nbs, url: "{base_url}/easyquery.htm", citation: {{title: 国家统计局国家数据}}}}
          dc: {{type: datacommons, url: "{base_url}", api_key_env: DC_E2E_KEY}}
        """),
        encoding="utf-8",
    )
    for claim_id, (text, value, unit, period, compare, _) in CLAIMS.items():
        path = root / "claims" / f"{claim_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        unit_line = f"unit: {unit}\n" if unit else ""
        path.write_text(
            f'claim: {text}\nvalue: "{value}"\n{unit_line}period: "{period}"\ncitation: {{}}\ncompare: {compare}\n',
            encoding="utf-8",
        )


def _serve(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/easyquery.htm").respond_with_handler(nbs_handler(nbs_cassettes()))
    recorded = (SHARED / "datacommons" / "v2_observation_Count_Person_geoId06_latest.json").read_bytes()
    doc = json.loads(recorded)

    def datacommons(request):  # type: ignore[no-untyped-def]
        assert request.headers["X-API-Key"] == "e2e-key"
        wanted, facet = request.args["date"], request.args.get("filter.facet_ids")
        facets = doc["byVariable"]["Count_Person"]["byEntity"]["geoId/06"]["orderedFacets"]
        kept = [
            dict(f, observations=[o for o in f["observations"] if o["date"] == wanted])
            for f in facets
            if (facet is None or f["facetId"] == facet) and any(o["date"] == wanted for o in f["observations"])
        ]  # the recorded facets that hold the date asked (and the facet named), as the API narrows them
        body = {"byVariable": {"Count_Person": {"byEntity": {"geoId/06": {"orderedFacets": kept}}}}}
        return Response(json.dumps(dict(body, facets=doc["facets"])), content_type="application/json")

    httpserver.expect_request("/v2/observation").respond_with_handler(datacommons)


def _command(*args: str) -> tuple[int, str]:
    from factcheck.cli.app import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def _run(*args: str) -> tuple[int, dict[str, str], str]:
    from factcheck.cli.app import app

    result = CliRunner().invoke(app, ["run", "claims", "--format", "json", "--no-baseline", *args])
    doc = json.loads(result.stdout)
    verdicts = {}
    problems = {}
    for claim in doc["claims"]:
        compare = [f for f in claim["findings"] if f["check"] == "compare"]
        verdicts[claim["id"]] = compare[0]["verdict"] if compare else "none"
        problems[claim["id"]] = compare[0]["message"] if compare else ""
    return result.exit_code, verdicts, json.dumps(problems, ensure_ascii=False)


def test_verdicts_offline_and_faults(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DC_E2E_KEY", "e2e-key")
    _repository(tmp_path, base_url)
    _serve(httpserver)
    code, verdicts, messages = _run()
    assert verdicts == EXPECTED, messages
    assert "501" in json.loads(messages)["cn/unknown-mar"]
    assert code == 1
    asked = len(httpserver.log)
    assert asked == 6  # NBS: A020101 2024, A0D01 202201, A010101 fsnd, INVALID_CODE 2024; Data Commons: 2025, 2020

    code, offline, messages = _run("--offline")
    assert offline == EXPECTED, messages
    assert len(httpserver.log) == asked
    code, markdown = _command("run", "claims/cn/m2-wrong.yaml", "--format", "markdown", "--no-baseline", "--offline")
    assert "value 2431022.72 × 100000000 元 (货币和准货币(M2)供应量_期末值)" in markdown  # 亿元, as published
    code, markdown = _command("run", "claims/us", "--format", "markdown", "--no-baseline", "--offline")
    assert "USCensusPEP_Annual_Population" in markdown and "facet 2176550201" in markdown  # the provenance

    code, output = _command("sources", "pin", "claims")
    assert "pinned 6 observations" in output and output.count("not pinned: nbs:INVALID_CODE") == 2, output
    code, from_pin, messages = _run("--offline", "--cache-dir", str(tmp_path / "empty"))
    assert from_pin == EXPECTED, messages
    code, output = _command("sources", "list")
    assert code == 0 and "nbs" in output and "datacommons" in output

    challenge = "<html><head><script>var wzwschallenge='1';location.reload()</script></head><body></body></html>"
    for fault, said in (
        (Response(challenge, content_type="text/html"), "bot check"),
        (Response(b'{"returncode":200,"returndata":{"datano', status=200), "unreadable JSON"),
    ):
        httpserver.clear()
        httpserver.expect_request("/easyquery.htm").respond_with_response(fault)
        code, faulty, messages = _run("--refresh", "--cache-dir", str(tmp_path / "fresh"))
        assert all(faulty[claim_id] == "error" for claim_id in NBS_IDS), messages
        assert said in json.loads(messages)["cn/industry-dec"]
        assert code == 1
