"""Shared by the relation tests: draft a text's relations, run its checks, and say what failed."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def run_text(tmp_path: Path, text: str) -> tuple[dict[str, list[dict]], list[str], dict[str, list[dict]]]:
    """The checks drafted and the x-todo items (by the figure's value), and the kinds that fail."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafted: dict[str, list[dict]] = {}
    todos: dict[str, list[dict]] = {}
    for draft in prepared[0].drafts:  # a figure stated twice: the checks of both statements
        drafted.setdefault(draft.mention.value, []).extend(draft.data.get("checks", []))
        todos.setdefault(draft.mention.value, []).extend(draft.data.get("x-todo", []))
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failing = [f.check for r in result.claims for f in r.findings if f.index is not None and f.verdict.value == "fail"]
    return drafted, failing, todos


def kinds(checks: list[dict]) -> list[str]:
    return [next(iter(c)) for c in checks]
