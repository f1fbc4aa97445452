"""The CI formats validate against the schemas of the tools that read them.

- `junit-strict` against the strict JUnit schema of Jenkins' xUnit plugin. The schema below
  states that plugin's junit-10.xsd rules for the elements and attributes we write (which
  attributes each element allows and requires, which children, the time format); the plain
  `junit` format, with `file`/`line` on test cases for GitHub's reporters, is refused by it,
  which is why the strict flavour exists.
- `gitlab` against the Code Quality report format as GitLab documents it: an array of issues
  with `description`, `check_name`, `fingerprint`, `severity` (info, minor, major, critical,
  blocker) and `location.path` with `location.lines.begin`.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
import xmlschema

from factcheck.report import gitlab, junit, junit_strict

JUNIT_STRICT_XSD = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="time">
    <xs:restriction base="xs:string">
      <xs:pattern value="(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\\.[0-9]*)?"/>
    </xs:restriction>
  </xs:simpleType>
  <xs:complexType name="outcome" mixed="true">
    <xs:attribute name="type" type="xs:string"/>
    <xs:attribute name="message" type="xs:string"/>
  </xs:complexType>
  <xs:element name="failure" type="outcome"/>
  <xs:element name="error" type="outcome"/>
  <xs:element name="skipped" type="outcome"/>
  <xs:element name="system-out" type="xs:string"/>
  <xs:element name="system-err" type="xs:string"/>
  <xs:element name="property">
    <xs:complexType>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="value" type="xs:string" use="required"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="properties">
    <xs:complexType>
      <xs:sequence><xs:element ref="property" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:element name="testcase">
    <xs:complexType>
      <xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element ref="skipped"/>
        <xs:element ref="error"/>
        <xs:element ref="failure"/>
        <xs:element ref="system-out"/>
        <xs:element ref="system-err"/>
      </xs:choice>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="time" type="xs:string"/>
      <xs:attribute name="classname" type="xs:string"/>
      <xs:attribute name="group" type="xs:string"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="testsuite">
    <xs:complexType>
      <xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element ref="testsuite"/>
        <xs:element ref="properties"/>
        <xs:element ref="testcase"/>
        <xs:element ref="system-out"/>
        <xs:element ref="system-err"/>
      </xs:choice>
      <xs:attribute name="name" type="xs:string" use="required"/>
      <xs:attribute name="tests" type="xs:string" use="required"/>
      <xs:attribute name="failures" type="xs:string" use="required"/>
      <xs:attribute name="errors" type="xs:string" use="required"/>
      <xs:attribute name="group" type="xs:string"/>
      <xs:attribute name="time" type="time"/>
      <xs:attribute name="skipped" type="xs:string"/>
      <xs:attribute name="timestamp" type="xs:string"/>
      <xs:attribute name="hostname" type="xs:string"/>
      <xs:attribute name="id" type="xs:string"/>
      <xs:attribute name="package" type="xs:string"/>
      <xs:attribute name="file" type="xs:string"/>
      <xs:attribute name="log" type="xs:string"/>
      <xs:attribute name="url" type="xs:string"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="testsuites">
    <xs:complexType>
      <xs:sequence><xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
      <xs:attribute name="name" type="xs:string"/>
      <xs:attribute name="time" type="time"/>
      <xs:attribute name="tests" type="xs:string"/>
      <xs:attribute name="failures" type="xs:string"/>
      <xs:attribute name="errors" type="xs:string"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""

GITLAB_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "type": {"const": "issue"},
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "categories": {"type": "array", "items": {"type": "string"}},
            "content": {"type": "object", "properties": {"body": {"type": "string"}}, "required": ["body"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}, "end": {"type": "integer"}},
                    },
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def strict_junit() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(JUNIT_STRICT_XSD)


def test_junit_strict_validates_against_the_strict_schema(sample_doc, strict_junit) -> None:
    strict_junit.validate(junit_strict.render(sample_doc))


def test_plain_junit_is_what_the_strict_schema_refuses(sample_doc, strict_junit) -> None:
    assert not strict_junit.is_valid(junit.render(sample_doc))  # file/line attributes: why junit-strict exists


def test_junit_strict_keeps_the_place_of_each_failure(sample_doc) -> None:
    text = junit_strict.render(sample_doc)
    assert "claims/weifang-2022/tech-platforms-total.yaml:12:5" in text
    assert ' file="' not in text and ' line="' not in text


def test_gitlab_validates_and_fingerprints_are_unique(sample_doc) -> None:
    issues = json.loads(gitlab.render(sample_doc))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert issues, "the sample has problems to report"
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    severities = {issue["location"]["path"] + ":" + issue["check_name"]: issue["severity"] for issue in issues}
    assert severities["claims/weifang-2022/tech-platforms-total.yaml:factcheck/sum"] == "major"
    assert severities["claims/weifang-2022/power-capacity.yaml:factcheck/citation"] == "info"  # accepted


def test_gitlab_fingerprints_do_not_move_with_lines(sample_doc) -> None:
    before = [issue["fingerprint"] for issue in json.loads(gitlab.render(sample_doc))]
    for claim in sample_doc["claims"]:
        for finding in claim["findings"]:
            finding["line"] += 3
    assert [issue["fingerprint"] for issue in json.loads(gitlab.render(sample_doc))] == before


def test_an_empty_run_is_an_empty_array_and_a_valid_junit(strict_junit) -> None:
    doc = {"summary": {"claims": 0, "by_verdict": {}, "gate": "pass"}, "claims": []}
    assert json.loads(gitlab.render(doc)) == []
    strict_junit.validate(junit_strict.render(doc))
