"""difference: the claim's value is the first operand minus the second.

```yaml
# claims/weifang-2022/champions-new.yaml
claim: 新增省级制造业单项冠军41家,总数达到123家
value: 41
unit: 家
checks:
  - difference: [./champions-total-2022, ./champions-total-2021]
```

Exactly two operands, `[a, b]` meaning a − b. Two percentages give percentage points
(69% − 61.5% = 7.5 个百分点); % ± pp gives %; a bare number takes its partner's unit.
A claim in % that the difference gives in points fails and says so: the document wrote
"高于全国7.5%" where it meant points.

Passes (totals 123 and 82): `123 − 82 = 41, stated 41`

Fails (a claim in %, two operands in %: the difference is in points):
`69% − 61.5% = [6.95, 8.05] pp, stated 7.5%: stated in %, computed in percentage points`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand_list
from factcheck.model import Claim, Finding, Operand, Position, Resolved

ID = "difference"
SUMMARY = "The claim's value equals the difference of two operands."
SCHEMA = {"type": "array", "minItems": 2, "maxItems": 2, "items": {"$ref": "#/$defs/operand"}}


@dataclass(frozen=True)
class DifferenceSpec:
    position: Position
    index: int
    minuend: Operand
    subtrahend: Operand
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.minuend, self.subtrahend)


def parse(raw: object, ctx: ParseContext) -> DifferenceSpec:
    a, b = parse_operand_list(raw, ctx, ID, 2, exactly=True)
    return DifferenceSpec(ctx.locate(), ctx.index, a, b)


def evaluate(spec: DifferenceSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    expression = f"{items[0].shown} − {items[1].shown}"
    return evaluate_arithmetic(spec, claim, items, lambda q: arith.subtract(q[0], q[1]), default_render(expression))
