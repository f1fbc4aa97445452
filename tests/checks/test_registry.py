"""The registry: every kind documented (docstring, docs/checks.md), tested (a cases file whose
messages include the docstring's examples), and described in the claim schema."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factcheck.checks.registry import CHECKS, check_item_schema, check_json_schemas, checks_markdown, get

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "tests" / "cases" / "checks"


def test_registry_lists_the_kinds_of_the_spec():
    spec = ["sum", "difference", "ratio", "share", "growth", "rank", "same", "formula"]
    assert list(CHECKS) == [*spec, "contributions", "order"]
    for kind, module in CHECKS.items():
        assert module.ID == kind
        assert get(kind) is module
    with pytest.raises(ValueError, match="no such check"):
        get("total")


@pytest.mark.parametrize("kind", list(CHECKS))
def test_docstring_is_user_documentation(kind):
    doc = CHECKS[kind].__doc__ or ""
    assert doc.startswith(f"{kind}: ")
    assert f"  - {kind}:" in doc, "a YAML example of the check"
    assert re.search(r"^Passes", doc, re.M) and re.search(r"^Fails", doc, re.M)


def _examples(doc: str) -> list[tuple[str, str]]:
    """(verdict, message) of the docstring's "Passes ...: `message`" and "Fails ..." paragraphs."""
    found = []
    for paragraph in doc.split("\n\n"):
        text = " ".join(paragraph.split())
        match = re.match(r"(Passes|Fails)\b.*`([^`]+)`$", text)
        if match:
            found.append(("pass" if match.group(1) == "Passes" else "fail", match.group(2)))
    return found


@pytest.mark.parametrize("kind", list(CHECKS))
def test_docstring_examples_are_tested_cases(kind):
    cases = yaml.safe_load((CASES / f"{kind}.yaml").read_text(encoding="utf-8"))["cases"]
    tested = {(case["verdict"], case["message"]) for case in cases.values() if "message" in case}
    examples = _examples(CHECKS[kind].__doc__ or "")
    assert [verdict for verdict, _ in examples] == ["pass", "fail"]
    for example in examples:
        assert example in tested, f"docstring example {example} is not a case of {kind}.yaml"


def test_docs_match_docstrings():
    written = (REPO / "docs" / "checks.md").read_text(encoding="utf-8")
    assert written == checks_markdown(), "regenerate docs/checks.md from factcheck.checks.registry.checks_markdown()"
    for kind in CHECKS:
        assert f"## `{kind}`" in written


def test_schema_accepts_every_case_and_refuses_nonsense():
    jsonschema = pytest.importorskip("jsonschema")
    item = check_item_schema()
    validator = jsonschema.Draft202012Validator(item)
    for kind in CHECKS:
        cases = yaml.safe_load((CASES / f"{kind}.yaml").read_text(encoding="utf-8"))["cases"]
        for name, case in cases.items():
            errors = list(validator.iter_errors(case["check"]))
            if "error" not in case:
                assert not errors, f"{kind}/{name}: {errors[0].message if errors else ''}"
    bad_items = (
        {"sum": "./a"},
        {"total": [1, 2]},
        {"share": {"part": "./a"}},
        {"rank": {"of": "./a", "among": [], "order": "up"}},
    )
    for bad in bad_items:
        assert list(validator.iter_errors(bad)), bad


def test_per_kind_schemas_are_self_contained():
    jsonschema = pytest.importorskip("jsonschema")
    schemas = check_json_schemas()
    assert set(schemas) == set(CHECKS)
    assert "$ref" not in repr(schemas)
    jsonschema.Draft202012Validator(schemas["sum"]).validate(["./a", 12, {"source": "nbs", "series": "x"}])
