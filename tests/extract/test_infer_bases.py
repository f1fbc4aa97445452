"""Figures of comparison and figures of an earlier period the text does not state.

A `same` pairs only one fact: "the revised May figure of" two different series are two facts.
A change against an earlier period the text does not give (比1—6月份回落0.1个百分点, 比上年末增加4万人,
"an increase of 400 when compared to the July 2015 figure") is a complete check under `x-todo`
whose outside operand is a source placeholder.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_infer import relations

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

TWO_MAY_FIGURES = (
    "Building Permits\n"
    "Single-family authorizations in June were at a rate of 934,000; this is 2.3 percent below the revised "
    "May figure of 956,000.\n"
    "Housing Starts\n"
    "Single-family housing starts in June were at a rate of 980,000; this is 2.2 percent below the revised "
    "May figure of 1,002,000. Authorizations of units in buildings with five units or more were at a rate "
    "of 460,000 in June. The June rate for units in buildings with five units or more was 360,000.\n"
)


def _failures(tmp_path: Path, text: str) -> list[str]:
    document = tmp_path / "doc.txt"
    document.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
    return [f.message for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error", "invalid")]


def test_two_bases_of_comparison_with_the_same_words_are_not_one_fact(tmp_path: Path) -> None:
    checks, _ = relations(TWO_MAY_FIGURES)
    assert not [c for c in checks if c[1] == "same"]
    assert _failures(tmp_path, TWO_MAY_FIGURES) == []


def test_a_base_restated_in_the_same_sentence_is_one_fact() -> None:
    sentence = "The CPIH rose by 6.2% in the 12 months to March 2022, up from 5.5% in February."
    checks, _ = relations(f"{sentence}\nOther prices were little changed.\n{sentence} This is the highest.\n")
    assert ("5.5", "same", ("5.5",)) in checks
    assert ("6.2", "same", ("6.2",)) in checks


def test_a_planted_error_in_a_restated_figure_is_caught(tmp_path: Path) -> None:
    text = (
        "Total nonfarm payroll employment rose by 263,000 in March, the bureau reported today.\n"
        "Household survey data were little changed.\n"
        "Total nonfarm payroll employment increased by 236,000 in March, compared with the average gain.\n"
    )
    assert any("236,000" in m or "263,000" in m for m in _failures(tmp_path, text))
