"""A level "equal to N% of" a whole named and stated in another paragraph (Chinese)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _shares(tmp_path: Path, text: str) -> dict[str, list[tuple[str, str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [
            (values[c["share"]["part"][2:]], values[c["share"]["whole"][2:]])
            for c in d.data.get("checks", [])
            if "share" in c
        ]
        for d in drafts
        if any("share" in c for c in d.data.get("checks", []))
    }


def test_the_whole_is_the_figure_stated_under_its_name_in_another_paragraph(tmp_path: Path) -> None:
    text = (
        "2031年全年，全区地区生产总值为5000亿元，比上年增长5.0%。\n\n"
        "2031年全年，全区对外贸易进口额为1200亿元，相当于同期地区生产总值的24.0%。\n"
    )
    assert _shares(tmp_path, text) == {"24.0": [("1200亿", "5000亿")]}
    assert not_verified(tmp_path) == []


def test_a_wrong_percent_is_caught(tmp_path: Path) -> None:
    text = (
        "2031年全年，全区地区生产总值为5000亿元，比上年增长5.0%。\n\n"
        "2031年全年，全區對外貿易進口額為1200億元，相等於同期地區生產總值的30.0%。\n"
    )
    assert _shares(tmp_path, text) == {"30.0": [("1200亿", "5000亿")]}
    assert len(not_verified(tmp_path)) == 1


def test_a_name_stated_nowhere_draws_nothing(tmp_path: Path) -> None:
    text = (
        "2031年全年，全区地区生产总值为5000亿元，比上年增长5.0%。\n\n"
        "2031年全年，全区对外贸易进口额为1200亿元，相当于同期国民总收入的24.0%。\n"
    )
    assert _shares(tmp_path, text) == {}
