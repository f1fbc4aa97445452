"""RunResult → the version-1 JSON report of docs/report.md: the one record every format renders.

Beyond the core keys each claim carries its text, value, unit, kind, period, subject and
citation, and each finding its column, arithmetic (`explanation`), `evidence`, whether it
fails the gate (`gate`), whether a baseline accepts it (`baseline`) and what accepted it
(`accepted`: null, `{"by": "baseline"}` or `{"by": "claim", "reason": ...}` for an `accept:`
entry of the claim file). Reports read these; none recomputes a verdict.
"""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, Collection, Iterator, Mapping, Sequence

from factcheck import __version__
from factcheck.gate.decision import Key, Policy, fails_gate, finding_key, is_accepted
from factcheck.interval import Interval, json_number
from factcheck.model import Claim, ClaimResult, Finding, Quantity, RunResult
from factcheck.report.safe import printable_tree


class ClaimRecords(Sequence):
    """The claims' records, each made when it is read and not kept: for a report written one
    claim at a time (`--format json`), 100,000 records are never in memory at once."""

    def __init__(self, run: RunResult, policy: Policy, accepted: Collection[Key], reasons: Mapping[Key, str]) -> None:
        self.results, self.policy, self.accepted, self.reasons = run.claims, policy, accepted, reasons

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._record(result) for result in self.results[index]]
        return self._record(self.results[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for result in self.results:
            yield self._record(result)

    def _record(self, result: ClaimResult) -> dict[str, Any]:
        return printable_tree(_claim_record(result, self.policy, self.accepted, self.reasons))  # as build_report's

    def unescaped(self) -> Iterator[dict[str, Any]]:
        """The records before `printable_tree`: for a writer that scans its own text instead
        (`--format json`), and passes a record that needs escapes through `printable_tree`."""
        for result in self.results:
            yield _claim_record(result, self.policy, self.accepted, self.reasons)


def build_report(
    run: RunResult,
    policy: Policy,
    accepted: Collection[Key] = frozenset(),
    reasons: Mapping[Key, str] | None = None,
    *,
    lazy: bool = False,
) -> dict[str, Any]:
    """The report of a run under a gate policy.

    `accepted` holds the keys the baseline and the claim files accept; `reasons` those of the
    claim files' `accept:` entries, with their reasons (see `gate.outcome.judge`). `lazy`:
    `claims` is a ClaimRecords, whose records are made as they are read.
    """
    reasons = reasons or {}
    claims: Sequence[dict[str, Any]]
    if lazy:
        claims = ClaimRecords(run, policy, accepted, reasons)
        gate_failed = any(
            fails_gate(policy, result, finding, accepted) for result in run.claims for finding in result.findings
        )
    else:
        claims = [_claim_record(result, policy, accepted, reasons) for result in run.claims]
        gate_failed = any(f["gate"] for claim in claims for f in claim["findings"])
    ordered_fail_on = policy.names()
    report: dict[str, Any] = {
        "version": 1,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": {
            "claims": len(claims),
            "by_verdict": run.by_verdict(),
            "gate": "fail" if gate_failed else "pass",
            "fail_on": ordered_fail_on,
        },
        "claims": claims,
    }
    if run.notes:
        report["notes"] = list(run.notes)
    return printable_tree(report)  # text from input never reaches a terminal as control codes


def _claim_record(
    result: ClaimResult, policy: Policy, accepted: Collection[Key], reasons: Mapping[Key, str]
) -> dict[str, Any]:
    record: dict[str, Any] = {"id": result.id, "file": result.file, "verdict": result.verdict.value}
    if result.claim is not None:
        record.update(_claim_fields(result.claim))
    record["findings"] = [_finding_record(result, finding, policy, accepted, reasons) for finding in result.findings]
    return record


def _claim_fields(claim: Claim) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "claim": claim.text,
        "value": claim.value_text,
        "unit": claim.unit_text,
        "per": claim.per,
        "qualifier": claim.qualifier,
        "kind": claim.kind.value,
        "period": claim.period.text if claim.period else None,
        "subject": claim.subject,
        "interval": claim.quantity.interval.to_json(),
        "citation": claim.citation.as_dict() if claim.citation else None,
    }
    return {key: value for key, value in fields.items() if value is not None}


def _finding_record(
    result: ClaimResult, finding: Finding, policy: Policy, accepted: Collection[Key], reasons: Mapping[Key, str]
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "check": finding.check,
        "verdict": finding.verdict.value,
        "line": finding.position.line,
        "column": finding.position.column,
        "message": finding.message,
    }
    # Always present, so consumers can index them: null when the finding compares nothing.
    record["expected"] = None if finding.expected is None else finding.expected.to_json()
    record["stated"] = None if finding.stated is None else finding.stated.to_json()
    if finding.explanation:
        record["explanation"] = list(finding.explanation)
    if finding.evidence:
        record["evidence"] = json_safe(finding.evidence)
    if finding.index is not None:
        record["index"] = finding.index
    key = finding_key(result, finding)
    record["gate"] = fails_gate(policy, result, finding, accepted)
    record["baseline"] = is_accepted(policy, result, finding, accepted) and key not in reasons
    if key in reasons:
        record["accepted"] = {"by": "claim", "reason": reasons[key]}
    else:
        record["accepted"] = {"by": "baseline"} if record["baseline"] else None
    return record


def json_safe(value: Any) -> Any:
    """Evidence as JSON: exact numbers as numbers, intervals as [lo, hi], the rest as text."""
    kind = type(value)
    if kind is str or kind is int or kind is list or kind is dict:  # the common cases, without ABC checks
        if kind is dict:
            return {str(key): json_safe(item) for key, item in value.items()}
        return [json_safe(item) for item in value] if kind is list else value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Fraction):
        return json_number(value)
    if isinstance(value, Interval):
        return value.to_json()
    if isinstance(value, Quantity):
        return {"interval": value.interval.to_json(), "unit": value.unit.label()}
    if isinstance(value, Mapping):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(item) for item in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return value.as_posix()
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return str(value)
