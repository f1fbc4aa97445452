"""growth: the claim's value, in %, is the growth from one value to another: (to − from) ÷ from × 100.

```yaml
# claims/weifang-2022/champions-growth.yaml
claim: 省级制造业单项冠军总数增长50%
value: 50%
checks:
  - growth: {from: ./champions-total-2021, to: ./champions-total-2022}
```

`from` and `to` are operands of one dimension. The result is in %; a `from` whose interval
contains zero makes the check `unverifiable`. A claim in percentage points fails and names both.

Passes (82 → 123): `(123 − 82) ÷ 82 × 100 = 50%, stated 50%`

Fails (a claim of 41%): `(123 − 82) ÷ 82 × 100 = 50%, stated 41%`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand, parse_operand_map
from factcheck.interval import Interval
from factcheck.model import Claim, Finding, Operand, Position, Quantity, Resolved

ID = "growth"
SUMMARY = "The claim's value equals (to − from) ÷ from × 100 (percent)."
SCHEMA = {
    "type": "object",
    "properties": {"from": {"$ref": "#/$defs/operand"}, "to": {"$ref": "#/$defs/operand"}},
    "required": ["from", "to"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class GrowthSpec:
    position: Position
    index: int
    start: Operand
    end: Operand
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.start, self.end)


def parse(raw: object, ctx: ParseContext) -> GrowthSpec:
    body = parse_operand_map(raw, ctx, ID, ("from", "to"))
    start = parse_operand(body["from"], ctx, ID, "from")
    end = parse_operand(body["to"], ctx, ID, "to")
    return GrowthSpec(ctx.locate(), ctx.index, start, end)


def compute(quantities: list[Quantity]) -> Quantity:
    start, end = arith.common_unit(quantities, "growth between different units")
    # (to − from) ÷ from is to ÷ from − 1: one division keeps the interval tight, since the
    # two occurrences of `from` in the first form would be treated as independent.
    ratio = arith.divide(end, start)
    return arith.as_percent(arith.scale(arith.subtract(ratio, arith.quantity(Interval.point(1))), 100))


def evaluate(spec: GrowthSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    expression = f"({items[1].shown} − {items[0].shown}) ÷ {items[0].shown} × 100"
    return evaluate_arithmetic(spec, claim, items, compute, default_render(expression))
