"""Packaging: declared minimums are the tested ones, the licence is an SPDX string, the sdist is
complete, the Action uses a supported SARIF upload."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _minimums(requirements: list[str]) -> dict[str, str]:
    found = {}
    for requirement in requirements:
        match = re.match(r"^([A-Za-z0-9_.-]+)>=([0-9][0-9.]*)", requirement)
        assert match, f"{requirement!r} declares no minimum version"
        found[match[1].lower()] = match[2]
    return found


def test_the_lowest_versions_tested_are_the_declared_minimums() -> None:
    project = _project()
    extras = project["optional-dependencies"]
    test = [requirement for requirement in extras["test"] if not requirement.startswith("factcheck[")]
    declared = _minimums(project["dependencies"] + test + extras["documents"])  # the test extra pulls documents
    pinned = {}
    for line in (ROOT / ".ci" / "lowest-constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.strip().lower()] = version.strip()
    assert pinned == declared


def test_the_licence_is_an_spdx_expression() -> None:
    project = _project()
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]


def test_the_sdist_carries_what_its_tests_need() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for folder in ("tests", "claims", "data", "docs", "bench", ".ci"):
        assert re.search(rf"^graft {re.escape(folder)}$", manifest, re.MULTILINE), folder
    for name in ("sources.yaml", "sources.lock.json", "factcheck-baseline.json", ".pre-commit-hooks.yaml"):
        assert name in manifest


def test_the_action_uploads_sarif_with_a_supported_version() -> None:
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert "github/codeql-action/upload-sarif@v4" in action and "@v3" not in action
