"""Values and units as people write them: the one display rule every report uses."""

from __future__ import annotations

import pytest

from factcheck.checks.judge import Term, show
from factcheck.grammar.values import parse_quantity
from factcheck.model import Literal, Position, Resolved, with_unit


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        ("3.5", "percent", "3.5 percent"),
        ("1.6 million", "persons", "1.6 million persons"),
        ("72,000", "jobs", "72,000 jobs"),
        ("33.18", "$", "$33.18"),
        ("-3", "$", "-$3"),
        ("$33.18", "$", "$33.18"),
        ("2", "€", "€2"),
        ("9", "cents", "9 cents"),
        ("725万", "千瓦", "725万千瓦"),
        ("725", "万千瓦", "725万千瓦"),
        ("57.9", "%", "57.9%"),
        ("57.9%", "%", "57.9%"),
        ("1793", "家", "1793家"),
        ("7.5", "pp", "7.5 pp"),
        ("7.5", "个百分点", "7.5个百分点"),
        ("2800亿元", "亿元", "2800亿元"),
        ("12", None, "12"),
    ],
)
def test_with_unit(value: str, unit: str | None, shown: str) -> None:
    assert with_unit(value, unit) == shown


@pytest.mark.parametrize(("written", "shown"), [("-85万", "(−85万)"), ("−85万", "(−85万)"), ("141175万", "141175万")])
def test_a_negative_operand_is_in_parentheses(written: str, shown: str) -> None:
    literal = Literal(written, parse_quantity(written), Position("f"))
    assert Term(literal, Resolved(written, quantity=literal.quantity)).shown == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [("$33.18", "$33.18"), ("9 cents", "9 cents"), ("3.5 kg", "3.5 kg"), ("3.5公斤", "3.5公斤"), ("3.5%", "3.5%")],
)
def test_computed_values_are_shown_alike(value: str, shown: str) -> None:
    assert show(parse_quantity(value, rounded=False)) == shown
