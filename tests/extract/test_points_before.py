"""Points between the rate of the sentence before and the rate named after "than"."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "The Housing group recorded a year-on-year inflation rate of 6.4 percent in March 2031. "
    "The Housing inflation for March 2031 was 0.3 percentage point lower than the 6.7 percent recorded "
    "for February 2031.\n"
)


def test_the_points_take_the_rate_of_the_sentence_before(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert kinds(drafted["-0.3"]) == ["difference"] and not failing
    _, failing, _ = run_text(tmp_path, TEXT.replace("of 6.4 percent", "of 6.1 percent"))
    assert failing == ["difference"]


def test_a_sentence_before_of_another_subject_gives_no_rate(tmp_path: Path) -> None:
    text = TEXT.replace("The Housing group recorded", "The Transport group recorded")
    drafted, _, _ = run_text(tmp_path, text)
    assert "difference" not in kinds(drafted["-0.3"])
