"""Shared test helpers: claim repositories in a temporary folder, and the CLI as a function."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def claims_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write {relative path: YAML text} under tmp_path and make it the working directory."""

    def write(files: dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return tmp_path

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    return write
