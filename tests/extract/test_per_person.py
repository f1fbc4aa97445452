"""A line per person and the same line for a household of N persons, one abbreviation naming both:
the per-person figure is the household's over N, and so is its earlier level."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "Cost of living, June 2023\n\n"
    "The minimum food basket (MFB) cost $60.10 per person in June 2023, up from $59.80 in May 2023.\n"
    "The MFB for a household of four persons cost $240.40, up from $239.20 in May 2023.\n"
)


def test_the_per_person_line_is_the_household_line_over_its_size(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert kinds(drafted["60.10"]) == kinds(drafted["59.80"]) == ["formula"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, TEXT.replace("$239.20", "$249.20"))
    assert failing == ["formula"]


def test_lines_with_no_abbreviation_in_common_are_left_alone(tmp_path: Path) -> None:
    drafted, _, _ = run_text(tmp_path, TEXT.replace("The MFB for", "The rent for"))
    assert kinds(drafted["60.10"]) == []
