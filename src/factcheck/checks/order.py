"""order: the claim's value comes first among values listed together, in the stated order.

```yaml
# "energy is expected to have the highest annual rate (2.1%), followed by food (1.9%),
#  services (1.2%) and non-energy industrial goods (0.6%)"
claim: energy is expected to have the highest annual rate in January (2.1%)
value: 2.1%
checks:
  - order: [./food, ./services, ./industrial-goods]
# "the lowest annual rates were observed in Cyprus (-1.5%), Greece (0.2%) and Ireland (0.3%)"
  - order: {then: [./greece, ./ireland], order: ascending}
# "增速居首位" among the figures listed with it, in any order
  - order: {among: [./food, ./services, ./industrial-goods]}
# "the highest rate of all Member States": every member of a source series but our own
  - order: {among: {source: eurostat, series: prc_hicp_manr, across: geo, self: CY}}
```

A list (or `then:`) is a ranking the text states: the claim's value, then each operand, each
one at least as large as the next (`order: descending`, the default) or at most as large
(`order: ascending`). `among:` says only that the claim's value comes first: at least as large
as every operand (or at most, ascending), whatever their order; `among` may also be a source
reference with `across` (the dimension whose members are compared) and `self` (the member that
is the claim itself, left out), as for `rank`. Ties never fail ("Lithuania
and Estonia (both 3.6%)"), and values are intervals, so a pair fails only when no values
inside the two intervals are in the stated order. Unlike the other kinds, `order` computes no
value: it compares the claim's value with its operands, in one dimension (units are
converted, as for `rank`).

Passes (2.1%, then 1.9%, 1.2%, 0.6%): `in descending order: 2.1% ≥ 1.9% ≥ 1.2% ≥ 0.6%`

Fails (the same list with food at 2.5%): `not in descending order: 2.1% then 2.5% (./food)`
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.judge import Term, operand_lines, problem_finding, stated_shown, terms
from factcheck.checks.operands import name_of, parse_operand, parse_operand_list, parse_operand_map
from factcheck.errors import ClaimError
from factcheck.interval import Interval
from factcheck.model import Claim, ClaimRef, Finding, Operand, Position, Quantity, Resolved, SourceRef, Verdict

ID = "order"
SUMMARY = "The claim's value comes first among operands, in the stated order."
ORDERS = ("descending", "ascending")
_LIST = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/operand"}}
SCHEMA = {
    "oneOf": [
        _LIST,
        {
            "type": "object",
            "properties": {
                "then": _LIST,
                "among": {"oneOf": [_LIST, {"$ref": "#/$defs/source_ref"}]},
                "order": {"enum": list(ORDERS)},
            },
            "oneOf": [{"required": ["then"]}, {"required": ["among"]}],
            "additionalProperties": False,
        },
    ]
}


@dataclass(frozen=True)
class OrderSpec:
    position: Position
    index: int
    others: tuple[Operand, ...]
    order: str = "descending"
    chain: bool = True  # `then`: each operand against the next; `among`: the claim against each
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return self.others


def parse(raw: object, ctx: ParseContext) -> OrderSpec:
    sub = ParseContext(ctx.claim_id, lambda *p: ctx.locate(ID, *p), ctx.index, ctx.period)
    if not isinstance(raw, Mapping):
        return OrderSpec(ctx.locate(), ctx.index, parse_operand_list(raw, sub, ID, 1))
    body = parse_operand_map(raw, ctx, ID, (), optional=("then", "among", "order"))
    if ("then" in body) == ("among" in body):
        raise ClaimError(
            "`order` takes `then: [...]` (a ranking in this order) or `among: [...]` (the claim comes first), "
            "one of the two",
            ctx.locate(ID),
        )
    order = body.get("order", "descending")
    if order not in ORDERS:
        raise ClaimError(f"`order` is descending or ascending, not {order!r}", ctx.locate(ID, "order"))
    key = "then" if "then" in body else "among"
    if key == "among" and isinstance(body[key], Mapping):
        ref = parse_operand(body[key], ctx, ID, "among")
        if not isinstance(ref, SourceRef) or not ref.across:
            raise ClaimError(
                "a source `among` needs `across`: the dimension whose members are compared", ctx.locate(ID, "among")
            )
        return OrderSpec(ctx.locate(), ctx.index, (ref,), order, chain=False)
    others = parse_operand_list(body[key], ParseContext(ctx.claim_id, sub.locate, ctx.index, ctx.period), key, 1)
    return OrderSpec(ctx.locate(), ctx.index, others, order, chain=key == "then")


def in_order(first: Interval, second: Interval, order: str) -> bool:
    """Whether some value of `first` is ≥ (descending) or ≤ (ascending) some value of `second`."""
    high, low = (first, second) if order == "descending" else (second, first)
    if high.hi is None or low.lo is None:
        return True
    return high.hi > low.lo or (high.hi == low.lo and high.hi_closed and low.lo_closed)


def evaluate(spec: OrderSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.operands())
    source = _across_source(spec)
    problem = problem_finding(spec, claim, items, members_ok=source is not None)
    if problem is not None:
        return problem
    if source is not None:
        found = _members(source, items[0].resolved)
        if isinstance(found, str):
            return _finding(spec, claim, items, Verdict.FAIL, found)
        names, others = found
        shown_others = [
            f"{source.across} {name} = {q.interval.format()}{arith.suffix(q.unit)}" for name, q in zip(names, others)
        ]
    else:
        others = [t.resolved.quantity for t in items]  # type: ignore[misc]
        names = [t.operand.written if isinstance(t.operand, ClaimRef) else name_of(t.operand) for t in items]
        shown_others = [t.shown for t in items]
    try:
        quantities = arith.common_unit([claim.quantity, *others], "cannot order")
    except arith.UnitMismatch as error:
        return _finding(spec, claim, items, Verdict.FAIL, f"not comparable: {error}")
    shown = [stated_shown(claim), *shown_others]
    names = ["", *names]
    intervals = [q.interval for q in quantities]
    sign = "≥" if spec.order == "descending" else "≤"
    pairs = (
        [(i, j) for i in range(len(intervals)) for j in range(i + 1, len(intervals))]
        if spec.chain
        else [(0, j) for j in range(1, len(intervals))]
    )
    broken = next(((i, j) for i, j in pairs if not in_order(intervals[i], intervals[j], spec.order)), None)
    if spec.chain:
        listed = f" {sign} ".join(shown)
    elif source is not None:
        listed = f"{shown[0]} {sign} the {len(intervals) - 1} other members across {source.across}"
    else:
        listed = f"{shown[0]} {sign} {', '.join(shown[1:])}"
    if broken is None:
        return _finding(spec, claim, items, Verdict.PASS, f"in {spec.order} order: {listed}")
    i, j = broken
    where = f" ({names[j]})" if names[j] not in ("number", shown[j]) and source is None else ""
    first = f"{shown[i]} ({names[i]})" if i else shown[i]
    if spec.chain:
        message = f"not in {spec.order} order: {first} then {shown[j]}{where}"
    else:
        word = "largest" if spec.order == "descending" else "smallest"
        message = f"not the {word} of {len(intervals)}: {shown[0]}, and {shown[j]}{where}"
    return _finding(spec, claim, items, Verdict.FAIL, message)


def _across_source(spec: OrderSpec) -> SourceRef | None:
    first = spec.others[0]
    return first if len(spec.others) == 1 and isinstance(first, SourceRef) and first.across else None


def _members(source: SourceRef, resolved: Resolved) -> tuple[list[str], list[Quantity]] | str:
    """The source's members across its dimension, the claim's own (`self`) left out."""
    members = resolved.members
    if not members:
        return f"{source.describe()} gave no members across {source.across!r}"
    if source.self_member is not None and source.self_member not in members:
        return f"{source.describe()} has no member {source.self_member!r} across {source.across!r}"
    kept = sorted((name, q) for name, q in members.items() if name != source.self_member)
    return [name for name, _ in kept], [q for _, q in kept]


def _finding(spec: OrderSpec, claim: Claim, items: list[Term], verdict: Verdict, message: str) -> Finding:
    lines = operand_lines(items)
    lines.append(f"stated: {claim.stated_text()} → {claim.quantity.interval.format()}")
    form = "each at least the next" if spec.order == "descending" else "each at most the next"
    if not spec.chain:
        form = "the claim first, the others in any order"
    lines.append(f"order: {spec.order}, {form}")
    if verdict is not Verdict.PASS:
        lines.append(f"reason: {message.split(': ', 1)[-1]}")
    return Finding(
        ID,
        verdict,
        message,
        spec.position,
        stated=claim.quantity.interval,
        explanation=tuple(lines),
        evidence={"operands": [_record(t) for t in items], "order": spec.order, "chain": spec.chain},
        index=spec.index,
    )


def _record(term: Term) -> dict[str, Any]:
    q = term.resolved.quantity
    record: dict[str, Any] = {"operand": name_of(term.operand), "written": term.resolved.written}
    if q is not None:
        record["interval"] = q.interval.to_json()
        record["unit"] = q.unit.symbol
    return record
