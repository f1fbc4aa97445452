"""`factcheck show ID`: how the tool read one claim, for an author checking their file.

It shows the parsed value, its interval, the unit and its dimension, the period, the
citation and the checks, plus any problem `validate` finds with the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck.errors import UsageError


def describe_claim(claim_id: str, paths: list[Path], cwd: Path) -> dict[str, Any]:
    from factcheck.grammar.refs import resolve_id  # not at start-up: --help loads every command module
    from factcheck.run import pipeline  # not at start-up: --help loads every command module

    claim_id = resolve_id("", claim_id) if not claim_id.startswith(".") else claim_id
    result = pipeline.validate(pipeline.RunOptions(paths=paths, cwd=cwd))
    for claim_result in result.claims:
        if claim_result.id == claim_id:
            return _describe(claim_result)
    known = ", ".join(sorted(r.id for r in result.claims)[:5])
    raise UsageError(f"no claim {claim_id!r} under {', '.join(map(str, paths))} (some ids: {known})")


def _describe(result) -> dict[str, Any]:
    described: dict[str, Any] = {"id": result.id, "file": result.file, "verdict": result.verdict.value}
    claim = result.claim
    if claim is not None:
        quantity = claim.quantity
        described.update(
            {
                "claim": claim.text,
                "value": claim.value_text,
                "unit": claim.unit_text,
                "per": claim.per,
                "qualifier": claim.qualifier,
                "tolerance": claim.tolerance,
                "rounded": claim.rounded,
                "interval": quantity.interval.format(12),
                "interval_json": quantity.interval.to_json(),
                "canonical_unit": quantity.unit.symbol or "(none)",
                "dimension": quantity.unit.dimension or "pure number",
                "kind": claim.kind.value,
                "subject": claim.subject,
                "period": None
                if claim.period is None
                else {
                    "text": claim.period.text,
                    "start": claim.period.start.isoformat(),
                    "end": claim.period.end.isoformat(),
                },
                "citation": claim.citation.as_dict() if claim.citation else None,
                "checks": [_describe_check(spec) for spec in claim.checks],
                "compare": None if claim.compare is None else claim.compare.describe(),
            }
        )
    described["findings"] = [
        {"check": f.check, "verdict": f.verdict.value, "at": str(f.position), "message": f.message}
        for f in result.findings
    ]
    return {key: value for key, value in described.items() if value is not None}


def _describe_check(spec) -> dict[str, Any]:
    from factcheck.model import ClaimRef, Literal, SourceRef  # not at start-up: --help loads every command module

    operands = []
    for operand in spec.operands():
        if isinstance(operand, ClaimRef):
            operands.append(f"claim {operand.id}")
        elif isinstance(operand, Literal):
            operands.append(f"number {operand.written} = {operand.quantity.interval.format(12)}")
        elif isinstance(operand, SourceRef):
            operands.append(f"source {operand.describe()}")
    return {"check": spec.kind, "at": str(spec.position), "operands": operands}


def render_claim(described: dict[str, Any], console) -> None:
    from rich.table import Table  # not at start-up: --help loads every command module

    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, value in described.items():
        if key in ("interval_json", "checks", "findings", "citation", "period"):
            continue
        table.add_row(key, str(value))
    if "period" in described:
        period = described["period"]
        table.add_row("period", f"{period['text']} ({period['start']} to {period['end']})")
    for key, value in (described.get("citation") or {}).items():
        table.add_row(f"citation.{key}", value)
    for i, check in enumerate(described.get("checks", [])):
        table.add_row(f"checks[{i}]", f"{check['check']} at {check['at']}: " + "; ".join(check["operands"]))
    for finding in described.get("findings", []):
        table.add_row(finding["verdict"], f"{finding['at']} {finding['check']}: {finding['message']}")
    console.print(table)
