"""Shares of listed parts said once (…占生产总值的比重分别为9.6%、50.2%和40.2%), a gap to a rate in
brackets (低于全市平均水平(3.5%)2.9个百分点), 三产结构比 and 地区生产总值(GDP)实现."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

LIST = (
    "2016年全市生产总值为1313.70亿元，比上年增长12%。其中，第一产业增加值为125.49亿元，增长6.3%；"
    "第二产业增加值为660亿元，增长10.9%；第三产业增加值为528.21亿元，增长14.7%。\n"
    "第一产业、第二产业、第三产业增加值占生产总值的比重分别为9.6%、50.2%和40.2%。\n"
)
GAP = (
    "2023年全区地区生产总值503.7亿元，同比增长0.6%，增速低于全市平均水平(3.5%)2.9个百分点。"
    "其中，第一产业增加值21.8亿元，同比增长0.6%；第二产业增加值271.9亿元，同比下降2.6%；"
    "第三产业增加值210.0亿元，同比增长5.7%；三产结构比为4.3:54.0:41.7。\n"
)


def _shares(drafted: dict, value: str) -> list:
    return [c["share"] for c in drafted.get(value, []) if "share" in c]


def test_each_listed_part_is_a_share_of_the_whole(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, LIST)
    wholes = {value: _shares(drafted, value) for value in ("9.6", "50.2", "40.2")}
    assert all(len(s) == 1 and s[0]["whole"] == "./gdp" for s in wholes.values())
    assert [wholes[v][0]["part"] for v in ("9.6", "50.2", "40.2")] == [
        "./primary-value-added",
        "./secondary-value-added",
        "./tertiary-value-added",
    ]
    assert not any("share" in kinds(todos[v]) for v in ("9.6", "50.2", "40.2"))
    assert not failing


def test_fewer_percents_than_parts_or_no_list_is_no_share(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, LIST.replace("9.6%、50.2%和40.2%", "9.6%和50.2%"))
    assert not _shares(drafted, "9.6")


def test_a_planted_listed_share_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, LIST.replace("50.2%和", "52.0%和"))
    assert "share" in failing


def test_the_gap_to_a_rate_in_brackets_and_the_structure_of_santchan(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, GAP)
    assert [c["difference"] for c in drafted["2.9"] if "difference" in c] == [["./growth-rate", "./gdp-growth"]]
    assert all("formula" in kinds(drafted[v]) for v in ("4.3", "54.0", "41.7"))
    assert not failing
    _, failing, _ = run_text(tmp_path, GAP.replace("(3.5%)2.9个", "(3.5%)2.6个"))
    assert "difference" in failing
    higher = GAP.replace("低于全市平均水平(3.5%)2.9", "高于全市平均水平(0.2%)0.4")
    drafted, failing, _ = run_text(tmp_path, higher)
    assert [c["difference"] for c in drafted["0.4"] if "difference" in c] == [["./gdp-growth", "./growth-rate"]]
    assert not failing


def test_a_gdp_figure_with_its_abbreviation_and_a_verb_is_the_whole(tmp_path) -> None:
    text = (
        "2018年全县地区生产总值(GDP)实现927886万元，比上年增长11.6%。分产业看，第一产业增加值208573万元，"
        "增长6.6%。全县第一产业增加值占地区生产总值的比重为22.5%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert _shares(drafted, "22.5") and _shares(drafted, "22.5")[0]["whole"].startswith("./")
    assert not failing
    _, failing, _ = run_text(tmp_path, text.replace("比重为22.5%", "比重为25.2%"))
    assert "share" in failing


def test_the_citys_economic_total_is_its_gdp(tmp_path) -> None:
    text = (
        "全年实现地区生产总值29129.03亿元，比上年增长2.6%。"
        "民营经济增加值17404.40亿元，增长3.0%，占全市经济总量的59.7%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert [s["whole"] for s in _shares(drafted, "59.7")] == ["./gdp"] and not failing
    _, failing, _ = run_text(tmp_path, text.replace("59.7%", "57.9%"))
    assert "share" in failing
