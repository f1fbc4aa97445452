"""same: the claim states the same fact as another claim, number or source value.

```yaml
# claims/weifang-2022/tech-platforms-total-summary.yaml
claim: 建成各类科技创新平台1793家
value: 1793
unit: 家
checks:
  - same: ./tech-platforms-total
```

One operand. Units must be of one dimension (亿元 and 万元 are the same unit scaled; a bare
number takes the claim's unit); the two intervals must overlap, so rounding is never a
mismatch: `1800` with `qualifier: about` is the same as 1793.

Passes (the other claim states 1793): `same as ./tech-platforms-total: 1793, stated 1793`

Fails (the other claim states 1794): `same as ./tech-platforms-total: 1794, stated 1793`

Each of two claims may name the other with `same`: that is one fact stated twice, not a cycle,
and each claim reports its own `same` finding. (Two claims that check each other with any other
check, or a longer circle of checks, are still a cycle.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks.base import ParseContext
from factcheck.checks.judge import evaluate_arithmetic, terms
from factcheck.checks.operands import name_of, parse_operand
from factcheck.errors import ClaimError
from factcheck.model import Claim, ClaimRef, Finding, Operand, Position, Resolved

ID = "same"
SUMMARY = "The claim states the same fact as another claim."
SCHEMA = {"$ref": "#/$defs/operand"}


@dataclass(frozen=True)
class SameSpec:
    position: Position
    index: int
    other: Operand
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.other,)


def parse(raw: object, ctx: ParseContext) -> SameSpec:
    if isinstance(raw, (list, tuple)):
        raise ClaimError("`same` takes one operand, not a list: same: ./other-claim", ctx.locate(ID))
    return SameSpec(ctx.locate(), ctx.index, parse_operand(raw, ctx, ID))


def evaluate(spec: SameSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    other = spec.other
    label = other.written if isinstance(other, ClaimRef) else name_of(other)
    shown = items[0].shown

    def render(computed: str, stated: str) -> str:
        if label in ("number", shown):
            return f"same as {shown}, stated {stated}"
        return f"same as {label}: {shown}, stated {stated}"

    return evaluate_arithmetic(spec, claim, items, lambda q: q[0], render)
