"""Read-only helpers shared by the report formats: walking the v1 JSON report, never judging.

Every format renders from the dict of docs/report.md. What a finding *means* for the run is already
in it: `verdict`, `gate` (it fails the gate) and `baseline` (a known failure the baseline
accepts). These helpers only name and arrange those decisions.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from factcheck.checks.registry import JUDGES

#: Verdicts that say something is wrong or unknown (as opposed to pass, confirmed, pending, skipped).
PROBLEMS = ("invalid", "error", "fail", "contradicted", "misquoted", "uncited", "revised", "unverifiable")

#: Every check a finding can name, with the one-line description reports show for it.
CHECKS: dict[str, str] = {
    "schema": "The claim file is valid YAML of the claim format (keys, types, no anchors or tags).",
    "value": "The value, unit, qualifier, tolerance and period parse.",
    **{kind: module.SUMMARY for kind, module in JUDGES.items()},
}

#: Short human names for verdicts, for titles and ratings.
VERDICT_TITLES: dict[str, str] = {
    "invalid": "Invalid claim file",
    "error": "Error",
    "fail": "Check failed",
    "contradicted": "Contradicted by source",
    "misquoted": "Misquoted",
    "uncited": "Uncited",
    "revised": "Revised by source",
    "unverifiable": "Unverifiable",
    "pending": "Pending",
    "skipped": "Skipped",
    "confirmed": "Confirmed by source",
    "pass": "Passed",
}

ClaimDoc = Mapping[str, Any]
FindingDoc = Mapping[str, Any]


def findings(doc: Mapping[str, Any]) -> Iterator[tuple[ClaimDoc, FindingDoc]]:
    """Every (claim, finding) pair in report order."""
    for claim in doc.get("claims", []):
        for finding in claim.get("findings", []):
            yield claim, finding


def severity(finding: FindingDoc) -> str | None:
    """`error` (fails the gate), `warning` (a problem that does not), `note` (accepted by the
    baseline), or None (nothing to report: pass, confirmed, pending, skipped)."""
    if finding.get("baseline"):
        return "note"
    if finding.get("gate"):
        return "error"
    if finding.get("verdict") in PROBLEMS:
        return "warning"
    return None


def location(claim: ClaimDoc, finding: FindingDoc) -> tuple[str, int, int]:
    """(file, line, column), 1-based; the top of the file when the finding has no place."""
    line = finding.get("line") or 1
    column = finding.get("column") or 1
    return str(claim.get("file") or claim.get("id", "")), int(line), int(column)


def number(value: Any) -> str:
    """A JSON number as a report shows it: whole floats without `.0`, None as ∞."""
    if value is None:
        return "∞"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def interval(pair: Any) -> str:
    """`[low, high]` of the JSON report as text; a point prints as one number."""
    if not pair:
        return ""
    low, high = pair
    if low is not None and low == high:
        return number(low)
    return f"[{'−∞' if low is None else number(low)}, {'+∞' if high is None else number(high)}]"


def evidence_line(finding: FindingDoc) -> str:
    """One line naming the source observation behind a comparison, or ""."""
    evidence = finding.get("evidence") or {}
    if not evidence.get("source"):
        return ""
    parts = [f"source {evidence['source']}"]
    if evidence.get("series"):
        parts.append(f"series {evidence['series']}")
    if evidence.get("period"):
        parts.append(f"period {evidence['period']}")
    if evidence.get("value") is not None:
        scale = f" × {evidence['scale']} " if evidence.get("scale") else ""  # 2431022.72 × 100000000 元 (亿元)
        parts.append(f"value {evidence['value']}{scale}{evidence.get('unit') or ''}".rstrip())
    if evidence.get("note"):  # where the value stands: a CSV line, an NBS indicator's name, a Data Commons facet
        parts[-1] += f" ({evidence['note']})"
    url = evidence.get("url") or (evidence.get("citation") or {}).get("url")
    if url:
        parts.append(str(url))
    return ", ".join(parts)


def details(finding: FindingDoc) -> list[str]:
    """The arithmetic behind a finding: its explanation, intervals and evidence, one per line."""
    lines = [str(line) for line in finding.get("explanation") or []]
    if not lines and (finding.get("expected") or finding.get("stated")):
        if finding.get("expected"):
            lines.append(f"expected {interval(finding['expected'])}")
        if finding.get("stated"):
            lines.append(f"stated {interval(finding['stated'])}")
    source = evidence_line(finding)
    if source:
        lines.append(source)
    return lines


def counts(doc: Mapping[str, Any]) -> dict[str, int]:
    """Claims per verdict, in the report's order (worst first)."""
    return dict((doc.get("summary") or {}).get("by_verdict") or {})


def gate_passed(doc: Mapping[str, Any]) -> bool:
    return (doc.get("summary") or {}).get("gate") != "fail"


def tool_version(doc: Mapping[str, Any]) -> str:
    return str((doc.get("tool") or {}).get("version") or "")
