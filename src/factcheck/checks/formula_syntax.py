"""The grammar of `formula:` expressions, parsed by hand: no `eval`, nothing but arithmetic.

    expression := term (("+" | "-" | "−") term)*
    term       := unary (("*" | "×" | "/" | "÷") unary)*
    unary      := ("-" | "−" | "+") unary | primary
    primary    := number | "{" operand "}" | "(" expression ")"

A number outside braces is an exact constant (`* 100`); an operand in braces is a claim id
or a number written like a value (`{61.5%}` is rounded like a value). Errors carry the
0-based offset in the formula text, so the caller can point at the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Union

from factcheck.grammar.exact import MAX_LENGTH, exact_number

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_OPERATORS = {"+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/"}
_PARENS = {"(": "(", ")": ")", "（": "(", "）": ")"}
SHOWN = {"+": "+", "-": "−", "*": "×", "/": "÷"}


# Limits that keep the recursive parser, renderer and evaluator far from Python's stack limit.
MAX_TOKENS = 200
MAX_DEPTH = 50
MAX_NUMBER = MAX_LENGTH  # characters of one number, as for a value


class FormulaSyntaxError(ValueError):
    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.offset = offset


@dataclass(frozen=True)
class Num:
    value: Fraction
    text: str
    offset: int = field(default=0, compare=False)  # where the number starts in the formula


@dataclass(frozen=True)
class Ref:
    index: int  # which operand: the order of the braces in the text
    text: str
    offset: int  # where the text inside the braces starts


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class Bin:
    op: str  # one of + - * /
    left: Node
    right: Node


Node = Union[Num, Ref, Neg, Bin]


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "ref", "op", "(", ")", "end"
    text: str
    offset: int  # where the token starts (a ref: its `{`)
    inner: int = 0  # a ref: where the text inside the braces starts


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char in _OPERATORS:
            tokens.append(Token("op", _OPERATORS[char], i))
            i += 1
        elif char in _PARENS:
            tokens.append(Token(_PARENS[char], char, i))
            i += 1
        elif char == "{":
            close = text.find("}", i + 1)
            if close < 0:
                raise FormulaSyntaxError("`{` is never closed by `}`", i)
            inner = text[i + 1 : close]
            if not inner.strip():
                raise FormulaSyntaxError("empty `{}`: write a claim id or a number inside", i)
            lead = len(inner) - len(inner.lstrip())
            tokens.append(Token("ref", inner.strip(), i, i + 1 + lead))
            i = close + 1
        elif char == "}":
            raise FormulaSyntaxError("`}` without an opening `{`", i)
        else:
            match = _NUMBER.match(text, i)
            if match is None:
                what = "a formula has numbers, {operands}, + − × ÷ and ( )"
                raise FormulaSyntaxError(f"unexpected {char!r}: {what}", i)
            if len(match.group()) > MAX_NUMBER:  # the bounded converter's own limit, said at its column
                raise FormulaSyntaxError(f"a number longer than {MAX_NUMBER} digits", i)
            tokens.append(Token("num", match.group(), i))
            i = match.end()
    tokens.append(Token("end", "", len(text)))
    if len(tokens) > MAX_TOKENS:
        raise FormulaSyntaxError(f"the formula is too long (more than {MAX_TOKENS} parts): split it", 0)
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0
        self.refs: list[Ref] = []

    def peek(self) -> Token:
        return self.tokens[self.at]

    def take(self) -> Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expression(self) -> Node:
        node = self.term()
        while self.peek().kind == "op" and self.peek().text in "+-":
            op = self.take().text
            node = Bin(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.peek().kind == "op" and self.peek().text in "*/":
            op = self.take().text
            node = Bin(op, node, self.unary())
        return node

    def unary(self) -> Node:
        token = self.peek()
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise FormulaSyntaxError(f"brackets or signs nested more than {MAX_DEPTH} deep", token.offset)
        try:
            if token.kind == "op" and token.text in "+-":
                self.take()
                inner = self.unary()
                return Neg(inner) if token.text == "-" else inner
            return self.primary()
        finally:
            self.depth -= 1

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "num":
            return Num(exact_number(token.text), token.text, token.offset)
        if token.kind == "ref":
            ref = Ref(len(self.refs), token.text, token.inner)
            self.refs.append(ref)
            return ref
        if token.kind == "(":
            node = self.expression()
            closing = self.take()
            if closing.kind != ")":
                raise FormulaSyntaxError("`(` is never closed by `)`", closing.offset)
            return node
        if token.kind == "end":
            raise FormulaSyntaxError("the formula ends where a number, {operand} or `(` should follow", token.offset)
        raise FormulaSyntaxError(f"{token.text!r} where a number, {{operand}} or `(` should be", token.offset)


def parse_formula(text: str) -> tuple[Node, list[Ref]]:
    """The expression tree and its operands in order of appearance; FormulaSyntaxError."""
    parser = _Parser(tokenize(text))
    node = parser.expression()
    rest = parser.peek()
    if rest.kind != "end":
        what = "`)` without an opening `(`" if rest.kind == ")" else f"{rest.text!r}: an operator is missing before it"
        raise FormulaSyntaxError(what, rest.offset)
    return node, parser.refs


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def render(node: Node, shown: list[str]) -> str:
    """The expression with each operand as written: "1793 − 38 × 2"."""
    return _render(node, shown, 0)


def _render(node: Node, shown: list[str], context: int) -> str:
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Ref):
        return shown[node.index]
    if isinstance(node, Neg):
        return f"−{_render(node.operand, shown, 3)}"
    prec = _PRECEDENCE[node.op]
    left = _render(node.left, shown, prec)
    # The right side of − and ÷ needs brackets even at equal precedence: a − (b − c).
    right = _render(node.right, shown, prec + (1 if node.op in "-/" else 0))
    text = f"{left} {SHOWN[node.op]} {right}"
    return f"({text})" if prec < context else text
