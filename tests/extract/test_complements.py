"""A total, then its two complementary parts (domestic and foreign, …) in sentences of their own."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafts_of, not_verified
from tests.extract.relations_support import run_text

_TEXT = (
    "In May 2031, 512,300 hotel guests and 1.4 million guest nights were counted in Ruritania. "
    "Domestic visitors accounted for about 212,000 guests, 4% more than in May 2030, and for 610,000 guest nights. "
    "Foreign visitors accounted for 300,000 guests and for almost 0.8 million guest nights.\n"
)


def test_a_count_of_a_noun_phrase_counts_the_head_the_parts_count(tmp_path: Path) -> None:
    assert ("512,300", "guests") in drafted_units(tmp_path, _TEXT)


def test_a_noun_phrase_counted_once_elsewhere_keeps_its_words(tmp_path: Path) -> None:
    text = "There were 3.1 million job openings in June 2031, well below the 4.4 million openings of June 2030.\n"
    assert ("3.1 million", "job openings") in drafted_units(tmp_path, text)


def test_the_two_sides_make_up_the_total_before_them(tmp_path: Path) -> None:
    drafts = drafts_of(tmp_path, _TEXT)
    values = {d.name: d.data["value"] for d in drafts}
    sums = {
        d.data["value"]: [[values[ref[2:]] for ref in c["sum"]] for c in d.data.get("checks", []) if "sum" in c]
        for d in drafts
    }
    assert sums["512,300"] == [["212,000", "300,000"]]
    assert sums["1.4 million"] == [["610,000", "0.8 million"]]
    assert not_verified(tmp_path) == []


def test_one_side_alone_makes_no_sum(tmp_path: Path) -> None:
    text = (
        "In May 2031, 512,300 hotel guests were counted in Ruritania. "
        "Domestic visitors accounted for about 212,000 guests and 610,000 guest nights.\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert not any("sum" in c for c in drafted["512,300"])


def test_a_sides_percent_of_all_is_its_share_of_the_total(tmp_path: Path) -> None:
    text = _TEXT.rstrip("\n") + " Foreign visitors accounted for 57% of all guest nights.\n"
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    shares = [
        (values[c["share"]["part"][2:]], values[c["share"]["whole"][2:]])
        for d in drafts
        if d.data["value"] == "57"
        for c in d.data.get("checks", [])
        if "share" in c
    ]
    assert shares == [("0.8 million", "1.4 million")]
    assert not_verified(tmp_path) == []


def test_full_time_and_part_time_after_and_in_one_sentence(tmp_path: Path) -> None:
    text = (
        "Employment rose 2,000 to 410,500 in May 2031. Those working full-time rose 1,500 to 300,200 "
        "and those working part-time rose 500 to 110,300.\n"
    )
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    sums = [
        (d.data["value"], [values[r[2:]] for r in c["sum"]])
        for d in drafts
        for c in d.data.get("checks", [])
        if "sum" in c
    ]
    assert ("410,500", ["300,200", "110,300"]) in sums
    assert not_verified(tmp_path) == []
