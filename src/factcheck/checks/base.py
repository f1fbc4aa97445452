"""The contract between the pipeline and the check kinds.

A check kind is a module with `ID`, a user-facing docstring, `parse()` and `evaluate()`
(the `CheckKind` Protocol). The pipeline parses every item of a claim's `checks` list when it
loads the claim, collects `spec.operands()` of every check of the run (claim ids and source
references), resolves them once, and then calls `evaluate()`, which is pure interval
arithmetic and never raises for a missing value: it returns an `unverifiable` finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Protocol, Sequence

from factcheck.model import Claim, Finding, Operand, Position, Quantity, Verdict


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


@dataclass(frozen=True)
class Resolved:
    """An operand's value as the pipeline found it.

    Exactly one of `quantity` and `problem` is set. `written` is the operand as the author
    wrote it (a claim's value text with unit, a literal, a source reference description), used
    in explanations; `verdict` is what a check should conclude when `problem` is set
    (`unverifiable` for a source without a value, `error` for a source that failed,
    `invalid` for a claim id that names no file). `evidence` carries source details
    (value, period, citation, url) for reports.
    """

    written: str
    quantity: Quantity | None = None
    problem: str | None = None
    verdict: Verdict = Verdict.UNVERIFIABLE
    evidence: Mapping[str, Any] | None = None
    # For a `rank ... among: {source...}` operand: every member's value of the series.
    members: Mapping[str, Quantity] | None = None
    # For a source reference: {period: value} of the same series and `where` over the periods
    # the document held, sorted by period, for the report's chart; None when not known (pin).
    series: Mapping[str, Quantity] | None = None


class CheckSpec(Protocol):
    """A parsed check item; each kind defines its own frozen dataclass."""

    kind: str
    position: Position
    index: int

    def operands(self) -> Sequence[Operand]: ...


class CheckKind(Protocol):
    ID: str

    def parse(self, raw: object, ctx: ParseContext) -> CheckSpec:
        """Validate one item's body (the value under the kind's key); raise ClaimError."""

    def evaluate(self, spec: Any, claim: Claim, values: Mapping[Operand, Resolved]) -> Finding:
        """Judge `claim` against the resolved operands; never raise for missing data."""


Resolver = Callable[[Operand], Resolved]
