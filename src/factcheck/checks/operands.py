"""Check operands as written: claim ids, numbers written like values, source references.

An operand is a claim id (`weifang-2022/total`, `./national`, `../2021/total`), a number
written like a value (`61.5`, `"61.5%"`, `"725万"`), or a source reference mapping
(`{source: nbs, series: ..., period: "2022"}`). A string that reads as a number is a number:
to name a claim whose id is a number, write it relative (`./2022`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any, Mapping

from factcheck.checks.base import ParseContext
from factcheck.errors import ClaimError, ValueParseError
from factcheck.grammar.refs import parse_source_ref, resolve_id
from factcheck.grammar.values import parse_quantity
from factcheck.model import ClaimRef, Literal, Operand, Resolved, SourceRef, Verdict

WHAT = "an operand is a claim id, a number or a source reference {source: ..., series: ...}"

# Text that can only be a claim id: it has a folder separator or starts like a path.
_ID_ONLY = re.compile(r"^\.{1,2}/|/")
# Text that may be a claim id when it does not read as a number.
_ID_LIKE = re.compile(r"^[\w.\-/]+$")
# A file name that happens to start with digits ("2022-gdp", "2022gdp") reads as a number with
# an unknown unit; such plain ASCII text is taken as an id.
_ASCII_NAME = re.compile(r"^[A-Za-z0-9_.\-]+$")


def parse_operand(raw: Any, ctx: ParseContext, *path: Any) -> Operand:
    """One operand at `path` inside the check item; ClaimError at its position."""
    at = ctx.locate(*path)
    if isinstance(raw, bool) or raw is None:
        raise ClaimError(f"{WHAT}, not {raw!r}", at)
    if isinstance(raw, (int, float, Decimal, Fraction)):
        return parse_literal(_number_text(raw), at)
    if isinstance(raw, str):  # before the Mapping check, a slower one (text is never a mapping)
        return parse_text_operand(raw, ctx.claim_id, at)
    if isinstance(raw, Mapping):
        return parse_source_ref(raw, lambda *inner: ctx.locate(*path, *inner), ctx_period(ctx))
    raise ClaimError(f"{WHAT}, not a {type(raw).__name__}", at)


def parse_text_operand(text: str, claim_id: str, at: Any) -> ClaimRef | Literal:
    """A string operand: a number when it reads as one, else a claim id."""

    written = text.strip()
    if not written:
        raise ClaimError(f"{WHAT}, not an empty string", at)
    if _ID_ONLY.search(written):
        return claim_ref(written, claim_id, at)
    try:
        literal = parse_literal(written, at)
    except ValueParseError as error:
        if _ID_LIKE.match(written):
            return claim_ref(written, claim_id, at)
        raise ClaimError(f"operand {written!r} is neither a claim id nor a number: {error.reason}", at) from None
    if literal.quantity.unit.dimension.startswith("unit:") and _ASCII_NAME.match(written):
        return claim_ref(written, claim_id, at)
    return literal


def claim_ref(written: str, claim_id: str, at: Any) -> ClaimRef:
    try:
        return ClaimRef(resolve_id(claim_id, written), written, at)
    except ClaimError as error:
        raise error.at(at) from None


def parse_literal(text: str, at: Any) -> Literal:
    try:
        return Literal(text, parse_quantity(text), at)
    except ClaimError as error:
        raise error.at(at) from None


def ctx_period(ctx: ParseContext) -> str | None:
    """The claim's period, the default of a source reference operand (see docs/sources.md)."""
    return getattr(ctx, "period", None)


def _number_text(raw: int | float | Decimal | Fraction) -> str:
    """The number as the file wrote it: the loader's numbers keep their text (`57.90`)."""
    text = getattr(raw, "text", None)
    if isinstance(text, str):
        return text
    if isinstance(raw, float):
        return repr(raw)
    return str(raw)


def parse_operand_list(
    raw: Any, ctx: ParseContext, key: str, minimum: int, exactly: bool = False
) -> tuple[Operand, ...]:
    """`key: [a, b, ...]` with at least (or exactly) `minimum` operands."""
    count = f"exactly {minimum}" if exactly else f"at least {minimum}"
    if not isinstance(raw, (list, tuple)):
        raise ClaimError(f"`{key}` takes a list of {count} operands: {key}: [a, b]", ctx.locate(key))
    if len(raw) < minimum or (exactly and len(raw) != minimum):
        raise ClaimError(f"`{key}` takes {count} operands, got {len(raw)}", ctx.locate(key))
    return tuple(parse_operand(item, ctx, key, i) for i, item in enumerate(raw))


def parse_operand_map(
    raw: Any, ctx: ParseContext, key: str, names: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`key: {name: operand, ...}`: the mapping's raw values, unknown and missing keys refused."""
    form = ", ".join(f"{name}: ..." for name in names)
    if not isinstance(raw, Mapping):
        raise ClaimError(f"`{key}` takes a mapping: {key}: {{{form}}}", ctx.locate(key))
    for name in raw:
        if name not in names and name not in optional:
            known = ", ".join(names + optional)
            raise ClaimError(f"unknown key {name!r} in `{key}` (known: {known})", ctx.locate(key, name))
    for name in names:
        if name not in raw:
            raise ClaimError(f"`{key}` needs `{name}`: {key}: {{{form}}}", ctx.locate(key))
    return dict(raw)


# -- evaluation side ----------------------------------------------------------------------
def lookup(values: Mapping[Any, Resolved], operand: Operand) -> Resolved:
    """The resolved value of `operand`; literals resolve themselves.

    A source reference the pipeline did not resolve is `unverifiable` ("sources not
    configured"), never a crash; a claim id it did not resolve is an `error` of the run.
    """
    if isinstance(operand, Literal):
        return values.get(operand) or Resolved(operand.written, quantity=operand.quantity)
    found = values.get(operand)
    if found is None and isinstance(operand, SourceRef):
        found = values.get(operand.key())
    if found is not None:
        return found
    if isinstance(operand, SourceRef):
        return Resolved(operand.describe(), problem="sources not configured", verdict=Verdict.UNVERIFIABLE)
    return Resolved(operand.written, problem=f"claim {operand.id!r} was not resolved", verdict=Verdict.ERROR)


def name_of(operand: Operand) -> str:
    """How an explanation names an operand: its id, its source, or "number"."""
    if isinstance(operand, ClaimRef):
        return operand.id
    if isinstance(operand, SourceRef):
        return operand.describe()
    return "number"
