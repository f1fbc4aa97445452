"""`factcheck extract` then `factcheck run`, through the real command line, on real releases:
every draft validates, every quote is found in the cited document, and the gate passes — unless
the release itself is wrong (a relation its labels mark `holds: false`): then only such a
relation's kind may fail, and the gate fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from tests.extract.relations_eval import KINDS
from typer.testing import CliRunner

from factcheck.cli import app as cli

DATA = Path(__file__).parent / "data"
RELEASES = sorted(p.name for p in DATA.glob("*.txt") if p.name[:3] in ("zh-", "en-"))


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


@pytest.mark.parametrize("document", RELEASES)
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
        (claim["id"], finding["verdict"], finding.get("check"), finding["message"])
        for claim in report["claims"]
        for finding in claim.get("findings", [])
        if finding["verdict"] in ("invalid", "misquoted", "error", "fail")
    ]
    wrong_in_release = _kinds_that_do_not_hold(document)
    caught = [b for b in bad if b[1] == "fail" and b[2] in wrong_in_release]
    assert [b for b in bad if b not in caught] == []
    assert report["summary"]["claims"] == len(drafted)
    assert report["summary"]["gate"] == ("fail" if caught else "pass"), report["summary"]
    assert code == (1 if caught else 0)


def _kinds_that_do_not_hold(document: str) -> set[str]:
    """The check kinds of the relations the labels say the release gets wrong (a typo of its own)."""
    labels = DATA / document.replace(".txt", ".yaml")
    if not labels.exists():
        return set()
    relations = yaml.safe_load(labels.read_text(encoding="utf-8")).get("relations", [])
    return {kind for r in relations if r.get("holds") is False for kind in KINDS.get(r["check"], (r["check"],))}
