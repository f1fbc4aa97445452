"""Baseline: accept today's known failures so that only new ones fail the gate.

`factcheck baseline` writes every finding that fails the gate today to a committed file
(default `factcheck-baseline.json`), one entry per finding:

    {"id": "weifang-2022/tech-platforms-total", "check": "sum", "index": 0,
     "hash": "<Claim.content_hash_text()>", "verdict": "fail", "message": "38 + 320 + 1435 = 1793, stated 1794"}

`factcheck run` then accepts a failing finding whose (id, check, index) is in the baseline
*and* whose claim still has the recorded content hash. Editing a claim makes its entries
`stale`: they no longer accept anything, so a changed claim is judged afresh. Entries whose
finding no longer fails are `fixed`. Both are reported so that the file can shrink; run
`factcheck baseline` again to rewrite it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Collection, Iterable

from factcheck.errors import ConfigError
from factcheck.files import atomic_write, inside, read_json_config
from factcheck.gate.decision import Key, Policy, finding_key
from factcheck.model import ClaimResult, RunResult

BASELINE_VERSION = 1
DEFAULT_BASELINE = "factcheck-baseline.json"


@dataclass(frozen=True, order=True)
class BaselineEntry:
    id: str
    check: str
    index: int | None
    hash: str
    verdict: str = ""
    message: str = ""

    @property
    def key(self) -> Key:
        return (self.id, self.check, self.index)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "check": self.check,
            "index": self.index,
            "hash": self.hash,
            "verdict": self.verdict,
            "message": self.message,
        }


@dataclass(frozen=True)
class BaselineOutcome:
    """What a baseline did to a run: keys it accepted, entries to remove from the file."""

    accepted: frozenset[Key]
    fixed: tuple[BaselineEntry, ...]  # the finding no longer fails
    stale: tuple[BaselineEntry, ...]  # the claim changed since the entry was written

    def notes(self, path: str = "factcheck-baseline.json") -> list[str]:
        """One line per entry to drop, for the run's notes."""
        lines = [
            f"baseline: {e.id} {e.check}{_index(e)} is fixed; run `factcheck baseline` to drop it from {path}"
            for e in self.fixed
        ]
        lines += [
            f"baseline: {e.id} {e.check}{_index(e)} is stale (the claim changed); it no longer "
            f"accepts the finding; run `factcheck baseline` to refresh {path}"
            for e in self.stale
        ]
        return lines


def _index(entry: BaselineEntry) -> str:
    return "" if entry.index is None else f"[{entry.index}]"


def claim_hash(claim: ClaimResult) -> str:
    """The claim's content hash; for a file that did not load, a hash of its bytes."""
    if claim.claim is not None and claim.claim.content_hash:
        return claim.claim.content_hash_text()
    try:
        data = Path(claim.file).read_bytes()
    except OSError:
        return ""
    return "file:" + hashlib.sha256(data).hexdigest()[:16]


def failing_entries(result: RunResult, policy: Policy | None = None, skip: Collection[Key] = ()) -> list[BaselineEntry]:
    """Every finding that fails the gate under `policy` (default policy when None), sorted;
    `skip`: keys accepted elsewhere (an `accept:` entry of the claim file) are left out."""
    fails = (policy or Policy()).fails
    entries = {
        BaselineEntry(claim.id, finding.check, finding.index, claim_hash(claim), finding.verdict.value, finding.message)
        for claim in result.claims
        for finding in claim.findings
        if fails(finding.verdict) and finding_key(claim, finding) not in skip
    }
    return sorted(entries, key=_sort_key)


def _sort_key(entry: BaselineEntry) -> tuple[str, str, int, str]:
    return (entry.id, entry.check, -1 if entry.index is None else entry.index, entry.message)


def write_baseline(
    result: RunResult,
    path: Path,
    policy: Policy | None = None,
    keep: Iterable[BaselineEntry] = (),
    skip: Collection[Key] = (),
) -> list[BaselineEntry]:
    """Write today's failing findings to `path` (sorted, readable JSON); return them.

    `policy` None is the default gate.
    `keep`: entries of an existing baseline to carry over for claims this run did not look at
    (a run over part of the repository must not forget the rest).
    """
    judged = {claim.id for claim in result.claims}
    carried = {entry for entry in keep if entry.id not in judged}
    return _write(sorted(carried | set(failing_entries(result, policy, skip)), key=_sort_key), path)


def _write(entries: list[BaselineEntry], path: Path) -> list[BaselineEntry]:
    document = {"version": BASELINE_VERSION, "tool": "factcheck", "findings": [entry.as_dict() for entry in entries]}
    try:
        atomic_write(
            path, json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        )  # a half-written one accepts nothing
    except OSError as error:
        raise ConfigError(f"cannot write the baseline {path}: {error.strerror or error}") from None
    return entries


def configured_baseline(root: Path, configured: str | None) -> Path:
    """The baseline file the repository's configuration names (default factcheck-baseline.json).

    It must stay inside the repository, links followed: a cloned repository must not make
    `factcheck run` read, or `factcheck baseline` overwrite, a file elsewhere. (A path the
    user gives with --baseline or --output is the user's choice.)
    """
    path = root / (configured or DEFAULT_BASELINE)
    if not inside(path, root):
        raise ConfigError(
            f"the baseline {path} is outside the repository {root} (a path or a link out of it): "
            "not read or written; name it with --baseline / --output to use it anyway"
        )
    return path


def read_baseline(path: Path) -> list[BaselineEntry]:
    """The entries of a baseline file; a missing file is an empty baseline."""
    if not path.exists():
        return []
    document = read_json_config(path, "baseline")
    if (
        not isinstance(document, dict)
        or document.get("version") != BASELINE_VERSION
        or not isinstance(document.get("findings", []), list)
    ):
        raise ConfigError(f'{path}: not a factcheck baseline (expected {{"version": 1, "findings": [...]}})')
    return [_entry(raw, path, number) for number, raw in enumerate(document.get("findings", []))]


def _entry(raw: object, path: Path, number: int) -> BaselineEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("check"), str):
        raise ConfigError(f"{path}: findings[{number}] needs string `id` and `check`")
    index = raw.get("index")
    if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
        raise ConfigError(f"{path}: findings[{number}].index must be an integer or null")
    return BaselineEntry(
        raw["id"],
        raw["check"],
        index,
        str(raw.get("hash", "")),
        str(raw.get("verdict", "")),
        str(raw.get("message", "")),
    )


def apply_baseline(
    result: RunResult, entries: Iterable[BaselineEntry], policy: Policy | None = None, *, complete: bool = False
) -> BaselineOutcome:
    """Which failing findings the baseline accepts, and which of its entries are fixed or stale.

    Pure: the caller passes `accepted` to the report and to `decision.exit_code`. Only claims
    present in `result` are judged, so a run over part of
    the repository (a path, --changed-since) does not call the rest of the baseline fixed;
    an entry whose claim file is gone from `<root>/claims` is fixed, and with `complete=True`
    (a run over every claim) so is every entry of a claim the run did not see.
    """
    fails = (policy or Policy()).fails
    hashes = {claim.id: claim_hash(claim) for claim in result.claims}
    failing = {
        finding_key(claim, finding) for claim in result.claims for finding in claim.findings if fails(finding.verdict)
    }
    accepted: set[Key] = set()
    fixed: list[BaselineEntry] = []
    stale: list[BaselineEntry] = []
    for entry in sorted(set(entries), key=_sort_key):
        if entry.id not in hashes:
            if complete or _removed(result.root, entry.id):
                fixed.append(entry)
            continue
        if entry.key not in failing:
            fixed.append(entry)
        elif entry.hash != hashes[entry.id]:
            stale.append(entry)
        else:
            accepted.add(entry.key)
    return BaselineOutcome(frozenset(accepted), tuple(fixed), tuple(stale))


def _removed(root: Any, claim_id: str) -> bool:
    """True when the claims folder at `root` has no file for `claim_id` any more."""
    if root is None or not (Path(root) / "claims").is_dir():
        return False
    return not any((Path(root) / "claims" / f"{claim_id}{suffix}").exists() for suffix in (".yaml", ".yml"))


def acceptance(
    result: RunResult,
    entries: Iterable[BaselineEntry],
    policy: Policy | None = None,
    *,
    path: str = DEFAULT_BASELINE,
    complete: bool = False,
) -> tuple[frozenset[Key], list[str]]:
    """For a run: the keys the baseline accepts, and notes on entries to drop."""
    outcome = apply_baseline(result, entries, policy, complete=complete)
    return outcome.accepted, outcome.notes(path)
