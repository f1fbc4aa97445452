"""sum: the claim's value is the sum of its operands.

```yaml
# claims/weifang-2022/tech-platforms-total.yaml
claim: 全市共建设科技创新平台1793家,其中国家级38家、省级320家、市级1435家
value: 1793
unit: 家
checks:
  - sum: [./tech-platforms-national, ./tech-platforms-provincial, ./tech-platforms-municipal]
```

Operands are claim ids, numbers written like values (`12`, `"3.5万"`) or source references;
at least two. Units add as in docs/checks.md: scale words are normalised (亿元 + 万元), a bare number
takes its partner's unit, and values of different dimensions (家 + 元) are refused.

Passes (national 38, provincial 320, municipal 1435):
`38 + 320 + 1435 = 1793, stated 1793`

Fails (the same operands, a claim of 1794):
`38 + 320 + 1435 = 1793, stated 1794`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand_list
from factcheck.model import Claim, Finding, Operand, Position, Resolved

ID = "sum"
SUMMARY = "The claim's value equals the sum of its operands."
SCHEMA = {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/operand"}}


@dataclass(frozen=True)
class SumSpec:
    position: Position
    index: int
    terms: tuple[Operand, ...]
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return self.terms


def parse(raw: object, ctx: ParseContext) -> SumSpec:
    return SumSpec(ctx.locate(), ctx.index, parse_operand_list(raw, ctx, ID, 2))


def evaluate(spec: SumSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.terms)
    expression = " + ".join(item.shown for item in items)
    return evaluate_arithmetic(spec, claim, items, arith.total, default_render(expression))
