"""An unknown unit gets an `unverifiable` finding with the nearest known unit; known ones none."""

from __future__ import annotations

import pytest

from factcheck.checks.registry import evaluate, unit_spec
from factcheck.grammar.units import nearest_unit
from factcheck.model import Verdict

from .conftest import make_claim


@pytest.mark.parametrize(
    ("value", "unit", "message"),
    [
        ("1.6 million", "persosn", "unknown unit 'persosn' — did you mean 'persons'?"),
        ("12", "dollers", "unknown unit 'dollers' — did you mean 'dollars'?"),
        ("3", "percnt", "unknown unit 'percnt' — did you mean 'percent'?"),
        ("12", "车公里", "unknown unit '车公里': only values in the same unit combine with it"),
        ("60", "美元/罐", "unknown unit '罐': only values in the same unit combine with it"),
        ("5", "widgets", "unknown unit 'widgets': only values in the same unit combine with it"),
    ],
)
def test_unknown_units_get_a_finding(value: str, unit: str, message: str) -> None:
    claim, _ = make_claim("t/claim", value, unit)
    (finding,) = evaluate(unit_spec(claim), claim, {})
    assert (finding.check, finding.verdict, finding.message) == ("unit", Verdict.UNVERIFIABLE, message)


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("2", "年"),
        ("9", "类"),
        ("3.0", "特斯拉"),
        ("1.6 million", "persons"),
        ("85698", "元/人"),
        ("461.74", "公斤/亩"),
        ("9", "cents"),
        ("7.52", "‰"),
        ("12.5", "per 100,000"),
        ("1200", "dollars per person"),
        ("80", "美元/桶"),
        ("25", "bp"),
        ("3.2", "万吨标准煤"),
        ("3", None),
    ],
)
def test_known_units_get_none(value: str, unit: str | None) -> None:
    claim, _ = make_claim("t/claim", value, unit)
    assert evaluate(unit_spec(claim), claim, {}) == []


def test_no_suggestion_for_short_or_far_words() -> None:
    assert nearest_unit("xyz") is None
    assert nearest_unit("桶") is None
