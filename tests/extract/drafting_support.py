"""Shared by the extraction tests: draft a text as `extract` does, and list what its own run
does not verify."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def drafts_of(tmp_path: Path, text: str) -> list:
    """The drafts `check` makes of `text`, written to tmp_path/release.txt."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = checkdoc.prepare([str(source)])
    return checked.drafts


def drafted_units(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """(value, unit) of every draft of `text`, written to tmp_path/release.txt."""
    return [(value, unit) for value, unit, _ in drafted_units_periods(tmp_path, text)]


def drafted_units_periods(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    """(value, unit, period) of every draft of `text`, written to tmp_path/release.txt."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = checkdoc.prepare([str(source)])
    return [(d.data["value"], d.data.get("unit"), d.data.get("period")) for d in checked.drafts]


def not_verified(tmp_path: Path) -> list[object]:
    """The findings of checking tmp_path/release.txt's drafts that are not a pass or a skip."""
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    return [
        f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid", "error", "fail")
    ]
