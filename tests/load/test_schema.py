"""schema: placed one-line reasons, the JSON Schema for editors, and a light import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.load.schema import CITATION_KEYS, TOP_KEYS, claim_json_schema, schema_problems
from factcheck.yamlio.reader import parse_yaml

CLAIMS = Path(__file__).resolve().parents[1] / "claims"


def reasons(text: str) -> list[tuple[int, int, str]]:
    doc = parse_yaml(text)
    assert doc.ok, doc.problems
    return sorted((p.line, p.column, p.reason) for p in schema_problems(doc))


def test_a_good_claim_has_no_problems() -> None:
    assert reasons("claim: x\nvalue: 1\ncitation: {}\nx-a: [1]\n") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("claim: x\nvalue: null\ncitation: {}\n", (2, 8, "`value` must be a number or a string, not null")),
        ("claim: x\nvalue: [1]\ncitation: {}\n", (2, 8, "`value` must be a number or a string, not a list")),
        ("claim: x\nvalue: {a: 1}\ncitation: {}\n", (2, 8, "`value` must be a number or a string, not a mapping")),
        (
            "claim: x\nvalue: on\ncitation: {}\n",
            (2, 8, '`value` must be a number or a string, not a boolean (YAML reads `on` as true; quote it: "on")'),
        ),
        (
            "claim: 12\nvalue: 1\ncitation: []\n",
            (3, 11, "`citation` must be a mapping of citation keys, {} or null, not a list"),
        ),
        ("claim: x\nvalue: 1\ncitation: {}\nsubject: {a: 1}\n", (4, 10, "`subject` must be text, not a mapping")),
        (
            "claim: x\nvalue: 1\ncitation: {}\ncompare: [nbs]\n",
            (4, 10, "`compare` must be a source reference mapping (source:, series:, ...), not a list"),
        ),
        ("claim: x\nvalue: 1\ncitation: {quote: 1793, locator: 3}\n", None),
        ("claim: x\nvalue: 1\ncitation: {}\nperiod: 2022\nunit: 1\n", None),
        (
            "claim: x\nvalue: 1\ncitation:\n  published: 2023-01-05\n  accessed: '2026-11-20'\n  url: https://a.cn/x\n",
            None,
        ),
        (
            "claim: x\nvalue: 1\ncitation:\n  published: 2023-02-30\n",
            (4, 14, "`citation.published` must be a date YYYY-MM-DD, not `2023-02-30`"),
        ),
        (
            "claim: x\nvalue: 1\ncitation:\n  accessed: yesterday\n",
            (4, 13, "`citation.accessed` must be a date YYYY-MM-DD, not `yesterday`"),
        ),
        (
            "claim: x\nvalue: 1\ncitation:\n  url: ftp://a.cn/x\n",
            (4, 8, "`citation.url` must be an http(s) URL, not `ftp://a.cn/x`"),
        ),
    ],
)
def test_type_reasons(text: str, expected) -> None:
    assert reasons(text) == ([expected] if expected else [])


def test_keys_of_mappings_inside_citation_and_suggestions() -> None:
    got = reasons("claim: x\nvalue: 1\ncitation:\n  publsher: a\n  pages: 3\nqualifer: about\n")
    assert got == [
        (4, 3, "unknown key `publsher` in `citation` (did you mean `publisher`?)"),
        (5, 3, "unknown key `pages` in `citation`"),
        (6, 1, "unknown key `qualifer` (did you mean `qualifier`?)"),
    ]


def test_missing_keys_are_at_the_mapping() -> None:
    assert reasons("# comment\n\nunit: 家\n") == [
        (3, 1, "missing required key `citation` (use `citation: {}` for an uncited claim)"),
        (3, 1, "missing required key `claim` (the claim as stated, verbatim)"),
        (3, 1, "missing required key `value` (the number as stated)"),
    ]


def test_json_schema_is_valid_and_describes_every_key() -> None:
    schema = claim_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == set(TOP_KEYS) and schema["required"] == ["claim", "value", "citation"]
    assert all(schema["properties"][key].get("description") for key in TOP_KEYS)
    citation = schema["$defs"]["Citation"]
    assert set(citation["properties"]) == set(CITATION_KEYS)
    json.dumps(schema)  # plain JSON


def test_json_schema_agrees_with_the_loader_on_the_sample_files() -> None:
    validator = jsonschema.Draft202012Validator(claim_json_schema())
    for path in sorted((CLAIMS / "valid").rglob("*.y*ml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # YAML dates become strings in our loader; the schema sees them as text as well
        data = json.loads(json.dumps(data, default=str))
        assert list(validator.iter_errors(data)) == [], path
    assert list(validator.iter_errors({"claim": "x", "value": 1, "citation": None, "vaule": 2}))
    assert list(validator.iter_errors({"claim": "x", "value": True, "citation": {}}))
    assert list(validator.iter_errors({"claim": "x", "value": 1, "citation": {}, "checks": [{"summ": ["a"]}]}))
    assert not list(validator.iter_errors({"claim": "x", "value": 1, "citation": {}, "checks": [{"sum": ["./a", 1]}]}))


def test_importing_the_loader_does_not_import_pydantic() -> None:
    code = (
        "import sys, factcheck.load.claims, factcheck.load.schema, factcheck.checks.citation, factcheck.yamlio.reader;"
        "print(sorted(m for m in ('pydantic', 'httpx', 'jsonschema') if m in sys.modules))"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": src, "PATH": ""}
    )
    assert out.stdout.strip() == "[]"


REPO = Path(__file__).resolve().parents[2]


def _schema_errors(data: dict) -> list:
    return list(jsonschema.Draft202012Validator(claim_json_schema()).iter_errors(data))


@pytest.mark.parametrize(
    "period", ["2022", 2022, "2022-11", "2022-Q3", "2022-q3", "2022-H1", "2022-08-26", "2022-01/2022-11", "２０２２"]
)
def test_the_schema_accepts_every_period_form(period) -> None:
    assert _schema_errors({"claim": "x", "value": 1, "citation": {}, "period": period}) == []


@pytest.mark.parametrize("period", ["22", "2022/", "2022-Q5", "last year", "2022-1", "2022-11-3"])
def test_the_schema_refuses_what_is_no_period(period) -> None:
    assert _schema_errors({"claim": "x", "value": 1, "citation": {}, "period": period})


def test_the_qualifier_enum_holds_the_names_and_the_words_the_loader_reads() -> None:
    from factcheck.grammar.qualifiers import parse_qualifier
    from factcheck.grammar.vocab import QUALIFIER_WORDS, QUALIFIERS

    enum = claim_json_schema()["properties"]["qualifier"]["anyOf"][0]["enum"]
    assert set(QUALIFIERS) <= set(enum) and set(QUALIFIER_WORDS) <= set(enum)
    for word in enum:
        parse_qualifier(word)  # every word the editor offers, the loader reads
    assert _schema_errors({"claim": "x", "value": 1, "citation": {}, "qualifier": "roughly-ish"})


def test_every_corpus_claim_satisfies_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(claim_json_schema())
    for path in sorted((REPO / "claims").rglob("*.yaml")):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        assert list(validator.iter_errors(data)) == [], path


def test_accept_entries_in_the_schema() -> None:
    good = {"claim": "x", "value": 1, "citation": {}, "accept": [{"check": "difference", "reason": "known"}]}
    assert _schema_errors(good) == []
    assert _schema_errors({**good, "accept": [{"check": "diference", "reason": "known"}]})
    assert _schema_errors({**good, "accept": [{"check": "difference"}]})
