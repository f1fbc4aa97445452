"""Every producer of findings about a claim, behind one registry and one door.

`CHECKS` holds the kinds a claim writes under `checks:`; `JUDGES` adds the findings a
claim's own fields produce (`citation`, `unit`, `compare`), each also a module with `ID` and
`evaluate(spec, claim, values)`. `parse_check()` turns one item of `checks` into a spec (the
loader calls it), `claim_specs()` lists every spec a claim is judged by, and `evaluate()`
judges one spec once its operands are resolved (the pipeline calls it). Each kind's module
docstring is its user documentation; `docs/checks.md` is `checks_markdown()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from factcheck.checks import (
    citation,
    compare,
    contributions,
    difference,
    formula,
    growth,
    order,
    rank,
    ratio,
    same,
    share,
    sum_,
    unit,
)
from factcheck.checks.base import CheckKind, CheckSpec, ParseContext
from factcheck.errors import ClaimError
from factcheck.grammar.refs import SOURCE_REF_KEYS
from factcheck.model import Claim, Finding, Resolved, Verdict

CHECKS: dict[str, CheckKind] = {
    sum_.ID: sum_,
    difference.ID: difference,
    ratio.ID: ratio,
    share.ID: share,
    growth.ID: growth,
    rank.ID: rank,
    same.ID: same,
    formula.ID: formula,
    contributions.ID: contributions,
    order.ID: order,
}


#: Every producer of findings, by the `check` name its findings carry.
JUDGES: dict[str, Any] = {citation.ID: citation, unit.ID: unit, **CHECKS, compare.ID: compare}


def get(kind: str) -> CheckKind:
    try:
        return CHECKS[kind]
    except KeyError:
        raise ValueError(f"no such check: {kind!r}") from None


def parse_check(item: object, ctx: ParseContext) -> CheckSpec:
    """One element of `checks:`, e.g. `{"sum": ["./a", "./b"]}`; ClaimError with a position."""
    known = ", ".join(CHECKS)
    if not isinstance(item, Mapping) or len(item) != 1:
        raise ClaimError(
            f"a check is a mapping with one key, the kind of check ({known}): - sum: [./a, ./b]", ctx.locate()
        )
    kind, body = next(iter(item.items()))
    if kind not in CHECKS:
        raise ClaimError(f"unknown check {kind!r} (known: {known})", ctx.locate())
    return CHECKS[kind].parse(body, ctx)


def claim_specs(claim: Claim) -> list[CheckSpec]:
    """What a claim is judged by once its operands are known: its checks, then its compare block."""
    specs: list[CheckSpec] = list(claim.checks)
    if claim.compare is not None:
        specs.append(compare.CompareSpec(claim.compare))
    return specs


def citation_spec(claim: Claim, root: Path, paths: citation.CitedPaths | None = None) -> citation.CitationSpec:
    """The claim's citation slot as a spec; judged without operands, offline. `paths`: the
    run's cited documents, resolved once for all its claims."""
    return citation.CitationSpec(root, claim.where("citation"), paths=paths)


def unit_spec(claim: Claim) -> unit.UnitSpec:
    """The claim's unit as a spec: an unknown unit gets a finding; judged offline."""
    return unit.spec_for(claim)


def evaluate(spec: Any, claim: Claim, values: Mapping[Any, Resolved]) -> list[Finding]:
    """Judge `claim` by any spec (check, citation or compare): the one door for findings."""
    if spec.kind in CHECKS:
        return [evaluate_check(spec, claim, values)]
    return list(_as_list(JUDGES[spec.kind].evaluate(spec, claim, values)))


def _as_list(result: Finding | list[Finding]) -> list[Finding]:
    return result if isinstance(result, list) else [result]


def evaluate_check(spec: Any, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    """Judge `claim` by `spec`; `values` maps each of `spec.operands()` to what it resolved to.

    A check never raises for what a claim says: the kinds turn every expected problem into a
    verdict. Anything left (a value the grammar should not have produced) becomes an `error`
    finding on this check, so the run goes on and the report says where it happened.
    """
    try:
        return CHECKS[spec.kind].evaluate(spec, claim, values)
    except (ArithmeticError, ValueError, ClaimError) as error:
        return Finding(
            spec.kind,
            Verdict.ERROR,
            f"the {spec.kind} check could not be computed: {error}",
            spec.position,
            stated=claim.quantity.interval,
            explanation=(f"{type(error).__name__}: {error}",),
            index=spec.index,
        )


# -- JSON schema fragments for the loader's claim schema ----------------------------------
def operand_schema() -> dict[str, Any]:
    return {
        "description": "a claim id (absolute, ./ or ../), a number written like a value, or a source reference",
        "anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}, {"$ref": "#/$defs/source_ref"}],
    }


def source_ref_schema() -> dict[str, Any]:
    text = {"type": ["string", "number"]}
    properties: dict[str, Any] = {key: text for key in SOURCE_REF_KEYS}
    properties["where"] = {"type": "object", "additionalProperties": text}
    return {"type": "object", "properties": properties, "required": ["source", "series"], "additionalProperties": False}


def check_item_schema() -> dict[str, Any]:
    """The schema of one `checks:` item, with `$defs` for `operand` and `source_ref`.

    Each kind is one alternative `{kind: body}`; the loader places the `$defs` at the root of
    its own schema (the `$ref`s are "#/$defs/operand" and "#/$defs/source_ref").
    """
    alternatives = [
        {
            "type": "object",
            "properties": {kind: module.SCHEMA},
            "required": [kind],
            "additionalProperties": False,
            "description": _summary(module),
        }
        for kind, module in CHECKS.items()
    ]
    return {"oneOf": alternatives, "$defs": {"operand": operand_schema(), "source_ref": source_ref_schema()}}


def check_json_schemas() -> dict[str, Any]:
    """Kind → JSON schema of the value under the kind's key, self-contained (no `$ref`s)."""
    defs = {"#/$defs/operand": operand_schema(), "#/$defs/source_ref": source_ref_schema()}
    defs["#/$defs/operand"] = _inline(defs["#/$defs/operand"], defs)
    return {kind: _inline(module.SCHEMA, defs) for kind, module in CHECKS.items()}


def _inline(schema: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(schema, dict):
        if set(schema) == {"$ref"} and schema["$ref"] in defs:
            return _inline(defs[schema["$ref"]], defs)
        return {key: _inline(value, defs) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_inline(value, defs) for value in schema]
    return schema


def _summary(module: Any) -> str:
    return (module.__doc__ or "").strip().splitlines()[0]


# -- docs ---------------------------------------------------------------------------------
_INTRO = """\
Each item of a claim's `checks` list is one relation whose result is the claim's own value
(`order` alone compares the claim's value with its operands instead of computing it).
A check **passes** when the computed interval and the claim's interval overlap,
**fails** when they are disjoint, and is **unverifiable** when an operand has no value (a
source without data, a divisor whose interval contains zero). An operand that names no claim
file, and claims that check each other in a circle, are **invalid**.

## Operands

- a claim id: absolute (`weifang-2022/tech-platforms-total`) or relative to the claim's folder
  (`./tech-platforms-national`, `../2021/total`);
- a number written like a value: `61.5`, `"61.5%"`, `"725万"` (rounded like a value; a bare
  number takes the unit of the operand it is combined with, or the claim's);
- a source reference: `{source: nbs, series: ..., period: "2022"}` (the period defaults to the
  claim's).

A string that reads as a number is a number: to name a claim whose id is a number, write
`./2022`.

## Units

- `+` and `−` need one dimension: scale words are normalised first (亿元 + 万元 is fine),
  counts (个 家 人 …) all combine, and 家 + 元 is refused with a `fail` that says so;
- % − % gives percentage points, % ± pp gives %;
- `share` and `growth` give %; `ratio` of two values of one dimension is a pure number,
  which takes the claim's unit (倍, or none); `contributions` adds points up to a growth in %;
- units per unit: 元 ÷ 人 is 元/人, 元/人 × 人 is 元, 元 ÷ 元/人 is 人; a claim written in plain
  money that says 人均 / per capita (or has `per: 人`) is read in 元/人 (docs/claim-format.md);
- in a `formula`, `×` and `÷` treat a percentage as its written number (`{a} / {b} * 100`);
- a result in another dimension than the claim fails and names both units:
  "stated in %, computed in percentage points".

## What a finding shows

The message reads like the document's own arithmetic, with each operand as written, and
the explanation gives every step:

```
fail: 38 + 320 + 1435 = 1793, stated 1794
  weifang-2022/tech-platforms-national = 38家 → 38 家
  weifang-2022/tech-platforms-provincial = 320家 → 320 家
  weifang-2022/tech-platforms-municipal = 1435家 → 1435 家
  computed: 1793 家
  stated: 1794家 → 1794 家
  miss: 1 家 (0.0557% of the stated value)
```
"""


def checks_markdown() -> str:
    """docs/checks.md: the shared rules, then one section per kind, its module docstring."""
    parts = [
        "# Checks: internal consistency\n",
        "<!-- Generated from src/factcheck/checks/*.py by factcheck.checks.registry.checks_markdown();\n"
        "     a test keeps the two identical: edit the docstrings, then regenerate. -->\n",
        _INTRO,
    ]
    for kind, module in CHECKS.items():
        parts.append(f"## `{kind}`\n\n{(module.__doc__ or '').strip()}\n")
    return "\n".join(parts)
