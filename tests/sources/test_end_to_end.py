"""A claims repository of our own against a loopback server replaying real recorded responses.

`factcheck run` must give the verdicts the spec implies; a second run `--offline` the same
ones without a request; a failing server `error`, never a pass; `sources pin` then an offline
run on an empty cache the same verdicts again, from the pin alone.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner
from werkzeug.wrappers import Response

from .conftest import FIXTURES

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "sources"
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="no recorded responses in ../shared/fixtures/sources")

CLAIMS = {
    "jp/gdp-2019": (
        "日本2019年国内生产总值5.08万亿美元",
        "5.08万亿",
        "美元",
        "fact",
        "2019",
        "{source: wb, series: NY.GDP.MKTP.CD, where: {country: JPN}}",
    ),
    "jp/gdp-2019-wrong": (
        "日本2019年国内生产总值5.2万亿美元",
        "5.2万亿",
        "美元",
        "fact",
        "2019",
        "{source: wb, series: NY.GDP.MKTP.CD, where: {country: JPN}}",
    ),
    "jp/gdp-2019-estimate": (
        "预计日本2019年国内生产总值5.2万亿美元",
        "5.2万亿",
        "美元",
        "estimate",
        "2019",
        "{source: wb, series: NY.GDP.MKTP.CD, where: {country: JPN}}",
    ),
    "jp/gdp-2020": (
        "日本2020年国内生产总值5.0万亿美元",
        "5.0万亿",
        "美元",
        "fact",
        "2020",
        "{source: wb, series: NY.GDP.MKTP.CD, where: {country: JPN}}",
    ),
    "fx/nzd": (
        "1欧元兑1.59新西兰元",
        "1.59",
        None,
        "fact",
        "2013-01-18",
        "{source: ecb, series: EXR/D.NZD+RUB.EUR.SP00.A, where: {CURRENCY: NZD}}",
    ),
    "eu/de-unemployment": (
        "德国6月失业率4.0%",
        "4.0%",
        None,
        "fact",
        "2026-06",
        "{source: eu, series: une_rt_m, where: {geo: DE}, unit: '%'}",
    ),
    "eu/de-unemployment-aug": (
        "德国8月失业率4.1%",
        "4.1%",
        None,
        "fact",
        "2026-08",
        "{source: eu, series: une_rt_m, where: {geo: DE}, unit: '%'}",
    ),
}
EXPECTED = {
    "jp/gdp-2019": "confirmed",
    "jp/gdp-2019-wrong": "contradicted",
    "jp/gdp-2019-estimate": "revised",
    "jp/gdp-2020": "unverifiable",
    "fx/nzd": "confirmed",
    "eu/de-unemployment": "confirmed",
    "eu/de-unemployment-aug": "unverifiable",
    "wf/platforms-rank": "pass",
}


def _repository(root: Path, base_url: str) -> None:
    (root / "data").mkdir(parents=True)
    shutil.copy(FIXTURES / "bulletin_gb18030.csv", root / "data" / "bulletin.csv")
    (root / "sources.yaml").write_text(
        textwrap.dedent(f"""
        sources:
          wb: {{type: worldbank, url: "{base_url}", citation: {{title: World Development Indicators}}}}
          ecb: {{type: sdmx, url: "{base_url}/service"}}
          eu: {{type: jsonstat, url: "{base_url}/eurostat"}}
          bulletin:
            type: csv
            path: data/bulletin.csv
            columns: {{series: 指标, period: 年份, value: 数值, unit: 单位}}
        """),
        encoding="utf-8",
    )
    for claim_id, (text, value, unit, kind, period, compare) in CLAIMS.items():
        path = root / "claims" / f"{claim_id}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        unit_line = f"unit: {unit}\n" if unit else ""
        path.write_text(
            f'claim: {text}\nvalue: "{value}"\n{unit_line}kind: {kind}\nperiod: "{period}"\n'
            f"citation: {{}}\ncompare: {compare}\n",
            encoding="utf-8",
        )
    (root / "claims" / "wf").mkdir()
    (root / "claims" / "wf" / "platforms-rank.yaml").write_text(
        textwrap.dedent("""
        claim: 潍坊市科技创新平台数量居全省第1位
        value: 1
        period: "2022"
        citation: {}
        checks:
          - rank:
              of: {source: bulletin, series: 科技创新平台, where: {地区: 潍坊市}}
              among: {source: bulletin, series: 科技创新平台, across: 地区, self: 潍坊市}
        """),
        encoding="utf-8",
    )


def _serve_recorded(httpserver) -> None:  # type: ignore[no-untyped-def]
    page1 = yaml.safe_load(
        (SHARED / "worldbank" / "wbdata-go_TestIndicatorValuesService_ListByCountryIDs.yaml").read_text(
            encoding="utf-8"
        )
    )["interactions"][0]["response"]["body"]

    def worldbank(request):  # type: ignore[no-untyped-def]
        if request.args["page"] == "1":
            return Response(page1, content_type="application/json;charset=utf-8")
        meta = dict(json.loads(page1)[0], page=int(request.args["page"]))  # pages 2-3 were not recorded
        return Response(json.dumps([meta, []]), content_type="application/json")

    httpserver.expect_request("/v2/country/JPN/indicator/NY.GDP.MKTP.CD").respond_with_handler(worldbank)
    httpserver.expect_request("/service/data/EXR/D.NZD+RUB.EUR.SP00.A").respond_with_data(
        (SHARED / "sdmx_json" / "ecb_exr_ts_spec_sample.sdmx.json").read_bytes(), content_type="application/json"
    )
    httpserver.expect_request("/eurostat/une_rt_m").respond_with_data(
        (SHARED / "jsonstat" / "eurostat_une_rt_m_DE_last3.jsonstat2.json").read_bytes(),
        content_type="application/json",
    )


def _run(*args: str) -> tuple[int, dict[str, str], str]:
    from factcheck.cli.app import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    verdicts = {}
    if args[0] == "run":
        doc = json.loads(result.stdout)
        for claim in doc["claims"]:
            checks = [f for f in claim["findings"] if f["check"] in ("compare", "rank")]
            verdicts[claim["id"]] = checks[0]["verdict"] if checks else "none"
    return result.exit_code, verdicts, result.output


def test_verdicts_offline_faults_and_pin(httpserver, base_url, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _repository(tmp_path, base_url)
    _serve_recorded(httpserver)
    code, verdicts, output = _run("run", "claims", "--format", "json", "--no-baseline")
    assert verdicts == EXPECTED, output
    assert code == 1  # contradicted fails the gate
    assert len(httpserver.log) == 5  # World Bank pages 1-3 (one call for four claims), ECB, Eurostat

    code, offline, _ = _run("run", "claims", "--format", "json", "--no-baseline", "--offline")
    assert offline == EXPECTED and len(httpserver.log) == 5

    httpserver.clear()
    httpserver.expect_request("/v2/country/JPN/indicator/NY.GDP.MKTP.CD").respond_with_data("down", status=503)
    httpserver.expect_request("/service/data/EXR/D.NZD+RUB.EUR.SP00.A").respond_with_data(
        "<html><body>maintenance</body></html>", content_type="text/html"
    )
    httpserver.expect_request("/eurostat/une_rt_m").respond_with_data(
        '{"version": "2.0", "cla', content_type="application/json"
    )
    code, faulty, _ = _run(
        "run", "claims", "--format", "json", "--no-baseline", "--refresh", "--cache-dir", str(tmp_path / "fresh")
    )
    assert all(faulty[claim_id] == "error" for claim_id in CLAIMS), faulty
    assert code == 1

    httpserver.clear()
    _serve_recorded(httpserver)
    code, _, output = _run("sources", "pin", "claims")
    assert code == 0 and "pinned 5 observations" in output  # 5 distinct references; the local CSV is not pinned
    pinned_requests = len(httpserver.log)
    code, from_pin, _ = _run(
        "run", "claims", "--format", "json", "--no-baseline", "--offline", "--cache-dir", str(tmp_path / "empty")
    )
    assert from_pin == EXPECTED and len(httpserver.log) == pinned_requests
