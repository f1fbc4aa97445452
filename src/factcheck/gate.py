"""Which findings fail the gate, and the exit status that follows (spec §9).

One pure decision: a finding fails the gate when its verdict is in the policy's `fail_on`
set (see policy.py for where that set comes from) and no baseline entry accepts it. Exit 0 when nothing fails, 1 otherwise; 2 (the tool
could not run) is decided by the CLI before any finding exists.
"""

from __future__ import annotations

from typing import Callable, Collection

from factcheck.model import ClaimResult, Finding, RunResult, Verdict

Accepted = Callable[[ClaimResult, Finding], bool]


def _never(result: ClaimResult, finding: Finding) -> bool:
    return False


def fails_gate(result: ClaimResult, finding: Finding, fail_on: Collection[Verdict],
               accepted: Accepted = _never) -> bool:
    return finding.verdict in fail_on and not accepted(result, finding)


def gate_failed(run: RunResult, fail_on: Collection[Verdict], accepted: Accepted = _never) -> bool:
    return any(
        fails_gate(result, finding, fail_on, accepted) for result in run.claims for finding in result.findings
    )


def exit_code(run: RunResult, fail_on: Collection[Verdict], accepted: Accepted = _never) -> int:
    return 1 if gate_failed(run, fail_on, accepted) else 0
