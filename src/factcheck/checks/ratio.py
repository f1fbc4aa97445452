"""ratio: the claim's value is the first operand divided by the second.

```yaml
# claims/weifang-2022/champions-growth-times.yaml
claim: 单项冠军总数是上年的1.5倍
value: 1.5
unit: 倍
checks:
  - ratio: [./champions-total-2022, ./champions-total-2021]
```

Exactly two operands, `[a, b]` meaning a ÷ b. Two values of one dimension give a pure
number (亿元 ÷ 万元 is converted first), which takes the claim's unit (倍, or none); a bare
number divides as a plain factor; a divisor whose interval contains zero makes the check
`unverifiable` with the reason.

Passes (totals 123 and 82): `123 ÷ 82 = 1.5, stated 1.5倍`

Fails (a claim of 3倍): `123 ÷ 82 = 1.5, stated 3倍`
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand_list
from factcheck.model import Claim, Finding, Operand, Position, Resolved, Verdict

ID = "ratio"
SUMMARY = "The claim's value equals the ratio of two operands."
SCHEMA = {"type": "array", "minItems": 2, "maxItems": 2, "items": {"$ref": "#/$defs/operand"}}


@dataclass(frozen=True)
class RatioSpec:
    position: Position
    index: int
    dividend: Operand
    divisor: Operand
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.dividend, self.divisor)


def parse(raw: object, ctx: ParseContext) -> RatioSpec:
    a, b = parse_operand_list(raw, ctx, ID, 2, exactly=True)
    return RatioSpec(ctx.locate(), ctx.index, a, b)


def evaluate(spec: RatioSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    expression = f"{items[0].shown} ÷ {items[1].shown}"
    finding = evaluate_arithmetic(spec, claim, items, lambda q: arith.divide(q[0], q[1]), default_render(expression))
    if finding.verdict is Verdict.FAIL and arith.is_percent(claim.quantity.unit):
        # 0.579 against 57.9%: the author most likely meant a share.
        hint = "a ratio is a plain number; for a percentage use `share: {part: a, whole: b}`"
        finding = replace(finding, explanation=(*finding.explanation, f"hint: {hint}"))
    return finding
