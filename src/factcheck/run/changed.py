"""`--changed-since REF`: check only the claims a change can affect.

The changed files are those of `git diff --name-only REF` (the working tree against REF:
committed, staged and unstaged edits) plus untracked files. From them:

- every changed claim file under the run's paths is checked;
- plus every claim related to a changed claim through the relation graph, both ways and
  transitively: the claims whose checks use it (their checks read its value) and the claims
  its checks use (so a reviewer sees the whole relation);
- a deleted claim file that other claims still refer to pulls those claims in, and their
  checks report the id as `invalid` ("no claim file for id …"); a note names it too;
- a change to `sources.yaml`, its pin file `sources.lock.json` or anything under `data/`
  pulls in every claim that refers to a source (in `compare` or in a check).

In CI, fetch the base first (`actions/checkout` with `fetch-depth: 0`), then
`factcheck run --changed-since origin/main`.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from factcheck.errors import UsageError
from factcheck.load.claims import claim_id_for, load_claims
from factcheck.model import Claim, RunResult
from factcheck.run.graph import build_graph, closure
from factcheck.run.pipeline import RunOptions


@dataclass(frozen=True)
class Changes:
    """Files git reports as changed since REF, as absolute paths."""

    changed: tuple[Path, ...]
    deleted: tuple[Path, ...]


@dataclass
class Selection:
    """The claim ids to check and why."""

    ids: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)  # claims whose own file changed
    deleted_referenced: dict[str, set[str]] = field(default_factory=dict)  # deleted id -> ids using it
    notes: list[str] = field(default_factory=list)


def parse_git_z(output: str, top: Path) -> list[Path]:
    """NUL-separated paths relative to the repository top (`git … -z`) → absolute paths."""
    return [Path(os.path.normpath(top / name)) for name in output.split("\0") if name]


def split_changes(paths: Iterable[Path]) -> Changes:
    """Sort git's list into files that still exist and files that are gone."""
    unique = sorted(set(paths))
    return Changes(tuple(p for p in unique if p.exists()), tuple(p for p in unique if not p.exists()))


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
        )
    except OSError as error:
        raise UsageError(f"--changed-since needs git: {error.strerror or error}") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"git {args[0]} failed"])[-1]
        raise UsageError(f"--changed-since: {reason}")
    return done.stdout


def git_changes(ref: str, cwd: Path) -> Changes:
    """Changed and deleted files since `ref` (working tree against ref, plus untracked)."""
    if ref.startswith("-"):
        raise UsageError(f"--changed-since: {ref!r} is not a git ref")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    diff = _git(["diff", "--name-only", "--no-renames", "-z", ref, "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    return split_changes(parse_git_z(diff, top) + parse_git_z(untracked, top))


def related(seeds: Iterable[str], edges: Iterable[tuple[str, str]]) -> set[str]:
    """`seeds` plus every id reachable along `edges` (source uses target) forwards or backwards.

    Each direction is followed on its own: the users of a changed claim and their users, and
    what the changed claim uses and what that uses; not the users of what it uses.
    """
    uses: dict[str, set[str]] = {}
    used_by: dict[str, set[str]] = {}
    for source, target in edges:
        uses.setdefault(source, set()).add(target)
        used_by.setdefault(target, set()).add(source)
    return closure(seeds, uses) | closure(seeds, used_by)


def select(
    changed_ids: Iterable[str], deleted_ids: Iterable[str], edges: Sequence[tuple[str, str]], existing: Iterable[str]
) -> Selection:
    """Pure: which existing claims to check, given changed and deleted ids and the graph's edges."""
    existing = set(existing)
    changed = set(changed_ids) & existing
    selection = Selection(changed=changed)
    for deleted in sorted(set(deleted_ids) - existing):
        users = {source for source, target in edges if target == deleted and source in existing}
        if users:
            selection.deleted_referenced[deleted] = users
            selection.notes.append(f"claim {deleted} was deleted but {', '.join(sorted(users))} still refer to it")
    seeds = changed | {user for users in selection.deleted_referenced.values() for user in users}
    selection.ids = related(seeds, edges) & existing
    return selection


def changed_selection(paths: Sequence[Path], ref: str, cwd: Path) -> tuple[Selection, Mapping[str, str]]:
    """Run git and the relation graph: the selection, and each selected id's claim file."""

    cwd = Path(os.path.abspath(cwd))
    loaded = load_claims(list(paths), cwd)
    everything = load_claims([loaded.base], cwd)  # the graph spans the whole claims folder
    files = {claim_id: claim.file for claim_id, claim in everything.claims.items()}
    files.update({result.id: result.file for result in everything.failed})
    graph = build_graph(everything.claims)
    edges = [(edge.source, edge.target) for edge in graph.edges]

    changes = git_changes(ref, cwd)
    in_run = set(loaded.claims) | {result.id for result in loaded.failed}
    base = Path(os.path.abspath(loaded.base))
    changed_ids = {claim_id_for(p, base) for p in changes.changed if _claim_file(p, base)} & in_run
    deleted_ids = {claim_id_for(p, base) for p in changes.deleted if _claim_file(p, base)}
    selection = select(changed_ids, deleted_ids, edges, files)
    if _sources_changed(changes, Path(os.path.abspath(loaded.root))):
        comparing = {claim_id for claim_id, claim in everything.claims.items() if _uses_sources(claim)}
        selection.ids |= comparing & in_run
        selection.notes.append("sources.yaml, its pin or data/ changed: every claim that uses a source is checked")
    return selection, files


def changed_paths(paths: Sequence[Path], ref: str, cwd: Path) -> list[Path]:
    """The claim files a `--changed-since REF` run checks, sorted.

    May be empty: do not pass an empty list on to load_claims (it would load everything);
    `run_changed` handles that case.
    """
    selection, files = changed_selection(paths, ref, cwd)
    return sorted(_absolute(files[claim_id], cwd) for claim_id in selection.ids)


def run_changed(options: RunOptions, ref: str, run: Callable[[RunOptions], RunResult]) -> RunResult:
    """Run `run(options)` over the claims changed since `ref` only; notes say what was chosen.

    With nothing to check the result is empty (the gate passes) rather than a run of everything.
    """

    selection, files = changed_selection(options.paths, ref, options.cwd)
    notes = [
        f"--changed-since {ref}: {len(selection.changed)} changed claims, "
        f"{len(selection.ids)} checked with their relations",
        *selection.notes,
    ]
    if not selection.ids:
        root = load_claims(list(options.paths), options.cwd).root
        return RunResult([], notes=[f"--changed-since {ref}: no claim changed", *selection.notes], root=root)
    chosen = [_absolute(files[claim_id], options.cwd) for claim_id in sorted(selection.ids)]
    result = run(dataclasses.replace(options, paths=chosen))
    result.notes[:0] = notes
    return result


def _absolute(file: str, cwd: Path) -> Path:
    return Path(file) if Path(file).is_absolute() else Path(cwd) / file


def _claim_file(path: Path, base: Path) -> bool:
    return path.suffix in (".yaml", ".yml") and base in path.parents


def _sources_changed(changes: Changes, root: Path) -> bool:
    touched = (*changes.changed, *changes.deleted)
    files = (root / "sources.yaml", root / "sources.lock.json")
    return any(p in files or (root / "data") in p.parents for p in touched)


def _uses_sources(claim: Claim) -> bool:
    return bool(claim.source_refs())
