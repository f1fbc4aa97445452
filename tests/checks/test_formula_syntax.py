"""The formula grammar: precedence, brackets, unary minus, operands, and error offsets."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.checks.formula_syntax import Bin, FormulaSyntaxError, Neg, Num, Ref, parse_formula, render


def test_precedence_and_associativity():
    tree, refs = parse_formula("{a} - {b} * 2 - 1")
    assert [ref.text for ref in refs] == ["a", "b"]
    product = Bin("*", Ref(1, "b", 7), Num(Fraction(2), "2"))
    assert tree == Bin("-", Bin("-", Ref(0, "a", 1), product), Num(Fraction(1), "1"))


def test_unicode_operators_and_brackets():
    tree, _ = parse_formula("（{a} − {b}） × 100 ÷ {c}")
    assert render(tree, ["69%", "61.5%", "2"]) == "(69% − 61.5%) × 100 ÷ 2"


def test_unary_minus_and_plus():
    tree, _ = parse_formula("-{a} + +{b}")
    assert tree == Bin("+", Neg(Ref(0, "a", 2)), Ref(1, "b", 9))
    assert render(tree, ["38", "1793"]) == "−38 + 1793"


def test_render_keeps_needed_brackets_only():
    for text, shown in [
        ("{a} - ({b} - {c})", "1 − (2 − 3)"),
        ("({a} - {b}) - {c}", "1 − 2 − 3"),
        ("{a} / ({b} * {c})", "1 ÷ (2 × 3)"),
        ("({a} + {b}) * {c}", "(1 + 2) × 3"),
        ("{a} + {b} * {c}", "1 + 2 × 3"),
    ]:
        tree, _ = parse_formula(text)
        assert render(tree, ["1", "2", "3"]) == shown, text


def test_operand_offsets_point_inside_the_braces():
    _, refs = parse_formula("{ ./a } + {../b/c}")
    assert [(ref.text, ref.offset) for ref in refs] == [("./a", 2), ("../b/c", 11)]


@pytest.mark.parametrize(
    ("text", "offset", "says"),
    [
        ("{a} + ", 6, "ends"),
        ("{a} + * {b}", 6, "'*'"),
        ("{a", 0, "never closed"),
        ("{a} }", 4, "without an opening"),
        ("{a} + {}", 6, "empty"),
        ("({a}", 4, "never closed"),
        ("{a})", 3, "without an opening"),
        ("{a} {b}", 4, "operator is missing"),
        ("{a} ^ 2", 4, "unexpected '^'"),
        ("__import__('os')", 0, "unexpected '_'"),
        ("(" * 60 + "{a}" + ")" * 60, 50, "nested"),
        ("-" * 60 + "{a}", 50, "nested"),
        (" + ".join(["{a}"] * 120), 0, "too long"),
        ("{a} + " + "9" * 5000, 6, "longer than 200 digits"),
    ],
)
def test_syntax_errors_carry_their_offset(text, offset, says):
    with pytest.raises(FormulaSyntaxError) as caught:
        parse_formula(text)
    assert caught.value.offset == offset
    assert says in caught.value.reason
