"""The official YAML test suite: no input escapes as an exception; error cases are invalid.

Uses the copy in ../shared/fixtures/yaml-test-suite (skipped when absent).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.load.claims import load_claims
from factcheck.model import Verdict
from factcheck.yamlio import reader as yamlio
from factcheck.yamlio.reader import parse_yaml

SUITE = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "yaml-test-suite"
CASES = sorted(path for path in SUITE.iterdir() if path.is_dir()) if SUITE.is_dir() else []
ERROR_CASES = [case for case in CASES if (case / "error").exists()]

# Error cases that libyaml's (and PyYAML's) parser accepts as events; yamlio.strict reports them.
LENIENT = {"9C9N", "DK95-01", "QB6E", "S98Z", "SU5Z", "X4QW"}

pytestmark = pytest.mark.skipif(not CASES, reason="yaml-test-suite fixtures not present")


@pytest.fixture(params=["c", "pure"])
def loader(request, monkeypatch):
    if request.param == "c" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML built without libyaml")
    monkeypatch.setattr(yamlio, "LOADER", yaml.CSafeLoader if request.param == "c" else yaml.SafeLoader)


def test_every_case_parses_to_data_or_problems(loader) -> None:
    for case in CASES:
        doc = parse_yaml((case / "in.yaml").read_bytes())
        assert doc.ok or all(p.line >= 1 and p.column >= 1 and p.reason for p in doc.problems), case.name
        if doc.ok:
            assert isinstance(doc.data, dict), case.name


def test_error_cases_are_refused_by_the_yaml_reader(loader) -> None:
    accepted = {case.name for case in ERROR_CASES if parse_yaml((case / "in.yaml").read_bytes()).ok}
    assert accepted == set()
    assert LENIENT <= {case.name for case in ERROR_CASES}  # the parser's leniency is still tested


def test_valid_cases_meet_no_strict_layout_problem(loader) -> None:
    """The layout checks never refuse what YAML allows."""
    for case in CASES:
        if (case / "error").exists():
            continue
        doc = parse_yaml((case / "in.yaml").read_bytes())
        assert not any(p.reason.startswith(STRICT) for p in doc.problems), (case.name, doc.problems)


STRICT = ("a comment needs a space", "this line continues", "a leading empty line")


def test_error_cases_are_invalid_claim_files(tmp_path: Path) -> None:
    folder = tmp_path / "claims"
    folder.mkdir()
    for case in CASES:
        shutil.copyfile(case / "in.yaml", folder / f"{case.name}.yaml")
    loaded = load_claims([folder], tmp_path)
    failed = {result.id: result for result in loaded.failed}
    for case in ERROR_CASES:
        assert failed[case.name].verdict is Verdict.INVALID, case.name
    assert len(loaded.claims) + len(loaded.failed) == len(CASES)
    assert not any("internal error" in f.message for r in loaded.failed for f in r.findings)
