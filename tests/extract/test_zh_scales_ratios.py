"""Chinese classes of round 6: 兆 as Taiwan's trillion before a currency (the prefix mega before any
other word), and a structure a:b:c whose first two parts look like a clock time (13:53.8:33.6)."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.grammar.values import parse_quantity


def _drafts(tmp_path: Path, body: str) -> list[tuple[str, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text("2023年国民经济和社会发展统计公报\n" + body + "\n", encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    return [(d.data["value"], d.data.get("unit")) for d in drafts if d.data["kind"] != "label"]


def test_zhao_before_a_currency_is_a_trillion(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "國內生產總值為23.55兆元,外匯存底5.6兆新台幣,市值1.2兆美元。")
    assert ("23.55兆", "元") in found
    assert ("5.6兆", "新台币") in found
    assert ("1.2兆", "美元") in found
    value, unit = next(d for d in found if d[0] == "23.55兆")
    assert parse_quantity(value, unit).interval.lo > 2 * 10**13


def test_zhao_with_a_tail_of_yi_is_one_number(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "全年税收收入2兆3,456億元。")
    assert found == [("2兆3,456亿", "元")]


def test_zhao_before_another_unit_is_mega_not_a_scale(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "新增装机容量120兆瓦,宽带接入速率达100兆。")
    assert ("120", "兆瓦") in found
    assert all("兆" not in value for value, _ in found)


def test_a_structure_ratio_is_no_clock_time(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "全县三次产业结构为13:53.8:33.6。")
    assert [value for value, _ in found] == ["13", "53.8", "33.6"]


def test_clock_times_are_still_no_statistics(tmp_path: Path) -> None:
    found = _drafts(tmp_path, "发布会于14:30举行,直播从9:00:00开始。全年生产总值572.6亿元。")
    assert found == [("572.6亿", "元")]


GDP = "全县地区生产总值572.6亿元。其中,第一产业增加值74.2亿元;第二产业增加值308.1亿元;第三产业增加值190.3亿元。"


def test_a_whole_share_is_checked_as_rounded_to_a_whole_percent(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text("2022年统计公报\n" + GDP + "全县三次产业结构为13:53.8:33.6。\n", encoding="utf-8")
    drafts = {d.data["value"]: d.data for d in checkdoc.prepare([str(source)])[0].drafts}
    assert drafts["13"]["tolerance"] == "0.5"  # 74.2 / 572.6 = 12.96 %: 13 as written
    assert "formula" in drafts["13"]["checks"][0]
    assert "tolerance" not in drafts["53.8"]  # a share with decimals is read to its last digit
