"""Operands as written: ids (absolute and relative), numbers like values, source references."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.checks.base import ParseContext
from factcheck.checks.operands import parse_operand
from factcheck.errors import ClaimError
from factcheck.model import ClaimRef, Literal, SourceRef

from .conftest import Locator


def ctx(claim_id: str = "weifang-2022/total", period: str | None = "2022") -> ParseContext:
    return ParseContext(claim_id, Locator(f"claims/{claim_id}.yaml").item(0), 0, period)


@pytest.mark.parametrize(
    ("written", "resolved"),
    [
        ("./national", "weifang-2022/national"),
        ("../2021/total", "2021/total"),
        ("weifang-2021/total", "weifang-2021/total"),
        ("gdp", "gdp"),
        ("./national.yaml", "weifang-2022/national"),
        ("2022-gdp", "2022-gdp"),
        ("2022gdp", "2022gdp"),
    ],
)
def test_claim_ids(written, resolved):
    operand = parse_operand(written, ctx(), "sum", 0)
    assert isinstance(operand, ClaimRef)
    assert (operand.id, operand.written) == (resolved, written)


@pytest.mark.parametrize(
    ("written", "lo", "hi", "unit"),
    [
        ("61.5", "61.45", "61.55", ""),
        ("61.5%", "61.45", "61.55", "%"),
        ("725万", "7245000", "7255000", ""),
        ("12", "12", "12", ""),
    ],
)
def test_numbers_written_like_values(written, lo, hi, unit):
    operand = parse_operand(written, ctx(), "sum", 0)
    assert isinstance(operand, Literal)
    assert (operand.quantity.interval.lo, operand.quantity.interval.hi) == (Fraction(lo), Fraction(hi))
    assert operand.quantity.unit.symbol == unit


def test_yaml_numbers_keep_their_written_text():
    class YamlFloat(float):  # what the loader hands over: a float that remembers its text
        text = "57.90"

    operand = parse_operand(YamlFloat(57.9), ctx(), "sum", 0)
    assert operand.written == "57.90"
    assert operand.quantity.interval.hi - operand.quantity.interval.lo == Fraction(1, 100)
    assert parse_operand(61.5, ctx(), "sum", 0).written == "61.5"


def test_source_reference_defaults_to_the_claims_period():
    operand = parse_operand({"source": "nbs", "series": "gdp"}, ctx(), "sum", 1)
    assert isinstance(operand, SourceRef)
    assert operand.period == "2022"
    assert parse_operand({"source": "nbs", "series": "gdp", "period": 2021}, ctx(), "sum", 1).period == "2021"


@pytest.mark.parametrize("raw", [None, True, [1, 2], "", "12%%", "../../x"])
def test_bad_operands_are_claim_errors_at_their_position(raw):
    with pytest.raises(ClaimError) as caught:
        parse_operand(raw, ctx(), "sum", 2)
    assert caught.value.position == Locator("claims/weifang-2022/total.yaml").locate("checks", 0, "sum", 2)
