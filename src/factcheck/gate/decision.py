"""Which findings fail the gate, and the exit status that follows (spec §9).

One pure decision: a finding fails the gate when its verdict is in the policy's `fail_on`
set (see policy.py for where that set comes from) and no baseline entry accepts it. The
report records that per finding; `policy.exit_code()` turns the report into the exit status.
"""

from __future__ import annotations

from typing import Callable, Collection

from factcheck.model import ClaimResult, Finding, Verdict

Accepted = Callable[[ClaimResult, Finding], bool]


def _never(result: ClaimResult, finding: Finding) -> bool:
    return False


def fails_gate(result: ClaimResult, finding: Finding, fail_on: Collection[Verdict],
               accepted: Accepted = _never) -> bool:
    return finding.verdict in fail_on and not accepted(result, finding)
