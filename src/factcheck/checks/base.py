"""The contract between the pipeline and the check kinds.

A check kind is a module with `ID`, a user-facing docstring, `parse()` and `evaluate()`
(the `CheckKind` Protocol). The pipeline parses every item of a claim's `checks` list when it
loads the claim, collects `spec.operands()` of every check of the run (claim ids and source
references), resolves them once, and then calls `evaluate()`, which is pure interval
arithmetic and never raises for a missing value: it returns an `unverifiable` finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Protocol

from factcheck.model import CheckSpec, Claim, Finding, Operand, Position, Resolved


@dataclass(frozen=True)
class ParseContext:
    """What a check's `parse()` needs to know about where it stands.

    `claim_id` is the id of the claim that holds the check (relative ids resolve against its
    folder); `locate(*path)` gives the position of a node inside this check item, e.g.
    `locate("sum", 2)` for the third operand of a `sum`, falling back to the item itself.
    `index` is the item's place in the `checks` list; `period` the claim's period text.
    """

    claim_id: str
    locate: Callable[..., Position]
    index: int = 0
    period: str | None = None  # the claim's period: the default of source-reference operands


class CheckKind(Protocol):
    ID: str

    def parse(self, raw: object, ctx: ParseContext) -> CheckSpec:
        """Validate one item's body (the value under the kind's key); raise ClaimError."""

    def evaluate(self, spec: Any, claim: Claim, values: Mapping[Operand, Resolved]) -> Finding:
        """Judge `claim` against the resolved operands; never raise for missing data."""
