"""JUnit XML: one test case per finding, as CI test reporters read it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from factcheck.report import junit

from .conftest import finding, make_doc


def cases(doc: dict[str, Any]) -> list[ET.Element]:
    return ET.fromstring(junit.render(doc)).findall("./testsuite/testcase")


def test_sample_counts_and_attributes(sample_doc: dict[str, Any]) -> None:
    root = ET.fromstring(junit.render(sample_doc))
    suite = root.find("testsuite")
    assert suite is not None
    counts = [suite.get(key) for key in ("tests", "failures", "errors", "skipped")]
    assert counts == ["8", "2", "1", "2"]
    assert root.get("tests") == "8"
    total = [c for c in suite if c.get("name") == "weifang-2022/tech-platforms-total: sum"][0]
    assert total.get("classname") == total.get("file") == "claims/weifang-2022/tech-platforms-total.yaml"
    assert total.get("line") == "12"
    failure = total.find("failure")
    assert failure is not None and failure.get("type") == "fail"
    assert failure.get("message") == "38 + 320 + 1435 = 1793, stated 1794"
    assert "misses by 1 (0.056%)" in (failure.text or "")


def test_invalid_and_error_are_errors_and_pending_is_skipped() -> None:
    doc = make_doc(
        [
            finding("invalid", check="schema"),
            finding("error", check="compare"),
            finding("pending", gate=False, check="compare"),
            finding("skipped", gate=False, check="same"),
        ]
    )
    outcomes = [[child.tag for child in case] for case in cases(doc)]
    assert outcomes == [["error"], ["error"], ["skipped"], ["skipped"]]


def test_non_gating_problem_passes_with_its_message_and_baseline_is_skipped() -> None:
    doc = make_doc(
        [
            finding("uncited", gate=False, check="citation", message="no citation"),
            finding("fail", gate=False, baseline=True),
        ]
    )
    uncited, accepted = cases(doc)
    assert [c.tag for c in uncited] == ["system-out"] and "no citation" in (uncited[0].text or "")
    assert accepted[0].tag == "skipped" and "accepted by the baseline" in (accepted[0].get("message") or "")


def test_duplicate_names_are_made_unique_for_gitlab() -> None:
    doc = make_doc([finding(), finding(), finding(check="same")])
    assert [c.get("name") for c in cases(doc)] == ["a/b: sum", "a/b: sum (2)", "a/b: same"]


def test_claim_without_findings_is_one_passing_case() -> None:
    doc = make_doc([], verdict="pass")
    (case,) = cases(doc)
    assert case.get("name") == "a/b" and list(case) == []


def test_escaping_and_characters_xml_cannot_hold() -> None:
    doc = make_doc([finding(message='<b>&"quoted"\x00\x1b</b>', explanation=["]]> end"])])
    (case,) = cases(doc)  # parses: nothing broke the XML
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == '<b>&"quoted"\ufffd\ufffd</b>'
    assert "]]> end" in (failure.text or "")
