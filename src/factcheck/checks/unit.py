"""unit: a claim's unit that factcheck does not know gets a finding (never silently its own unit).

A unit not in the table (`factcheck units` lists it) is kept as written and combines only with
the same word, so a misspelt unit would quietly stop every check that uses it. Such a claim
gets an `unverifiable` finding, which does not fail the gate unless `--strict` or `--fail-on`
asks for it, naming the nearest known unit when one is close:

    unknown unit 'persosn' — did you mean 'persons'?
    unknown unit '车公里': only values in the same unit combine with it

Measure words that are units of their own (年, 个月, 类, 种 …) are known and get no finding.
Only the claim's own unit is looked at; a number written inside a check (`"3 widgets"`) is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from factcheck.grammar.units import nearest_unit, unknown_part
from factcheck.model import Claim, Finding, Position, Verdict

ID = "unit"
SUMMARY = "The claim's unit is one factcheck knows (or the nearest known unit is named)."


@dataclass(frozen=True)
class UnitSpec:
    """The claim's unit as a spec, judged offline through the checks' door."""

    position: Position
    kind: str = ID
    index: int | None = None

    def operands(self) -> tuple[()]:
        return ()


def spec_for(claim: Claim) -> UnitSpec:
    return UnitSpec(claim.where("unit") if claim.unit_text else claim.where("value"))


def evaluate(spec: UnitSpec, claim: Claim, values: Mapping[Any, Any]) -> list[Finding]:
    word = unknown_part(claim.quantity.unit)
    if word is None:
        return []
    near = nearest_unit(word)
    if near is not None:
        message = f"unknown unit '{word}' — did you mean '{near}'?"
    else:
        message = f"unknown unit '{word}': only values in the same unit combine with it"
    explanation = (
        f"unit: {claim.quantity.unit.label()} (not in the unit table: `factcheck units` lists it)",
        f"dimension: {claim.quantity.unit.dimension}",
    )
    return [Finding(ID, Verdict.UNVERIFIABLE, message, spec.position, explanation=explanation)]
