"""The terminal report: plain without a terminal, CJK aligned, failures with their arithmetic."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from factcheck.report import terminal

FOREGROUND = re.compile(r"\x1b\[(?:\d+;)*3[0-8](?:;\d+)*m")


def test_plain_text_matches_golden(sample_doc, golden) -> None:
    golden("sample.terminal.txt", terminal.render(sample_doc, width=100))


def test_no_escape_codes_without_a_terminal(sample_doc) -> None:
    text = terminal.render(sample_doc)
    assert "\x1b[" not in text


def test_colour_on_a_terminal_but_not_with_no_color(sample_doc) -> None:
    coloured = io.StringIO()
    terminal.print_report(sample_doc, Console(file=coloured, force_terminal=True, width=100, _environ={}))
    assert FOREGROUND.search(coloured.getvalue())
    plain = io.StringIO()
    terminal.print_report(sample_doc, Console(file=plain, force_terminal=True, width=100, _environ={"NO_COLOR": "1"}))
    assert not FOREGROUND.search(plain.getvalue())  # bold and italic may stay; colours go


def test_cjk_rows_are_aligned(sample_doc) -> None:
    lines = terminal.render(sample_doc, width=160).splitlines()
    rows = [
        line
        for line in lines
        if line.startswith(
            ("pass", "fail", "invalid", "confirmed", "uncited", "contradicted", "misquoted", "unverifiable")
        )
    ]
    assert rows, "the claims table has rows"
    # Every row of one table has the same display width up to its last column's start.
    starts = {cell_len(row[: row.index(row.split()[2])]) for row in rows if len(row.split()) > 2}
    assert len(starts) <= 2


def test_failures_show_file_line_and_arithmetic(sample_doc) -> None:
    text = terminal.render(sample_doc, explain=True)
    failing = [(c, f) for c in sample_doc["claims"] for f in c["findings"] if f["verdict"] == "fail"]
    assert failing
    claim, finding = failing[0]
    assert f"{claim['file']}:{finding['line']}:{finding['column']}" in text
    for line in finding.get("explanation", []):
        assert line in text


def test_quiet_shows_only_what_fails_the_gate(sample_doc) -> None:
    text = terminal.render(sample_doc, quiet=True)
    for claim in sample_doc["claims"]:
        for finding in claim["findings"]:
            location = f"{claim['file']}:{finding['line']}:{finding['column']}"
            if finding["gate"]:
                assert location in text
    assert "gate:" in text


def _terminal(doc, width: int, **options) -> list[str]:
    """The report as a terminal `width` columns wide shows it (colour codes removed)."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=width, _environ={}, soft_wrap=True)
    terminal.print_report(doc, console, **options)
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("width", [80, 100])
def test_at_80_and_100_columns_findings_are_one_line_and_nothing_is_cut(sample_doc, width: int) -> None:
    lines = _terminal(sample_doc, width, verbose=True)
    for claim in sample_doc["claims"]:
        for finding in claim["findings"]:
            if finding["verdict"] in ("pass", "confirmed", "skipped"):
                continue
            head = f"{claim['file']}:{finding['line']}:{finding['column']}  {finding['verdict']}  {finding['check']}"
            whole = [line for line in lines if line.startswith(head)]
            assert whole, head
            assert finding["message"].replace("\n", "\\n") in whole[0]  # the message whole, on its line
    listed = [line for line in lines if line.split(" ", 1)[0] in terminal.STYLES]
    for claim in sample_doc["claims"]:
        row = next(line for line in listed if f" {claim['id'].rsplit('/', 1)[-1]}" in line)
        assert row.split()[0] == claim["verdict"]  # the verdict never cut
        if claim.get("value"):
            assert terminal.shown_value(claim) in row  # nor the value


def test_not_on_a_terminal_no_line_is_broken_however_long(sample_doc) -> None:
    sample_doc["claims"][1]["findings"][0]["message"] = "x " * 400
    text = terminal.render(sample_doc, width=80)
    assert any(line.endswith("x " * 399 + "x") or "x " * 399 in line for line in text.splitlines())


def test_the_arithmetic_shows_on_a_terminal_and_with_explain_only(sample_doc) -> None:
    failing = next(f for c in sample_doc["claims"] for f in c["findings"] if f["verdict"] == "fail")
    line = failing["explanation"][0]
    assert f"    {line}" in _terminal(sample_doc, 100)
    assert line not in terminal.render(sample_doc)
    assert line in terminal.render(sample_doc, explain=True)


def test_qualifiers_are_shown_with_the_value() -> None:
    claims = [
        {
            "id": "a/members",
            "file": "a.yaml",
            "verdict": "pass",
            "value": 800,
            "unit": "家",
            "qualifier": "odd",
            "claim": "企业800多家",
            "findings": [],
        },
        {
            "id": "a/trade",
            "file": "b.yaml",
            "verdict": "pass",
            "value": "340亿",
            "unit": "元",
            "qualifier": "more-than",
            "claim": "超过340亿元",
            "findings": [],
        },
        {
            "id": "a/gdp",
            "file": "c.yaml",
            "verdict": "pass",
            "value": 5,
            "unit": "%",
            "qualifier": "about",
            "claim": "GDP grew about 5%",
            "findings": [],
        },
    ]
    doc = {"summary": {"claims": 3, "by_verdict": {"pass": 3}, "gate": "pass"}, "claims": claims}
    text = terminal.render(doc)
    assert "800多家" in text and "超过340亿元" in text and "about 5%" in text


def test_accepted_findings_are_marked_in_the_findings_and_the_list() -> None:
    findings = [
        {
            "check": "difference",
            "verdict": "fail",
            "line": 3,
            "column": 5,
            "message": "1 − 1 = 0, stated 1",
            "gate": False,
            "baseline": False,
            "accepted": {"by": "claim", "reason": "uses the 2021 rate"},
        }
    ]
    claims = [
        {"id": "a/x", "file": "claims/a/x.yaml", "verdict": "fail", "value": 1, "claim": "x", "findings": findings}
    ]
    doc = {"summary": {"claims": 1, "by_verdict": {"fail": 1}, "gate": "pass"}, "claims": claims}
    text = terminal.render(doc)
    assert "claims/a/x.yaml:3:5  fail  difference  1 − 1 = 0, stated 1  [accepted: uses the 2021 rate]" in text
    assert "fail (accepted)" in text
    assert "1 known finding accepted in claim files" in text


def test_long_runs_list_claims_only_when_verbose(sample_doc) -> None:
    many = [dict(sample_doc["claims"][-1], id=f"w/c{i}", findings=[]) for i in range(terminal.SHORT_RUN + 1)]
    doc = {**sample_doc, "claims": many}
    assert "w/" not in terminal.render(doc)
    assert "c20" in terminal.render(doc, verbose=True)


def test_statistics_count_findings_per_check_and_verdict(sample_doc) -> None:
    text = terminal.render(sample_doc, statistics=True)
    assert re.search(r"^\s+1  citation\s+misquoted$", text, re.MULTILINE)


def test_ten_thousand_claims_render_as_plain_lines(sample_doc) -> None:
    many = [dict(sample_doc["claims"][-1], id=f"w/c{i}", findings=[]) for i in range(10_000)]
    doc = {**sample_doc, "claims": many}
    lines = _terminal(doc, 80, verbose=True)
    assert sum(1 for line in lines if line.startswith(many[0]["verdict"])) == 10_000
