"""A title restating a body figure in other words: "rate of change" for "rate of growth", a period
written with an ordinal ("2nd Quarter 2031")."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def test_a_title_rate_of_change_is_the_body_rate_of_growth(tmp_path: Path) -> None:
    text = (
        "Retail sales volume annual rate of change was 4.2%\n\n"
        "Retail sales volume annual rate of change was 4.2% - 2nd Quarter 2031\n\n"
        "In the second quarter of 2031, the retail sales volume of Ruritania registered an annual rate "
        "of growth of 4.2% (3.1% in the first quarter). Food sales rose by 2.0%.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    body = [c for c in drafted["4.2"] if c.get("same", "").endswith("growth")]
    assert len(body) == 2  # each title line points at the body's figure
    assert failing == []


def test_a_title_of_another_subject_ties_nothing(tmp_path: Path) -> None:
    text = (
        "Wholesale price annual rate of change was 4.2%\n\n"
        "In the second quarter of 2031, the retail sales volume of Ruritania registered an annual rate "
        "of growth of 4.2%.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert not any("same" in c for c in drafted["4.2"])
