"""A headline restating the body with another form of its verb ("earning $20 an hour" over "earned
$19.80 an hour"): one fact, `same`; another subject with the same verb is not."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "Average worker earning $20 an hour\n\n"
    "The average worker earned $19.80 an hour in March 2023, according to the latest wage survey.\n"
)


def test_a_headline_with_another_verb_form_restates_the_body(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert kinds(drafted["20"] + drafted["19.80"]) == ["same"]
    assert failing == []
    _, failing, _ = run_text(tmp_path, TEXT.replace("$19.80", "$24.80"))
    assert failing == ["same"]


def test_another_subject_with_the_same_verb_is_another_fact(tmp_path: Path) -> None:
    drafted, _, _ = run_text(tmp_path, TEXT.replace("The average worker", "The average manager"))
    assert kinds(drafted["20"] + drafted["19.80"]) == []
