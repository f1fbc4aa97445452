"""What an English figure measures: continuations name nothing, the noun after a figure names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import checkdoc
from factcheck.extract.subjects import english_subject, noun_after


@pytest.mark.parametrize(
    ("head", "subject"),
    [
        # a comparison continuing the statement: the subject is the one it continues
        ("The jobless rate was 6.2%, little changed on the month but lower than a year before (", "jobless rate"),
        ("There were 4.1 million people in part-time work, 12,000 more than in spring and", "people in part-time work"),
        ("Retail sales rose 2.0%, slightly", "Retail sales"),
        ("Net lending to firms was £3.1 billion, unchanged from", "Net lending to firms"),
        # a reporting verb is not the subject: "Statistics Ruritania estimates that …"
        ("The bureau estimates that output of steel", "output of steel"),
        # a relative pronoun is not the subject
        ("Some 9.9 million adults were surveyed, of whom", "adults"),
        # stars after a figure mark a note, never a subject
        ("In June, 2.30** million young farmers were active, of whom", "young farmers"),
    ],
)
def test_the_subject_of_a_figure(head: str, subject: str) -> None:
    assert english_subject(head) == subject


@pytest.mark.parametrize(
    ("tail", "subject"),
    [
        ("7.25 million households in rented homes, 3,000 fewer than", "households in rented homes"),
        ("1.2 million unemployed adults (those without work)", "unemployed adults"),
        ("310 farms aged over ten years", "farms"),
        ("4.4 percent above the May figure", ""),  # a unit and a comparison name nothing
        ("15,000 more than a year before", ""),
        ("3 and 4 respectively", ""),
        ("Twelve of the 20 branches", ""),  # a number in words leads its own phrase
    ],
)
def test_the_noun_after_a_figure(tail: str, subject: str) -> None:
    assert noun_after(tail) == subject


def test_drafts_of_a_labour_release_are_named_by_what_they_measure(tmp_path: Path) -> None:
    text = (
        "There were 4.05 million people in part-time work, 12,000 more than in spring and 61,000 more than a "
        "year earlier.\n"
        "The jobless rate was 6.2%, little changed on the quarter but lower than a year earlier (6.5%).\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = checkdoc.prepare([str(source)])
    names = [d.name for d in checked.drafts]
    assert names[0] == "people-part-time"
    assert all(name.startswith("people-part-time") for name in names[:3])
    assert [name for name in names[3:] if not name.startswith("jobless-rate")] == []
