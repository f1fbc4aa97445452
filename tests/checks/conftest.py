"""Helpers for check tests: claims built in memory, operands resolved as the pipeline does.

`Locator` stands in for the loader's positions: every path inside a claim file gets its own
line, so a test can say where a finding must point (`locator.locate("checks", 0, "sum", 2)`).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any, Mapping

from factcheck.checks.base import ParseContext
from factcheck.checks.registry import evaluate_check, parse_check
from factcheck.model import Claim, ClaimRef, Finding, Kind, Literal, Position, Quantity, Resolved, SourceRef, Verdict
from factcheck.run.graph import build_graph


@dataclass(frozen=True)
class Locator:
    """Distinct, stable positions for the paths of one claim file (a line per path)."""

    file: str

    def locate(self, *path: Any) -> Position:
        return Position(self.file, zlib.crc32(repr(path).encode()) % 100_000 + 1, 3)

    def item(self, index: int):
        return lambda *path: self.locate("checks", index, *path)


def quantity(value: str, unit: str | None = None, **options: Any) -> Quantity:
    from factcheck.grammar.values import parse_quantity

    return parse_quantity(value, unit, **options)


def make_claim(
    claim_id: str,
    value: str,
    unit: str | None = None,
    *,
    checks: list[Any] = (),
    period: str | None = None,
    text: str | None = None,
    subject: str | None = None,
    per: str | None = None,
    **options: Any,
) -> tuple[Claim, Locator]:
    """A loaded claim with its `checks` parsed the way the loader parses them; `text`,
    `subject` and `per` make it per unit as the loader does (人均…元 is 元/人)."""
    from factcheck.grammar.per import read_per

    text = f"{claim_id} {value}" if text is None else text
    read, per_word = read_per(quantity(value, unit, **options), per, (subject, text), value)
    file = f"claims/{claim_id}.yaml"
    locator = Locator(file)
    specs = [
        parse_check(item, ParseContext(claim_id, locator.item(index), index, period))
        for index, item in enumerate(checks)
    ]
    claim = Claim(
        id=claim_id,
        file=file,
        text=text,
        value_text=value,
        quantity=read,
        kind=Kind.FACT,
        position=Position(file),
        positions={},
        checks=specs,
        unit_text=unit,
        subject=subject,
        per=per_word,
        qualifier=options.get("qualifier"),
    )
    return claim, locator


def resolve(operand: Any, claims: Mapping[str, Claim], sources: Mapping[str, Resolved]) -> Resolved:
    """What the pipeline hands a check for one operand."""
    if isinstance(operand, Literal):
        return Resolved(operand.written, quantity=operand.quantity)
    if isinstance(operand, SourceRef):
        return sources.get(
            operand.describe(),
            Resolved(operand.describe(), problem="sources not configured", verdict=Verdict.UNVERIFIABLE),
        )
    assert isinstance(operand, ClaimRef)
    claim = claims[operand.id]
    return Resolved(claim.stated_text(), quantity=claim.quantity, evidence={"id": claim.id})


def run_check(
    claim: Claim, claims: Mapping[str, Claim], sources: Mapping[str, Resolved] | None = None, index: int = 0
) -> Finding:
    """The finding for the claim's check `index`: the graph's verdict first, as in a run."""
    everything = {**claims, claim.id: claim}
    graph = build_graph(everything)
    spec = claim.checks[index]
    for finding in graph.missing.get(claim.id, []) + graph.cycles.get(claim.id, []):
        if finding.index == index:
            return finding
    values = {operand: resolve(operand, everything, sources or {}) for operand in spec.operands()}
    return evaluate_check(spec, claim, values)
