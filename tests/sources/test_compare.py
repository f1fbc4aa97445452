"""Verdicts of `compare` (see docs/sources.md): confirmed, contradicted, revised, unverifiable, error."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.checks.compare import evaluate_compare
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_quantity
from factcheck.interval import Interval
from factcheck.model import PURE, Claim, Kind, Position, Quantity, Resolved, Verdict

from .conftest import ref

EVIDENCE = {
    "source": "wb",
    "series": "NY.GDP.MKTP.CD",
    "period": "2019",
    "value": "5081769542379.77",
    "citation": {"title": "World Development Indicators"},
    "url": "http://127.0.0.1/x",
    "retrieved": "2026-11-26T21:00:00Z",
    "origin": "network",
}


def claim(value: str, unit: str | None, kind: Kind = Kind.FACT, tolerance: str | None = None) -> Claim:
    compare = ref("wb", "NY.GDP.MKTP.CD", "2019", where={"country": "JPN"}, tolerance=tolerance, line=11)
    return Claim(
        id="jp/gdp",
        file="claims/jp/gdp.yaml",
        text=f"GDP {value}",
        value_text=value,
        quantity=parse_quantity(value, unit),
        kind=kind,
        position=Position("claims/jp/gdp.yaml"),
        positions={},
        compare=compare,
        unit_text=unit,
    )


def source(value: str, unit: str | None = None) -> Resolved:
    factor, parsed = parse_unit(unit) if unit else (Fraction(1), PURE)
    return Resolved(
        "wb:NY.GDP.MKTP.CD",
        quantity=Quantity(Interval.point(Fraction(value) * factor), parsed),
        evidence=dict(EVIDENCE, value=value),
    )


def test_confirmed_shows_value_period_and_citation() -> None:
    finding = evaluate_compare(claim("5.08万亿", "美元"), source("5081769542379.77", "USD"))
    assert finding.verdict is Verdict.CONFIRMED and finding.check == "compare"
    assert finding.position == Position("claims/x.yaml", 11, 1)  # the compare block's position
    assert "5081769542379.77" in finding.message and "2019" in finding.message
    assert any("World Development Indicators" in line for line in finding.explanation)
    assert finding.evidence["citation"] == {"title": "World Development Indicators"}
    assert finding.expected == Interval.point(Fraction("5081769542379.77"))
    assert finding.stated == Interval(Fraction("5.075e12"), Fraction("5.085e12"))


def test_contradicted_says_by_how_much() -> None:
    finding = evaluate_compare(claim("5.2万亿", "美元"), source("5081769542379.77", "USD"))
    assert finding.verdict is Verdict.CONTRADICTED
    assert any(line.startswith("miss: ") for line in finding.explanation)


def test_an_estimate_that_the_source_contradicts_is_revised() -> None:
    finding = evaluate_compare(claim("5.2万亿", "美元", Kind.ESTIMATE), source("5081769542379.77", "USD"))
    assert finding.verdict is Verdict.REVISED and "revised" in finding.message


def test_tolerance_widens_the_source_value() -> None:
    finding = evaluate_compare(claim("5.2万亿", "美元", tolerance="3%"), source("5081769542379.77", "USD"))
    assert finding.verdict is Verdict.CONFIRMED
    assert finding.expected == Interval.point(Fraction("5081769542379.77"))  # what the source says
    assert any(line.startswith("tolerance 3%: [") for line in finding.explanation)


def test_a_pure_source_value_takes_the_claims_unit() -> None:
    finding = evaluate_compare(claim("61.5%", None), source("61.48"))
    assert finding.verdict is Verdict.CONFIRMED
    assert evaluate_compare(claim("61.5%", None), source("61.6")).verdict is Verdict.CONTRADICTED


def test_a_source_interval_overlapping_is_confirmed() -> None:
    csv_value = Resolved("csv", quantity=parse_quantity("61%"), evidence={"value": "61%", "period": "2021"})
    assert evaluate_compare(claim("61.4%", None), csv_value).verdict is Verdict.CONFIRMED


def test_units_are_compared_in_the_claims_unit() -> None:
    finding = evaluate_compare(claim("725万", "千瓦"), source("7.25", "GW"))
    assert finding.verdict is Verdict.CONFIRMED


def test_different_dimensions_contradict_naming_both_units() -> None:
    finding = evaluate_compare(claim("1793", "家"), source("1793", "USD"))
    assert finding.verdict is Verdict.CONTRADICTED
    assert "stated in 家" in finding.message and "USD" in finding.message and finding.expected is None


@pytest.mark.parametrize("verdict", [Verdict.UNVERIFIABLE, Verdict.ERROR, Verdict.INVALID])
def test_no_value_passes_the_problem_through(verdict: Verdict) -> None:
    missing = Resolved(
        "wb:x",
        problem="offline: no cached or pinned response for GET http://x",
        verdict=verdict,
        evidence={"source": "wb", "citation": {"title": "WDI"}},
    )
    finding = evaluate_compare(claim("5.08万亿", "美元"), missing)
    assert finding.verdict is verdict and "offline: no cached" in finding.message
    assert finding.expected is None and finding.stated is not None
