"""Markdown PR comment: sections, escaping, and the size limit."""

from __future__ import annotations

from typing import Any

from factcheck.report import markdown

from .conftest import finding, make_doc


def test_sections(sample_doc: dict[str, Any]) -> None:
    text = markdown.render(sample_doc)
    assert text.startswith("## factcheck: ❌ gate failed\n")
    assert "| ❌ fail | 1 |" in text
    assert "### Failures (3)" in text and "### Warnings (1)" in text
    assert "```text\n38 (./tech-platforms-national) → [38, 38]" in text
    assert "<details><summary>Accepted (1)</summary>" in text
    assert "<details><summary>All claims (7)</summary>" in text


def test_claim_text_cannot_inject_html_or_break_tables() -> None:
    doc = make_doc([finding(message="<img src=x onerror=alert(1)> | `code` *bold*")])
    doc["claims"][0]["claim"] = "a | b <script>"
    doc["claims"][0]["id"] = "a|b"
    text = markdown.render(doc)
    assert "<img" not in text and "<script>" not in text
    assert "&lt;img src=x onerror=alert(1)&gt; \\| \\`code\\` \\*bold\\*" in text
    assert "| `a\\|b` |" in text and "a \\| b &lt;script&gt;" in text


def test_code_spans_and_blocks_survive_backticks() -> None:
    assert markdown.code("a`b") == "``a`b``"
    assert markdown.code("`x") == "`` `x ``"
    assert markdown.block(["```", "x"]).startswith("````text\n")


def test_passing_report() -> None:
    doc = make_doc([finding("pass", gate=False)], verdict="pass")
    doc["summary"]["gate"] = "pass"
    text = markdown.render(doc)
    assert text.startswith("## factcheck: ✅ gate passed") and "### Failures" not in text


def test_long_reports_are_cut_with_a_count() -> None:
    doc = make_doc([finding(index=i, message="x" * 500) for i in range(400)])
    text = markdown.render(doc)
    assert len(text) <= markdown.COMMENT_LIMIT
    assert "more findings left out" in text
