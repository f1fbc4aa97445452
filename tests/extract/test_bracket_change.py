"""'the 2.0 percent (1.409 million) growth rate of the household population …': the rate is the
change over the level stated before for that subject."""

from __future__ import annotations

from tests.extract.relations_support import run_text

PSA = (
    "The country's labor force was estimated at 43.256 million with the total household population of 15"
    " years old and over registered at 71.014 million. The labor force increased by 542,000 (1.3%) as"
    " against 42.714 million in April 2017 but at slower pace than the 2.0 percent (1.409 million) growth"
    " rate of the household population of 15 years old and over during the period.\n"
)


def _formulas(drafted: dict, value: str) -> list[str]:
    return [c["formula"] for c in drafted.get(value, []) if "formula" in c]


def test_the_rate_is_the_bracketed_change_over_the_level_named(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, PSA)
    assert len(_formulas(drafted, "2.0")) == 1 and not failing


def test_a_wrong_rate_or_change_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, PSA.replace("the 2.0 percent", "the 2.6 percent"))
    assert "formula" in failing
    _, failing, _ = run_text(tmp_path, PSA.replace("(1.409 million)", "(1.809 million)"))
    assert "formula" in failing


def test_a_subject_with_no_level_stated_ties_nothing(tmp_path) -> None:
    other = PSA.replace("growth rate of the household population", "growth rate of the urban population")
    drafted, failing, _ = run_text(tmp_path, other)
    assert not _formulas(drafted, "2.0") and not failing
