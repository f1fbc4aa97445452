"""Shared by the relation tests: draft a text's relations, run its checks, and say what failed."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.extract.document import read_document
from factcheck.extract.infer.base import Context
from factcheck.extract.mentions import find_mentions
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


def context_of(text: str, tmp_path: Path) -> Context:
    """The relation patterns' view of `text`: its mentions named m0, m1, … (no drafts built)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    mentions = find_mentions(document, "auto", None)
    return Context(document, mentions, [f"m{i}" for i in range(len(mentions))])


def relations_of(module: object, ctx: Context) -> list[tuple[int, str, str]]:
    """What one pattern module infers: (claim index, check, rule) of each relation."""
    return [(r.claim, repr(r.check), r.rule) for r in module.infer(ctx)]  # type: ignore[attr-defined]
