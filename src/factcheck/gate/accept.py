"""Findings accepted in the claim file itself: `accept:` entries, each with its reason.

    accept:
      - check: difference
        reason: "uses the 2021 national rate, the latest published when the article was written"

An entry accepts every problem finding of that check on its claim (a failure, a contradiction,
an unverifiable source, ...): the finding is still reported, marked accepted with the reason,
and does not fail the gate. Unlike a baseline entry it lives beside the claim, so editing the
claim's other fields keeps it. An entry that accepts nothing any more (the finding is gone or
passes) is stale, and the run says so with the entry's `file:line:col` so that it can be removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.gate.decision import Key, finding_key
from factcheck.model import RunResult, Verdict

#: Verdicts an `accept:` entry can accept: problems, not passes, pending targets or skipped labels.
ACCEPTABLE_VERDICTS = frozenset(Verdict) - {Verdict.PASS, Verdict.CONFIRMED, Verdict.PENDING, Verdict.SKIPPED}


@dataclass(frozen=True)
class ClaimAcceptance:
    """What the claims' own `accept:` entries did to a run."""

    reasons: dict[Key, str]  # finding key → the reason written in the claim file
    stale: tuple[str, ...]  # one note per entry that accepts nothing

    @property
    def keys(self) -> frozenset[Key]:
        return frozenset(self.reasons)


def claim_acceptance(result: RunResult) -> ClaimAcceptance:
    """The findings each claim accepts in its own file, and the entries that accept nothing."""
    reasons: dict[Key, str] = {}
    stale: list[str] = []
    for claim in result.claims:
        if claim.claim is None:
            continue
        for entry in claim.claim.accepts:
            matched = [
                finding
                for finding in claim.findings
                if finding.check == entry.check and finding.verdict in ACCEPTABLE_VERDICTS
            ]
            for finding in matched:
                reasons.setdefault(finding_key(claim, finding), entry.reason)
            if not matched:
                stale.append(
                    f"{entry.position}: `accept: {entry.check}` is stale: no {entry.check} finding of "
                    f"{claim.id} is a problem any more; remove the entry"
                )
    return ClaimAcceptance(reasons, tuple(stale))
