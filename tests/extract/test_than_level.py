"""A level, "which is X% less than" an earlier level stated after it, and a second rate joined by "but"."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _growths(tmp_path: Path, text: str) -> dict[str, list[tuple[str, str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [
            (values[c["growth"]["from"][2:]], values[c["growth"]["to"][2:]])
            for c in d.data.get("checks", [])
            if "growth" in c
        ]
        for d in drafts
        if any("growth" in c for c in d.data.get("checks", []))
    }


TEXT = (
    "Exports of fish reached N$4.0 billion in May 2031, which is 2.0% less than its level of N$4.08 billion "
    "recorded in April 2031 but 25.0% higher than N$3.2 billion recorded in May 2030.\n"
)


def test_each_rate_compares_the_level_before_which_is(tmp_path: Path) -> None:
    assert _growths(tmp_path, TEXT) == {
        "-2.0": [("4.08 billion", "4.0 billion")],
        "25.0": [("3.2 billion", "4.0 billion")],
    }
    assert not_verified(tmp_path) == []


def test_a_wrong_rate_is_caught(tmp_path: Path) -> None:
    _growths(tmp_path, TEXT.replace("25.0% higher", "35.0% higher"))
    assert len(not_verified(tmp_path)) == 1


def test_a_rise_said_of_a_fall_is_caught(tmp_path: Path) -> None:
    text = "Exports of fish reached N$4.0 billion in May 2031, which is 2.0% more than its level of N$4.08 billion.\n"
    assert _growths(tmp_path, text) == {"2.0": [("4.08 billion", "4.0 billion")]}
    assert len(not_verified(tmp_path)) == 1


def test_this_was_opens_the_rate_on_the_level_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "Passenger traffic climbed to a new high of 2,460 thousand in 2031. This was 2.5% more than the "
        "previous record of 2,400 thousand, which was set in 2029.\n"
    )
    assert _growths(tmp_path, text) == {"2.5": [("2,400 thousand", "2,460 thousand")]}
    assert not_verified(tmp_path) == []
