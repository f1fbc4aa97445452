"""share: the claim's value, in %, is the part's share of the whole: part ÷ whole × 100.

```yaml
# claims/weifang-2022/national-platforms-share.yaml
claim: 国家级平台占全市科技创新平台的2.1%
value: 2.1%
checks:
  - share: {part: ./tech-platforms-national, whole: ./tech-platforms-total}
```

`part` and `whole` are operands of one dimension (家 of 家, 元 of 元; scale words are
normalised). The result is in %; a claim stated in another unit fails and names both.

Passes (38 of 1793 is 2.119…%): `38 ÷ 1793 × 100 = 2.11935%, stated 2.1%`

Fails (a claim of 2.5%): `38 ÷ 1793 × 100 = 2.11935%, stated 2.5%`

A part in percentage points of a whole in % is a share of a growth rate: 第一产业拉动经济增长0.8个百分点
of a growth of 8.3% is 0.8 ÷ 8.3 × 100 = 9.64% of it (a 贡献率, contribution rate, in %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand, parse_operand_map
from factcheck.model import PURE, Claim, Finding, Operand, Position, Quantity, Resolved

ID = "share"
SUMMARY = "The claim's value equals part ÷ whole × 100 (percent)."
SCHEMA = {
    "type": "object",
    "properties": {"part": {"$ref": "#/$defs/operand"}, "whole": {"$ref": "#/$defs/operand"}},
    "required": ["part", "whole"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class ShareSpec:
    position: Position
    index: int
    part: Operand
    whole: Operand
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.part, self.whole)


def parse(raw: object, ctx: ParseContext) -> ShareSpec:
    body = parse_operand_map(raw, ctx, ID, ("part", "whole"))
    part = parse_operand(body["part"], ctx, ID, "part")
    whole = parse_operand(body["whole"], ctx, ID, "whole")
    return ShareSpec(ctx.locate(), ctx.index, part, whole)


def compute(quantities: list[Quantity]) -> Quantity:
    part, whole = _points_of_rate(*quantities) or arith.common_unit(quantities, "share of a whole in another unit")
    return arith.as_percent(arith.scale(arith.divide(part, whole), 100))


def _points_of_rate(part: Quantity, whole: Quantity) -> tuple[Quantity, Quantity] | None:
    """Points of a rate in %: both as their written numbers (a pull of 0.8 points is 0.8 of a growth of 8.3)."""
    if not (arith.is_points(part.unit) and whole.unit.dimension == arith.percent_unit().dimension):
        return None
    points = part.to(arith.points_unit())
    rate = whole.to(arith.percent_unit())
    return Quantity(points.interval, PURE), Quantity(rate.interval, PURE)


def evaluate(spec: ShareSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    expression = f"{items[0].shown} ÷ {items[1].shown} × 100"
    return evaluate_arithmetic(spec, claim, items, compute, default_render(expression))
