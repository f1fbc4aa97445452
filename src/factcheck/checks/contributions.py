"""contributions: the claim's growth rate, in %, is the sum of its parts' contributions in points.

```yaml
# claims/cn-2022/gdp-growth.yaml
claim: 全年国内生产总值比上年增长3.0%
value: 3.0%
checks:
  - contributions: [./consumption-pull, ./investment-pull, ./net-exports-pull]
```

with each part a claim in percentage points, as documents write them:

```yaml
# claims/cn-2022/consumption-pull.yaml
claim: 最终消费支出拉动国内生产总值增长1.0个百分点
value: 1.0
unit: 个百分点
```

Contributions to growth (拉动…增长1.0个百分点, "contributed 1.2 percentage points to growth")
are percentage points of the whole's growth; added up they are the growth rate in %. At least
two operands: claim ids, numbers (`"1.5个百分点"`, a bare number is read in points) or source
references. An operand in % is refused (a share of growth, 贡献率, is not a contribution in
points), and so is a claim that is not in % or points. This check is the only place where
points become percent: `sum` and `difference` keep them apart, so "the difference of two
rates stated in %" still fails with "stated in %, computed in percentage points".

Passes (1.0, 1.5 and 0.5 points):
`1.0个百分点 + 1.5个百分点 + 0.5个百分点 = [2.85, 3.15]%, stated 3.0%`

Fails (a claim of 3.5%):
`1.0个百分点 + 1.5个百分点 + 0.5个百分点 = [2.85, 3.15]%, stated 3.5%`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_operand_list
from factcheck.model import Claim, Finding, Operand, Position, Quantity, Resolved

ID = "contributions"
SUMMARY = "The claim's growth rate (%) equals the sum of contributions in percentage points."
SCHEMA = {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/operand"}}


@dataclass(frozen=True)
class ContributionsSpec:
    position: Position
    index: int
    parts: tuple[Operand, ...]
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return self.parts


def parse(raw: object, ctx: ParseContext) -> ContributionsSpec:
    return ContributionsSpec(ctx.locate(), ctx.index, parse_operand_list(raw, ctx, ID, 2))


def _compute_for(claim: Claim):
    def compute(quantities: list[Quantity]) -> Quantity:
        claim_unit = claim.quantity.unit
        if claim_unit.dimension != arith.percent_unit().dimension and not arith.is_points(claim_unit):
            raise arith.UnitMismatch(
                f"contributions add up to a growth rate in %, but the claim is in {arith.describe(claim_unit)}"
            )
        points = []
        for quantity in quantities:
            if quantity.unit.is_pure:
                quantity = Quantity(quantity.interval, arith.points_unit())
            if not arith.is_points(quantity.unit):
                raise arith.UnitMismatch(
                    f"a contribution is in percentage points, not {arith.describe(quantity.unit)}"
                    " (a share of growth in %, 贡献率, is not a contribution)"
                )
            points.append(quantity.to(arith.points_unit()))
        result = arith.total(points)  # in percentage points
        if arith.is_points(claim_unit):
            return result
        return Quantity(result.interval, arith.percent_unit())  # points of growth add up to %

    return compute


def evaluate(spec: ContributionsSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.parts)
    expression = " + ".join(item.shown for item in items)
    return evaluate_arithmetic(spec, claim, items, _compute_for(claim), default_render(expression))
