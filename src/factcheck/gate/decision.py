"""The gate: which findings fail a run, and the exit status that follows. One decision.

A finding fails the gate when its verdict is one the policy fails on and no baseline entry
accepts it. `fails_gate()` is that rule; the JSON report records its answer per finding
(`"gate"`, `"baseline"`), and `exit_code()` reads either a run or such a report: 0 when
nothing fails the gate, 1 when something does (2, the tool could not run, is the CLI's).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Collection, Mapping

from factcheck.model import ClaimResult, Finding, RunResult, Verdict

DEFAULT_FAIL_ON: frozenset[Verdict] = frozenset(
    {Verdict.INVALID, Verdict.ERROR, Verdict.FAIL, Verdict.CONTRADICTED, Verdict.MISQUOTED}
)
STRICT_EXTRA: frozenset[Verdict] = frozenset({Verdict.UNCITED, Verdict.UNVERIFIABLE})

#: What a baseline entry names: (claim id, check, index in `checks`, or None for the others).
Key = tuple[str, str, "int | None"]


@dataclass(frozen=True)
class Policy:
    """What fails the gate.

    `fail_on` is the effective set: with `strict`, the strict extras are folded into it when
    the policy is made, so `Policy(strict=True).fail_on` already holds uncited and unverifiable.
    """

    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    strict: bool = False
    baseline: str | None = None  # path of the baseline file, as configured (None: not set)
    origin: str = "default"  # where the policy came from, for messages: a file name or "default"

    def __post_init__(self) -> None:
        verdicts = frozenset(Verdict(v) for v in self.fail_on)
        object.__setattr__(self, "fail_on", verdicts | STRICT_EXTRA if self.strict else verdicts)

    def fails(self, verdict: Verdict | str) -> bool:
        """Whether a finding with this verdict fails the gate (before any baseline)."""
        return Verdict(verdict) in self.fail_on

    def names(self) -> list[str]:
        """The gating verdicts worst first, as the JSON report lists them."""
        return [verdict.value for verdict in Verdict if verdict in self.fail_on]


def finding_key(claim: ClaimResult, finding: Finding) -> Key:
    return (claim.id, finding.check, finding.index)


def fails_gate(policy: Policy, claim: ClaimResult, finding: Finding, accepted: Collection[Key] = ()) -> bool:
    """The one decision: the verdict gates and no baseline entry accepts the finding."""
    return policy.fails(finding.verdict) and finding_key(claim, finding) not in accepted


def is_accepted(policy: Policy, claim: ClaimResult, finding: Finding, accepted: Collection[Key]) -> bool:
    """A finding that would fail the gate but that the baseline accepts."""
    return policy.fails(finding.verdict) and finding_key(claim, finding) in accepted


def gating_findings(
    result_or_report: RunResult | Mapping[str, Any], policy: Policy, accepted: Collection[Key] = ()
) -> list[tuple[str, str, str]]:
    """(claim id, check, verdict) of every finding that fails the gate.

    A JSON report already carries the acceptance per finding (`"baseline": true`, `"accepted"`).
    """
    if isinstance(result_or_report, RunResult):
        return [
            (claim.id, finding.check, finding.verdict.value)
            for claim in result_or_report.claims
            for finding in claim.findings
            if fails_gate(policy, claim, finding, accepted)
        ]
    return [
        (claim["id"], finding["check"], finding["verdict"])
        for claim in result_or_report.get("claims", [])
        for finding in claim.get("findings", [])
        if policy.fails(finding["verdict"]) and not finding.get("baseline", False) and not finding.get("accepted")
    ]


def exit_code(result_or_report: RunResult | Mapping[str, Any], policy: Policy, accepted: Collection[Key] = ()) -> int:
    """0 when no finding fails the gate, else 1."""
    return 1 if gating_findings(result_or_report, policy, accepted) else 0
