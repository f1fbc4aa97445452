"""The check kinds of spec §7 behind one explicit registry.

`parse_check()` turns one item of a claim's `checks` list into a spec (the loader calls it),
`evaluate_check()` judges a spec once its operands are resolved (the pipeline calls it).
Each kind's module docstring is its user documentation; `docs/checks.md` is `checks_markdown()`.
"""

from __future__ import annotations

from typing import Any, Mapping

from factcheck.checks import difference, formula, growth, rank, ratio, same, share, sum_
from factcheck.checks.base import CheckKind, CheckSpec, ParseContext, Resolved
from factcheck.errors import ClaimError
from factcheck.model import Claim, Finding

CHECKS: dict[str, CheckKind] = {
    sum_.ID: sum_,
    difference.ID: difference,
    ratio.ID: ratio,
    share.ID: share,
    growth.ID: growth,
    rank.ID: rank,
    same.ID: same,
    formula.ID: formula,
}


def get(kind: str) -> CheckKind:
    try:
        return CHECKS[kind]
    except KeyError:
        raise ValueError(f"no such check: {kind!r}") from None


def parse_check(item: object, ctx: ParseContext) -> CheckSpec:
    """One element of `checks:`, e.g. `{"sum": ["./a", "./b"]}`; ClaimError with a position."""
    known = ", ".join(CHECKS)
    if not isinstance(item, Mapping) or len(item) != 1:
        raise ClaimError(f"a check is a mapping with one key, the kind of check ({known}): - sum: [./a, ./b]",
                         ctx.locate())
    kind, body = next(iter(item.items()))
    if kind not in CHECKS:
        raise ClaimError(f"unknown check {kind!r} (known: {known})", ctx.locate())
    return CHECKS[kind].parse(body, ctx)


def evaluate_check(spec: Any, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    """Judge `claim` by `spec`; `values` maps each of `spec.operands()` to what it resolved to."""
    return CHECKS[spec.kind].evaluate(spec, claim, values)


# -- JSON schema fragments for the loader's claim schema ----------------------------------
def operand_schema() -> dict[str, Any]:
    return {
        "description": "a claim id (absolute, ./ or ../), a number written like a value, or a source reference",
        "anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}, {"$ref": "#/$defs/source_ref"}],
    }


def source_ref_schema() -> dict[str, Any]:
    from factcheck.refs import SOURCE_REF_KEYS

    text = {"type": ["string", "number"]}
    properties: dict[str, Any] = {key: text for key in SOURCE_REF_KEYS}
    properties["where"] = {"type": "object", "additionalProperties": text}
    return {"type": "object", "properties": properties, "required": ["source", "series"],
            "additionalProperties": False}


def check_item_schema() -> dict[str, Any]:
    """The schema of one `checks:` item, with `$defs` for `operand` and `source_ref`.

    Each kind is one alternative `{kind: body}`; the loader places the `$defs` at the root of
    its own schema (the `$ref`s are "#/$defs/operand" and "#/$defs/source_ref").
    """
    alternatives = [
        {"type": "object", "properties": {kind: module.SCHEMA}, "required": [kind], "additionalProperties": False,
         "description": _summary(module)}
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
def checks_markdown() -> str:
    """docs/checks.md: one section per kind, each the kind's module docstring."""
    parts = [
        "# Checks: internal consistency\n",
        "<!-- Generated from the docstrings of src/factcheck/checks/*.py by "
        "factcheck.checks.checks_markdown(); a test keeps the two identical. -->\n",
        "Each item of a claim's `checks` list is one relation whose result is the claim's own value "
        "(spec §7). A check passes when the computed interval and the claim's interval overlap, fails "
        "when they are disjoint, and is `unverifiable` when an operand has no value. Every finding "
        "shows its arithmetic: each operand as written and its interval, the computed and stated "
        "intervals, and the miss.\n",
    ]
    for kind, module in CHECKS.items():
        parts.append(f"## `{kind}`\n\n{(module.__doc__ or '').strip()}\n")
    return "\n".join(parts)
