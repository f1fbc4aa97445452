"""`factcheck extract` then `factcheck run`, through the real command line, on real releases:
every draft validates, every quote is found in the cited document, and the gate passes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app as cli

DATA = Path(__file__).parent / "data"
RELEASES = sorted(p.name for p in DATA.glob("*.txt") if p.name[:3] in ("zh-", "en-"))


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


#: Fresh releases whose drafted relations fail and are left to the relation work: a `same` between
#: two different statistics, and a sum over the release's own misprint (第二产业增加值566.00元).
RELATION_GAPS = {"en-abs-lfs-2018-06.txt", "en-bls-eci-2012-12.txt", "zh-city-fuzhou-jiangxi-2018.txt"}


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason="drafted relation fails (relation work)"))
        if name in RELATION_GAPS
        else name
        for name in RELEASES
    ],
)
def test_run_straight_after_extract_passes(document: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    shutil.copy(DATA / document, tmp_path / "docs" / document)
    code, out = _invoke("extract", f"docs/{document}", "--out", "claims/doc", "--format", "json")
    assert code == 0, out
    drafted = json.loads(out)["drafts"]
    assert drafted
    code, out = _invoke("run", "claims", "--offline", "--format", "json", "--no-baseline")
    report = json.loads(out)
    bad = [
        (claim["id"], finding["verdict"], finding["message"])
        for claim in report["claims"]
        for finding in claim.get("findings", [])
        if finding["verdict"] in ("invalid", "misquoted", "error", "fail")
    ]
    assert not bad
    assert report["summary"]["claims"] == len(drafted)
    assert report["summary"]["gate"] == "pass", report["summary"]
    assert code == 0


def test_period_option_takes_any_period_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(DATA / "en-eurostat-hicp-2018-01.txt", tmp_path / "release.txt")
    for period in ("2018", "2018-01", "2018-Q1", "2018-H1", "2017-12/2018-01"):
        code, out = _invoke("extract", "release.txt", "--dry-run", "--format", "json", "--period", period)
        assert code == 0, out
        assert json.loads(out)["drafts"]
    code, out = _invoke("extract", "release.txt", "--dry-run", "--period", "2018-13")
    assert code == 2
