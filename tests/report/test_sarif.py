"""SARIF 2.1.0: validated against the OASIS schema (when the shared fixture is there) and checked by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.report import sarif
from factcheck.report._view import CHECKS

from .conftest import finding, make_doc

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.mark.skipif(not SCHEMA.exists(), reason=f"SARIF schema not found at {SCHEMA}")
def test_validates_against_the_sarif_schema(sample_doc: dict[str, Any]) -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    for doc in (sample_doc, make_doc([]), make_doc([finding(message="x\ny", line=None, column=None)])):
        errors = sorted(validator.iter_errors(json.loads(sarif.render(doc))), key=str)
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_structure(sample_doc: dict[str, Any]) -> None:
    log = json.loads(sarif.render(sample_doc))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(CHECKS)
    assert all(rule["fullDescription"]["text"] for rule in rules)
    levels = [(r["ruleId"], r["level"], r.get("baselineState")) for r in run["results"]]
    assert levels == [
        ("schema", "error", None),
        ("sum", "error", None),
        ("compare", "error", None),
        ("citation", "note", "unchanged"),
        ("citation", "warning", None),
    ]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    total = run["results"][1]
    assert (
        total["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "claims/weifang-2022/tech-platforms-total.yaml"
    )
    assert total["locations"][0]["physicalLocation"]["region"] == {"startLine": 12, "startColumn": 5}
    assert "misses by 1" in total["message"]["text"]


def test_fingerprints_are_stable_across_line_moves_and_unique() -> None:
    first = json.loads(sarif.render(make_doc([finding(index=0), finding(index=1)])))["runs"][0]["results"]
    moved = json.loads(sarif.render(make_doc([finding(index=0, line=40), finding(index=1, line=41)])))
    prints = [r["partialFingerprints"] for r in first]
    assert prints == [r["partialFingerprints"] for r in moved["runs"][0]["results"]]
    assert prints[0] != prints[1]


def test_uri_is_percent_encoded() -> None:
    doc = make_doc([finding()])
    doc["claims"][0]["file"] = "claims/潍坊 2022/a b.yaml"
    (result,) = json.loads(sarif.render(doc))["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "claims/%E6%BD%8D%E5%9D%8A%202022/a%20b.yaml"
