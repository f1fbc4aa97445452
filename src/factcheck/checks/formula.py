"""formula: the claim's value is an arithmetic expression over operands in braces.

```yaml
# claims/weifang-2022/platforms-below-national.yaml
claim: 省级和市级平台共1755家
value: 1755
unit: 家
checks:
  - formula: "{./tech-platforms-total} - {./tech-platforms-national}"
```

Write + − × ÷ (or `*` `/`), parentheses, a leading minus, plain numbers (exact constants:
`* 100`) and operands in braces: claim ids (`{./x}`, `{weifang-2022/x}`) or numbers written
like values (`{61.5%}`, `{725万}`). Units follow docs/checks.md for + and −; in × and ÷ a
percentage is its written number (`{part} / {whole} * 100` compares with a claim in %).
A syntax error points to its column inside the formula. An operand written twice counts
as two independent values of its interval (the result is wider, never wrong): prefer `growth`
to `({b} - {a}) / {a} * 100`.

Passes (total 1793, national 38): `1793 − 38 = 1755, stated 1755`

Fails (a claim of 1750): `1793 − 38 = 1755, stated 1750`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Mapping

from factcheck.checks import arith
from factcheck.checks.base import ParseContext
from factcheck.checks.formula_syntax import Bin, FormulaSyntaxError, Neg, Node, Num, Ref, parse_formula, render
from factcheck.checks.judge import default_render, evaluate_arithmetic, terms
from factcheck.checks.operands import parse_text_operand
from factcheck.errors import ClaimError
from factcheck.interval import Interval
from factcheck.model import Claim, Finding, Literal, Operand, Position, Quantity, Resolved

ID = "formula"
SUMMARY = "The claim's value equals an arithmetic expression over operands."
SCHEMA = {"type": "string", "minLength": 1}


@dataclass(frozen=True)
class FormulaSpec:
    position: Position
    index: int
    text: str
    tree: Node
    refs: tuple[Operand, ...]  # one per pair of braces, in order of appearance
    kind: str = field(default=ID, init=False)

    def operands(self) -> tuple[Operand, ...]:
        return self.refs


def parse(raw: object, ctx: ParseContext) -> FormulaSpec:
    at = ctx.locate(ID)
    if not isinstance(raw, str):
        raise ClaimError('`formula` takes a string in quotes: formula: "{./a} - {./b} * 2"', at)
    try:
        tree, refs = parse_formula(raw)
    except FormulaSyntaxError as error:
        raise ClaimError(f"formula: {error.reason}", inside(at, raw, error.offset)) from None
    if not refs:
        raise ClaimError("a formula needs at least one {operand}: a claim id or a number in braces", at)
    operands = tuple(parse_text_operand(ref.text, ctx.claim_id, inside(at, raw, ref.offset)) for ref in refs)
    divisor = _zero_divisor(tree, operands)
    if divisor is not None:
        # A written zero is an authoring error, not missing data: `invalid`, never `unverifiable`.
        raise ClaimError("formula: division by zero (the divisor is a written 0)", inside(at, raw, _offset(divisor)))
    return FormulaSpec(ctx.locate(), ctx.index, raw, tree, operands)


def _zero_divisor(tree: Node, operands: tuple[Operand, ...]) -> Node | None:
    """The first divisor that is zero whatever the claims say: made of written numbers only."""
    if isinstance(tree, Neg):
        return _zero_divisor(tree.operand, operands)
    if not isinstance(tree, Bin):
        return None
    found = _zero_divisor(tree.left, operands) or _zero_divisor(tree.right, operands)
    if found is None and tree.op == "/" and _constant(tree.right, operands) == 0:
        return tree.right
    return found


def _constant(node: Node, operands: tuple[Operand, ...]) -> Fraction | None:
    """The value of a part written with numbers only (`{0}` counts as 0), else None."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Ref):
        operand = operands[node.index]
        if isinstance(operand, Literal) and operand.quantity.interval.lo == -operand.quantity.interval.hi:
            return Fraction(0)  # `{0}`, `{0.0}`: a written zero, whatever its rounding
        return None
    if isinstance(node, Neg):
        inner = _constant(node.operand, operands)
        return None if inner is None else -inner
    left, right = _constant(node.left, operands), _constant(node.right, operands)
    if left is None or right is None or (node.op == "/" and right == 0):
        return None
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    return left * right if node.op == "*" else left / right


def _offset(node: Node) -> int:
    """Where a part of the formula starts: its first number or operand."""
    while isinstance(node, (Neg, Bin)):
        node = node.operand if isinstance(node, Neg) else node.left
    return node.offset


def inside(at: Position, text: str, offset: int) -> Position:
    """The position of character `offset` of the formula text; `at` is where the value starts.

    The file is read to follow the YAML writing of the string: an opening quote, a block
    scalar (`|`, `>`) whose text starts on the next line, and line breaks with indentation in
    between, so that a multi-line formula still points at the right line and column.
    """
    source = _source(at)
    if source is None:
        return Position(at.file, at.line, at.column + (1 if text.startswith("{") else 0) + offset)
    full, start = source
    pos = _map_offset(full, start, text, offset)
    line = full.count("\n", 0, pos) + 1
    column = pos - (full.rfind("\n", 0, pos) + 1) + 1
    return Position(at.file, line, column)


def _source(at: Position) -> tuple[str, int] | None:
    """The file's text and the index where the formula's own text starts, or None."""
    try:
        with open(at.file, encoding="utf-8") as handle:
            full = handle.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    lines = full.split("\n")
    if not 1 <= at.line <= len(lines) or at.column - 1 > len(lines[at.line - 1]):
        return None
    index = sum(len(line) + 1 for line in lines[: at.line - 1]) + at.column - 1
    first = full[index : index + 1]
    if first in ("'", '"'):
        return full, index + 1
    if first in ("|", ">"):  # a block scalar: its text starts on the next line
        newline = full.find("\n", index)
        return (full, newline + 1) if newline >= 0 else None
    return full, index


def _map_offset(full: str, start: int, text: str, offset: int) -> int:
    """The index in `full` of character `offset` of `text`, whose writing starts at `start`.

    The characters of the parsed text appear in the file in order; whitespace of the text may
    stand for a line break and indentation (folded lines), which is skipped.
    """
    here = start
    for char in text[:offset]:
        if full[here : here + 1] == char:
            here += 1
        elif not char.isspace():
            found = full.find(char, here)
            if found < 0:
                return start + offset
            here = found + 1
    if offset < len(text) and not text[offset].isspace() and full[here : here + 1] != text[offset]:
        found = full.find(text[offset], here)
        if found >= 0:
            here = found
    return here


def compute(tree: Node, quantities: list[Quantity]) -> Quantity:
    if isinstance(tree, Num):
        return arith.quantity(Interval.point(tree.value))
    if isinstance(tree, Ref):
        return quantities[tree.index]
    if isinstance(tree, Neg):
        return arith.negate(compute(tree.operand, quantities))
    assert isinstance(tree, Bin)
    left, right = compute(tree.left, quantities), compute(tree.right, quantities)
    operation = {"+": arith.add, "-": arith.subtract, "*": arith.multiply, "/": arith.divide}[tree.op]
    return operation(left, right)


def evaluate(spec: FormulaSpec, claim: Claim, values: Mapping[Any, Resolved]) -> Finding:
    items = terms(values, spec.refs)
    expression = render(spec.tree, [item.shown for item in items])
    return evaluate_arithmetic(spec, claim, items, lambda q: compute(spec.tree, q), default_render(expression))
