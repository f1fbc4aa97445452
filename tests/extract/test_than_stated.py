"""A figure said to be higher or lower than the next figure of its sentence."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _orders(tmp_path: Path, text: str) -> dict[str, list[object]]:
    drafts = drafts_of(tmp_path, text)
    values = {f"./{d.name}": d.data["value"] for d in drafts}
    found: dict[str, list[object]] = {}
    for d in drafts:
        for c in d.data.get("checks", []):
            if "order" in c:
                body = c["order"]
                found.setdefault(d.data["value"], []).append(
                    [values[r] for r in body]
                    if isinstance(body, list)
                    else ([values[r] for r in body["then"]], body["order"])
                )
    return found


def test_higher_than_the_average_stated_after(tmp_path: Path) -> None:
    text = (
        "Within the fuel group, diesel recorded a rate of 12.4 percent which is higher than the group's "
        "average rate of 9.1 percent.\n"
    )
    assert _orders(tmp_path, text) == {"12.4": [["9.1"]]}
    assert not_verified(tmp_path) == []


def test_a_list_respectively_above_the_average(tmp_path: Path) -> None:
    text = (
        "North and South recorded 8.2 percent and 7.9 percent, respectively, above the national average "
        "of 7.5 percent.\n"
    )
    assert _orders(tmp_path, text) == {"8.2": [["7.5"]], "7.9": [["7.5"]]}


def test_below_ranks_the_other_way_and_a_wrong_ranking_is_caught(tmp_path: Path) -> None:
    text = "Unemployment in the north stood at 5.1%, below the national rate of 4.6%.\n"
    assert _orders(tmp_path, text) == {"5.1": [(["4.6"], "ascending")]}
    assert len(not_verified(tmp_path)) == 1


def test_a_gap_or_times_higher_ranks_nothing(tmp_path: Path) -> None:
    text = (
        "Food inflation was 11.2 percent, 0.2 percent lower than 11.4 percent in May. "
        "Growth was 2.0% for men, three times higher than 0.7% for women.\n"
    )
    assert _orders(tmp_path, text) == {}
