"""The gate applied to a run, the same way for the command line and the Python API.

`judge()` reads the policy of the claims repository (command-line values win), the baseline
file when one applies, and the claims' own `accept:` entries, and returns what the reports
and `decision.exit_code` need: the policy, the accepted finding keys and the reasons written
in claim files. Notes on stale or fixed entries are added to the run's notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.gate.accept import claim_acceptance
from factcheck.gate.baseline import DEFAULT_BASELINE, acceptance, configured_baseline, read_baseline
from factcheck.gate.decision import Key, Policy
from factcheck.gate.policy import load_policy
from factcheck.model import RunResult


@dataclass(frozen=True)
class Judgement:
    policy: Policy
    accepted: frozenset[Key] = frozenset()  # by the baseline or by the claim files
    reasons: dict[Key, str] = field(default_factory=dict)  # accepted in the claim file, with its reason


def judge(
    result: RunResult,
    *,
    fail_on: str | None = None,
    strict: bool | None = None,
    baseline: Path | None = None,
    use_baseline: bool = True,
) -> Judgement:
    """The gate for `result`: policy, baseline (unless `use_baseline` is False) and `accept:` entries.

    `baseline` None is the configured or default baseline file at the repository root, used
    when it exists; a named file that does not exist is a UsageError.
    """
    root = result.root or Path.cwd()
    policy = load_policy(root, fail_on, strict)
    by_baseline = _baseline(result, root, baseline, policy) if use_baseline else frozenset()
    by_claims = claim_acceptance(result)
    result.notes.extend(by_claims.stale)
    return Judgement(policy, by_baseline | by_claims.keys, by_claims.reasons)


def _baseline(result: RunResult, root: Path, path: Path | None, policy: Policy) -> frozenset[Key]:
    """The keys the baseline accepts (none when no baseline file applies); its notes join the run's."""
    default = root / (policy.baseline or DEFAULT_BASELINE)  # [tool.factcheck] baseline = "..."
    if path is None and (default.exists() or default.is_symlink()):
        default = configured_baseline(root, policy.baseline)  # refuses one outside the repository
    path = path or default
    if not path.exists():
        if path != default:
            raise UsageError(f"baseline file {path} does not exist")
        return frozenset()
    accepted, notes = acceptance(result, read_baseline(path), policy, path=str(path))
    result.notes.extend(notes)
    return accepted
