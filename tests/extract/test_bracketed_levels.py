"""A rate of change with its levels in brackets after the words of a comparison, or "to A from B"."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _growth_checks(tmp_path: Path, text: str) -> dict[str, list]:
    drafts = drafts_of(tmp_path, text)
    names = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [
            (names[c["growth"]["from"][2:]], names[c["growth"]["to"][2:]])
            for c in d.data.get("checks", [])
            if "growth" in c
        ]
        for d in drafts
    }


def test_each_rate_takes_the_level_in_brackets_after_its_comparison(tmp_path: Path) -> None:
    text = (
        "Imports of machinery fell by 2.0% in Q2 2031 ($490 million) compared to Q1 2031 ($500 million), "
        "but rose by 22.5% over Q2 2030 ($400 million).\n"
    )
    checks = _growth_checks(tmp_path, text)
    assert checks["-2.0"] == [("500 million", "490 million")]
    assert checks["22.5"] == [("400 million", "490 million")]
    assert not_verified(tmp_path) == []


def test_a_rate_to_a_level_from_another(tmp_path: Path) -> None:
    text = "For the full year 2031, exports of tea increased by 25.0% to $150 million from $120 million in 2030.\n"
    assert _growth_checks(tmp_path, text)["25.0"] == [("120 million", "150 million")]


def test_an_inconsistent_rate_is_caught(tmp_path: Path) -> None:
    text = "Exports of tea increased by 30.0% to $150 million from $120 million.\n"
    assert _growth_checks(tmp_path, text)["30.0"] == [("120 million", "150 million")]
    assert len(not_verified(tmp_path)) == 1


def test_two_levels_of_now_draft_nothing(tmp_path: Path) -> None:
    text = "Exports were $150 million and imports $90 million in Q2 2031, 4.0% more than Q1 2031 ($144 million).\n"
    assert all(not found for found in _growth_checks(tmp_path, text).values())
