"""A population table's 其中 groups under its total row ("常住人口 874 100 / 其中:城镇 587.3 67.2 / 农村 …")."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TABLE = (
    "年末全市常住人口874万人，比上年末增加4万人。\n"
    "表1 2019年年末常住人口数及其构成\n"
    "指标 年末数(万人) 比重(%)\n"
    "常住人口 874 100\n"
    "其中:城镇 587.3 67.2\n"
    "农村 286.7 32.8\n"
    "其中:男性 444.0 50.8\n"
    "女性 430.0 49.2\n"
    "其中:65岁及以上 80.4 9.2\n"
    "全年全市城镇新增就业人员12.57万人。\n"
)


def _drafted(tmp_path, text=TABLE):
    return run_text(tmp_path, text)


def test_each_row_is_a_share_of_the_total_row(tmp_path):
    drafted, failing, _ = _drafted(tmp_path)
    for share in ("67.2", "32.8", "50.8", "49.2", "9.2"):
        assert "share" in kinds(drafted[share]), share
    assert failing == []


def test_groups_whose_shares_add_up_to_100_make_up_the_total(tmp_path):
    drafted, failing, _ = _drafted(tmp_path)
    level_sums = [c["sum"] for c in drafted["874万"] if "sum" in c]
    assert len(level_sums) == 2  # 城镇+农村, 男性+女性; 65岁及以上 alone is no group that adds up
    assert len([c for c in drafted["100"] if "sum" in c]) == 2
    assert failing == []


def test_a_wrong_cell_is_caught(tmp_path):
    _, failing, _ = _drafted(tmp_path, TABLE.replace("农村 286.7 32.8", "农村 268.7 32.8"))
    assert "sum" in failing and "share" in failing


def test_age_brackets_with_a_gap_make_up_nothing(tmp_path):
    text = TABLE.replace(
        "其中:65岁及以上 80.4 9.2\n", "其中:0-14岁 176.5 20.2\n15-64岁 617.1 70.6\n65岁及以上 80.4 9.2\n"
    )
    drafted, _, _ = _drafted(tmp_path, text)
    assert len([c for c in drafted["874万"] if "sum" in c]) == 3
    gap = text.replace("15-64岁 617.1", "16-64岁 617.1")
    drafted, _, _ = _drafted(tmp_path, gap)
    assert len([c for c in drafted["874万"] if "sum" in c]) == 2
