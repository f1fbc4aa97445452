"""Baseline: accept today's known failures so that only new ones fail the gate.

`factcheck baseline` writes every finding that fails the gate today to a committed file
(default `factcheck-baseline.json`), one entry per finding:

    {"id": "weifang-2022/tech-platforms-total", "check": "sum", "index": 0,
     "hash": "<Claim.content_hash>", "verdict": "fail", "message": "38 + 320 + 1435 = 1793, stated 1794"}

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
from typing import Any, Iterable

from factcheck.errors import ConfigError
from factcheck.model import ClaimResult, Finding, RunResult

BASELINE_VERSION = 1

#: (claim id, check, index of the item in `checks`, or None for schema/value/citation/compare)
Key = tuple[str, str, int | None]


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
        return {"id": self.id, "check": self.check, "index": self.index, "hash": self.hash,
                "verdict": self.verdict, "message": self.message}


@dataclass(frozen=True)
class BaselineOutcome:
    """What a baseline did to a run: keys it accepted, entries to remove from the file."""

    accepted: frozenset[Key]
    fixed: tuple[BaselineEntry, ...]  # the finding no longer fails
    stale: tuple[BaselineEntry, ...]  # the claim changed since the entry was written

    def notes(self, path: str = "factcheck-baseline.json") -> list[str]:
        """One line per entry to drop, for the run's notes."""
        lines = [f"baseline: {e.id} {e.check}{_index(e)} is fixed; run `factcheck baseline` to drop it from {path}"
                 for e in self.fixed]
        lines += [f"baseline: {e.id} {e.check}{_index(e)} is stale (the claim changed); it no longer "
                  f"accepts the finding; run `factcheck baseline` to refresh {path}" for e in self.stale]
        return lines


def _index(entry: BaselineEntry) -> str:
    return "" if entry.index is None else f"[{entry.index}]"


def finding_key(claim: ClaimResult, finding: Finding) -> Key:
    return (claim.id, finding.check, finding.index)


def claim_hash(claim: ClaimResult) -> str:
    """The claim's content hash; for a file that did not load, a hash of its bytes."""
    if claim.claim is not None and claim.claim.content_hash:
        return claim.claim.content_hash
    try:
        data = Path(claim.file).read_bytes()
    except OSError:
        return ""
    return "file:" + hashlib.sha256(data).hexdigest()[:16]


def failing_entries(result: RunResult, policy: Any = None) -> list[BaselineEntry]:
    """Every finding that fails the gate under `policy` (default policy when None), sorted."""
    from factcheck.policy import Policy

    policy = policy or Policy()
    entries = {
        BaselineEntry(claim.id, finding.check, finding.index, claim_hash(claim),
                      finding.verdict.value, finding.message)
        for claim in result.claims for finding in claim.findings if policy.fails(finding.verdict)
    }
    return sorted(entries, key=_sort_key)


def _sort_key(entry: BaselineEntry) -> tuple[str, str, int, str]:
    return (entry.id, entry.check, -1 if entry.index is None else entry.index, entry.message)


def write_baseline(result: RunResult, path: Path, policy: Any = None) -> list[BaselineEntry]:
    """Write today's failing findings to `path` (sorted, readable JSON); return them."""
    entries = failing_entries(result, policy)
    document = {"version": BASELINE_VERSION, "tool": "factcheck",
                "findings": [entry.as_dict() for entry in entries]}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)  # atomic: a half-written baseline would accept nothing
    return entries


def read_baseline(path: Path) -> list[BaselineEntry]:
    """The entries of a baseline file; a missing file is an empty baseline."""
    if not path.exists():
        return []
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the baseline: {error}") from None
    except json.JSONDecodeError as error:
        raise ConfigError(f"{path}:{error.lineno}:{error.colno}: invalid JSON: {error.msg}") from None
    if not isinstance(document, dict) or document.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: not a factcheck baseline (expected {{\"version\": 1, \"findings\": [...]}})")
    return [_entry(raw, path, number) for number, raw in enumerate(document.get("findings", []))]


def _entry(raw: object, path: Path, number: int) -> BaselineEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("check"), str):
        raise ConfigError(f"{path}: findings[{number}] needs string `id` and `check`")
    index = raw.get("index")
    if index is not None and not isinstance(index, int):
        raise ConfigError(f"{path}: findings[{number}].index must be an integer or null")
    return BaselineEntry(raw["id"], raw["check"], index, str(raw.get("hash", "")),
                         str(raw.get("verdict", "")), str(raw.get("message", "")))


def apply_baseline(result: RunResult, entries: Iterable[BaselineEntry], policy: Any = None,
                   *, complete: bool = False) -> BaselineOutcome:
    """Which failing findings the baseline accepts, and which of its entries are fixed or stale.

    Pure: the caller marks accepted findings (`"baseline": true`) and passes `accepted` to
    policy.exit_code. Only claims present in `result` are judged, so a run over part of
    the repository (a path, --changed-since) does not call the rest of the baseline fixed;
    with `complete=True` (a run over every claim) entries of claims that no longer exist are fixed.
    """
    from factcheck.policy import Policy

    policy = policy or Policy()
    hashes = {claim.id: claim_hash(claim) for claim in result.claims}
    failing = {finding_key(claim, finding) for claim in result.claims
               for finding in claim.findings if policy.fails(finding.verdict)}
    accepted: set[Key] = set()
    fixed: list[BaselineEntry] = []
    stale: list[BaselineEntry] = []
    for entry in sorted(set(entries), key=_sort_key):
        if entry.id not in hashes and not complete:
            continue
        if entry.key not in failing:
            fixed.append(entry)
        elif entry.hash != hashes[entry.id]:
            stale.append(entry)
        else:
            accepted.add(entry.key)
    return BaselineOutcome(frozenset(accepted), tuple(fixed), tuple(stale))
