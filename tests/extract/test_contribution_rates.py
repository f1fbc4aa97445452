"""Contribution rates (贡献率): the share of each pull in the growth it pulls, never `contributions`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def _shares(drafted: dict[str, list[dict]], values: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """The share checks drafted, by the claim's value: (part's value, whole's value)."""
    return {
        value: [(values[c["share"]["part"][2:]], values[c["share"]["whole"][2:]]) for c in checks if "share" in c]
        for value, checks in drafted.items()
        if any("share" in c for c in checks)
    }


def _values(tmp_path: Path) -> dict[str, str]:
    from factcheck.extract import checkdoc

    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    return {d.name: d.mention.value for d in prepared[0].drafts}


def test_pulls_in_each_clause_and_a_list_of_rates(tmp_path: Path) -> None:
    text = (
        "全年全区地区生产总值812.4亿元，比上年增长6.4%。其中，第一产业增加值60.2亿元，增长3.1%，拉动经济增长0.3个百分点；"
        "第二产业增加值350.8亿元，增长7.0%，拉动经济增长3.0个百分点；第三产业增加值401.4亿元，增长6.5%，"
        "拉动经济增长3.1个百分点。第一、二、三产业对经济增长的贡献率分别为4.7%、46.9%和48.4%。\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    values = _values(tmp_path)
    assert _shares(drafted, values) == {"4.7": [("0.3", "6.4")], "46.9": [("3.0", "6.4")], "48.4": [("3.1", "6.4")]}
    assert failing == []
    assert [c for c in drafted["6.4"] if "contributions" in c]  # 拉动经济增长: the pulls add up to the GDP's growth
    assert all("share" not in t for t in todos["4.7"])  # the rate is checked: no placeholder asks for increases


def test_a_rate_off_beyond_rounding_fails(tmp_path: Path) -> None:
    text = (
        "全年全县地区生产总值210.5亿元，增长5.0%。三次产业对GDP增长的贡献率分别为12.0%、30.0%和60.0%，"
        "分别拉动GDP增长0.5、1.5和3.0个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert _shares(drafted, _values(tmp_path)) == {
        "12.0": [("0.5", "5.0")],
        "30.0": [("1.5", "5.0")],
        "60.0": [("3.0", "5.0")],
    }
    assert failing == ["share"]  # 0.5 of 5.0 is 10% (9.0-11.1 over the rounding), not 12.0


def test_rates_with_no_pull_are_left_to_a_source(tmp_path: Path) -> None:
    text = "全年全市地区生产总值530.6亿元，增长4.2%。三次产业对经济增长的贡献率分别为6.1%、40.2%和53.7%。\n"
    drafted, failing, todos = run_text(tmp_path, text)
    assert _shares(drafted, _values(tmp_path)) == {}
    assert not any("contributions" in c for checks in drafted.values() for c in checks)
    assert any("share" in t for t in todos["6.1"])
    assert failing == []


def test_a_model_estimate_of_a_contribution_rate_is_no_share_of_a_pull(tmp_path: Path) -> None:
    text = "全年规模以上工业增加值增长8.0%，其中高技术制造业拉动工业增长2.4个百分点。科技进步贡献率为61.0%。\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert _shares(drafted, _values(tmp_path)) == {}


def test_pulls_of_an_aggregate_not_named_before_go_to_the_growth_of_the_parts_measure(tmp_path: Path) -> None:
    text = (
        "一季度，全省规模以上工业企业完成增加值210.40亿元，同比增长12.0%；完成工业总产值640.20亿元，同比增长20.0%。"
        "国有企业和民营企业工业总产值分别增长25.0%和18.0%，对全省工业的贡献率分别为40.0%和45.0%；"
        "拉动全省工业增长8个百分点和9个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    values = _values(tmp_path)
    assert _shares(drafted, values) == {"40.0": [("8", "20.0")], "45.0": [("9", "20.0")]}
    assert failing == []
