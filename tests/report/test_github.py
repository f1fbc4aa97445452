"""GitHub workflow commands: escaping, levels, the per-step limits, and the job summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.report import github

from .conftest import finding, make_doc


def test_escaping_of_data_and_properties() -> None:
    assert github.escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = github.command("error", "x: 1, y\n2", file="claims/a,b.yaml", line=3, col=4, title="id: sum")
    assert line == "::error file=claims/a%2Cb.yaml,line=3,col=4,title=id%3A sum::x: 1, y%0A2"


def test_levels_from_gate_and_baseline(sample_doc: dict[str, Any]) -> None:
    lines = github.render(sample_doc).splitlines()
    assert lines[0] == "::group::factcheck annotations" and "::endgroup::" in lines
    commands = [line.split(" ", 1)[0] for line in lines if line.startswith("::") and "group" not in line]
    assert commands == ["::error", "::error", "::error", "::warning", "::notice"]
    error = lines[2]
    assert error.startswith(
        "::error file=claims/weifang-2022/tech-platforms-total.yaml,line=12,col=5,"
        "title=weifang-2022/tech-platforms-total%3A sum (Check failed)::"
    )
    assert "%0Acomputed [1793, 1793] vs stated [1794, 1794]: misses by 1 (0.056%25)" in error
    assert lines[-1] == "factcheck: gate failed: 3 failing, 1 warnings, 1 accepted"


@pytest.mark.parametrize(("count", "shown"), [(9, 9), (10, 10), (11, 10), (60, 10)])
def test_at_most_ten_annotations_per_level_the_last_counting_the_rest(count: int, shown: int) -> None:
    doc = make_doc([finding(index=i) for i in range(count)] + [finding("uncited", gate=False)] * count)
    lines = github.render(doc).splitlines()
    errors = [line for line in lines if line.startswith("::error")]
    warnings = [line for line in lines if line.startswith("::warning")]
    assert len(errors) == shown and len(warnings) == shown
    if count > 10:
        assert errors[-1].startswith("::error title=factcheck%3A ")
        assert f"{count - 9} more factcheck findings of level error" in errors[-1]
    assert len(errors) + len(warnings) <= github.PER_JOB


def test_write_step_summary(tmp_path: Path, sample_doc: dict[str, Any]) -> None:
    assert github.write_step_summary(sample_doc, environ={}) is None
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    assert github.write_step_summary(sample_doc, environ={"GITHUB_STEP_SUMMARY": str(target)}) == target
    text = target.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck: ❌ gate failed")


def test_step_summary_stays_under_one_mebibyte() -> None:
    long = "全" * 3000
    doc = make_doc([finding(index=i, message=long) for i in range(600)])
    summary = github.step_summary(doc)
    assert len(summary.encode("utf-8")) <= github.SUMMARY_LIMIT
    assert "more findings left out" in summary
