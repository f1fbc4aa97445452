"""A formula's syntax error points at its column in the claim file, quoted or plain."""

from __future__ import annotations

from pathlib import Path

import pytest

HEAD = "claim: x\nvalue: 1755\nunit: 家\ncitation: {}\nchecks:\n"


@pytest.mark.parametrize(
    ("item", "at"),
    [
        ('  - formula: "{./a} + * {./b}"', "*"),  # quoted: the `*`
        ("  - formula: '{./a} + * {./b}'", "*"),
        ("  - formula: ({./a}) + * {./b}", "*"),  # plain
        ('  - formula: "2 * {./a} +"', '"'),  # the end of the text: where the closing quote is
        ("  - formula: 2 * {./a} + {./b", "{"),  # the `{` that is never closed
    ],
)
def test_syntax_error_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, item: str, at: str) -> None:
    column = item.rindex(at) + 1
    from factcheck.run.pipeline import RunOptions, validate

    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.yaml").write_text(HEAD + item + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate(RunOptions(paths=[tmp_path / "claims"], cwd=tmp_path))
    (claim,) = result.claims
    formula = [finding for finding in claim.findings if finding.check == "formula"]
    assert [(f.verdict.value, f.position.line, f.position.column) for f in formula] == [("invalid", 6, column)]


@pytest.mark.parametrize(
    ("item", "line", "at"),
    [
        ("  - formula: >-\n      {./a} +\n      * {./b}", 8, "*"),  # a folded block: the text starts below
        ("  - formula: |\n      {./a}\n      + * {./b}", 8, "*"),
        ('  - formula: "{./a} +\n      * {./b}"', 7, "*"),  # a quoted string over two lines
    ],
)
def test_syntax_error_line_and_column_in_a_multi_line_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, item: str, line: int, at: str
) -> None:
    column = item.split("\n")[line - 6].rindex(at) + 1
    from factcheck.run.pipeline import RunOptions, validate

    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.yaml").write_text(HEAD + item + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = validate(RunOptions(paths=[tmp_path / "claims"], cwd=tmp_path))
    (claim,) = result.claims
    formula = [finding for finding in claim.findings if finding.check == "formula"]
    assert [(f.verdict.value, f.position.line, f.position.column) for f in formula] == [("invalid", line, column)]
