"""Every case of tests/cases/checks/<kind>.yaml, run as one parametrised test.

A case is a claim (`claim:`, id `t/claim` unless `id:` says), the claims it refers to
(`others:`), source values (`sources:`, keyed by the reference's description), one `check:`
item, and what must come out: `verdict`, and optionally the exact `message`, a part of it
(`says`), lines of the explanation (`explains`), the `expected` interval, and where the finding
points (`at`: a path inside the check item). A case with `error:` expects parse_check to
refuse the item at `at`.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.checks.registry import CHECKS
from factcheck.errors import ClaimError
from factcheck.interval import Interval
from factcheck.model import Resolved, Verdict

from .conftest import make_claim, quantity, run_check

CASES = Path(__file__).resolve().parents[1] / "cases" / "checks"


def load_cases() -> list[Any]:
    params = []
    for kind in CHECKS:
        doc = yaml.safe_load((CASES / f"{kind}.yaml").read_text(encoding="utf-8"))
        assert doc["kind"] == kind
        for name, case in doc["cases"].items():
            params.append(pytest.param(kind, case, id=f"{kind}-{name}"))
    return params


def claim_args(spec: Any) -> tuple[str, str | None, dict[str, Any]]:
    """`"38 家"`, `"69%"` or a mapping {value, unit, qualifier, rounded, tolerance, checks}."""
    if isinstance(spec, str):
        value, _, unit = spec.partition(" ")
        return value, unit or None, {}
    options = {
        key: spec[key]
        for key in ("qualifier", "rounded", "tolerance", "checks", "period", "text", "subject", "per")
        if key in spec
    }
    return str(spec["value"]), spec.get("unit"), options


def source_value(spec: Any, name: str) -> Resolved:
    if isinstance(spec, str):
        value, _, unit = spec.partition(" ")
        return Resolved(name, quantity=quantity(value, unit or None))
    if "members" in spec:
        members = {
            member: quantity(*(text.split(" ", 1) if " " in text else (text,)))
            for member, text in spec["members"].items()
        }
        return Resolved(name, members=members)
    return Resolved(name, problem=spec["problem"], verdict=Verdict(spec["verdict"]))


def as_interval(pair: list[Any]) -> Interval:
    lo, hi = (None if end is None else Fraction(str(end)) for end in pair)
    return Interval(lo, hi, lo is not None, hi is not None)


@pytest.mark.parametrize(("kind", "case"), load_cases())
def test_case(kind: str, case: dict[str, Any]) -> None:
    pytest.importorskip("factcheck.grammar.values")
    claim_id = case.get("id", "t/claim")
    value, unit, options = claim_args(case["claim"])
    if "error" in case:
        with pytest.raises(ClaimError) as caught:
            make_claim(claim_id, value, unit, checks=[case["check"]], **options)
        assert case["error"] in caught.value.reason
        _, locator = make_claim(claim_id, value, unit, **options)
        if "at" in case:
            expected = locator.locate("checks", 0, *case["at"])
            assert (caught.value.position.line, caught.value.position.column - case.get("column_offset", 0)) == (
                expected.line,
                expected.column,
            )
        return
    claim, locator = make_claim(claim_id, value, unit, checks=[case["check"]], **options)
    others = {}
    for other_id, spec in (case.get("others") or {}).items():
        other_value, other_unit, other_options = claim_args(spec)
        others[other_id] = make_claim(other_id, other_value, other_unit, **other_options)[0]
    sources = {name: source_value(spec, name) for name, spec in (case.get("sources") or {}).items()}
    finding = run_check(claim, others, sources)
    context = f"{finding.verdict}: {finding.message}\n" + "\n".join(finding.explanation)
    assert finding.verdict.value == case["verdict"], context
    assert finding.check == kind or case["verdict"] == "invalid", context
    if "message" in case:
        assert finding.message == case["message"], context
    if "says" in case:
        assert case["says"] in finding.message, context
    for line in case.get("explains", []):
        assert any(line in shown for shown in finding.explanation), context
    if "expected" in case:
        assert finding.expected == as_interval(case["expected"]), context
    if "at" in case:
        assert finding.position == locator.locate("checks", 0, *case["at"]), context
    assert finding.explanation, "every finding shows its arithmetic"
