"""rank: the claim's value is a rank: 1 + how many of the others are greater (or smaller).

```yaml
# claims/weifang-2022/renewables-rank.yaml
claim: 新能源和可再生能源装机容量已达725万千瓦,居全省第2位
value: 2
checks:
  - rank: {of: ./renewables-capacity, among: [./jinan-renewables, ./qingdao-renewables, ./yantai-renewables]}
  # or every member of a source series except our own:
  - rank:
      of: ./renewables-capacity
      among: {source: sd-stats, series: renewables-capacity, period: "2022", across: city, self: 潍坊市}
      order: descending
```

`of` is an operand; `among` is a list of operands, or a source reference with `across` (the
dimension whose members are ranked) and `self` (the member that is `of` itself, left out).
`order: descending` (default: 1 is the largest) or `ascending` (1 is the smallest). Equal
values share a rank. Values are intervals, so the result is the set of possible ranks; the
check passes when the stated rank is one of them.

Passes (725万 kW against 980万, 610万 and 540万): `725万千瓦 ranks 2 of 4 (descending), stated 2`

Fails (the same values, a claim of first place): `725万千瓦 ranks 2 of 4 (descending), stated 1`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import Term, operand_lines, problem_finding, stated_shown, terms
from factcheck.checks.operands import parse_operand, parse_operand_list, parse_operand_map
from factcheck.checks.rank_sets import possible_ranks, ranks_text
from factcheck.errors import ClaimError
from factcheck.interval import Interval
from factcheck.model import Claim, ClaimRef, Finding, Operand, Position, Quantity, Resolved, SourceRef, Verdict

ID = "rank"
SUMMARY = "The claim's value equals the rank of an operand among others."
ORDERS = ("descending", "ascending")
SCHEMA = {
    "type": "object",
    "properties": {
        "of": {"$ref": "#/$defs/operand"},
        "among": {
            "oneOf": [
                {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/operand"}},
                {"$ref": "#/$defs/source_ref"},
            ]
        },
        "order": {"enum": list(ORDERS)},
    },
    "required": ["of", "among"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class RankSpec:
    position: Position
    index: int
    of: Operand
    among: tuple[Operand, ...]  # a single SourceRef with `across` when ranking a series
    order: str = "descending"
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return (self.of, *self.among)

    @property
    def across_source(self) -> SourceRef | None:
        first = self.among[0]
        return first if isinstance(first, SourceRef) and first.across else None


def parse(raw: object, ctx: ParseContext) -> RankSpec:
    body = parse_operand_map(raw, ctx, ID, ("of", "among"), optional=("order",))
    of = parse_operand(body["of"], ctx, ID, "of")
    order = body.get("order", "descending")
    if order not in ORDERS:
        raise ClaimError(f"`order` is descending or ascending, not {order!r}", ctx.locate(ID, "order"))
    among_raw = body["among"]
    if isinstance(among_raw, Mapping):
        ref = parse_operand(among_raw, ctx, ID, "among")
        if not isinstance(ref, SourceRef) or not ref.across:
            raise ClaimError(
                "a source `among` needs `across`: the dimension whose members are ranked", ctx.locate(ID, "among")
            )
        among: tuple[Operand, ...] = (ref,)
    else:
        sub = ParseContext(ctx.claim_id, lambda *p: ctx.locate(ID, *p), ctx.index, ctx.period)
        among = tuple(op for op in parse_operand_list(among_raw, sub, "among", 1) if not _same_claim(op, of))
    return RankSpec(ctx.locate(), ctx.index, of, among, order)


def _same_claim(a: Operand, b: Operand) -> bool:
    """`among` may list `of` itself; it is not counted against itself."""
    return isinstance(a, ClaimRef) and isinstance(b, ClaimRef) and a.id == b.id


def evaluate(spec: RankSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    problem = problem_finding(spec, claim, items, members_ok=spec.across_source is not None)
    if problem is not None:
        return problem
    try:
        of, others, lines = _values(spec, items)
        of, *others = arith.common_unit([of, *others], "cannot rank")
    except (arith.UnitMismatch, ClaimError) as error:
        return _finding(spec, claim, items, Verdict.FAIL, str(error), None, [])
    sign = 1 if spec.order == "descending" else -1
    ranks = possible_ranks(_signed(of, sign), [_signed(q, sign) for q in others])
    stated = claim.quantity.interval
    verdict = Verdict.PASS if any(stated.contains(r) for r in ranks) else Verdict.FAIL
    message = (
        f"{items[0].shown} ranks {ranks_text(ranks)} of {len(others) + 1} ({spec.order}), stated {stated_shown(claim)}"
    )
    return _finding(spec, claim, items, verdict, message, ranks, lines)


def _values(spec: RankSpec, items: list[Term]) -> tuple[Quantity, list[Quantity], list[str]]:
    of = items[0].resolved.quantity
    assert of is not None  # problem_finding returned otherwise
    source = spec.across_source
    if source is None:
        return of, [item.resolved.quantity for item in items[1:]], []  # type: ignore[misc]
    members = items[1].resolved.members
    if not members:
        raise ClaimError(f"{source.describe()} gave no members across {source.across!r}")
    if source.self_member is not None and source.self_member not in members:
        raise ClaimError(f"{source.describe()} has no member {source.self_member!r} across {source.across!r}")
    kept = {name: q for name, q in members.items() if name != source.self_member}
    lines = [
        f"{source.across} {name} → {q.interval.format()}{arith.suffix(q.unit)}" for name, q in sorted(kept.items())
    ]
    return of, list(kept.values()), lines


def _signed(q: Quantity, sign: int) -> Interval:
    return q.interval if sign > 0 else -q.interval


def _finding(
    spec: RankSpec,
    claim: Claim,
    items: list[Term],
    verdict: Verdict,
    message: str,
    ranks: list[int] | None,
    member_lines: list[str],
) -> Finding:
    lines = operand_lines(items) + member_lines
    expected = None
    if ranks:
        expected = Interval(Fraction(min(ranks)), Fraction(max(ranks)))
        lines.append(f"possible ranks: {ranks_text(ranks)}")
    lines.append(f"stated: {claim.stated_text()} → {claim.quantity.interval.format()}")
    if ranks is None:
        lines.append(f"reason: {message.split(': ', 1)[-1]}")
    return Finding(
        ID,
        verdict,
        message,
        spec.position,
        expected=expected,
        stated=claim.quantity.interval,
        explanation=tuple(lines),
        evidence={"ranks": ranks or []},
        index=spec.index,
    )
