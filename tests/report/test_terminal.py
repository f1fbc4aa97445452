"""The terminal report: plain without a terminal, CJK aligned, failures with their arithmetic."""

from __future__ import annotations

import io
import re

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
    text = terminal.render(sample_doc)
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
