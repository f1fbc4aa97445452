"""A table of space-apart cells under a total row: its rows partition the total (其中 rows left
out), and the text's share that a row restates is of the total row."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TABLE = (
    "全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占63.35%；"
    "60岁及以上人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。\n"
    "5-1 全国人口年龄构成\n"
    "单位:人、%\n"
    "年龄 人口数 比重\n"
    "总 计 1411778724 100.00\n"
    "0—14岁 253383938 17.95\n"
    "15—59岁 894376020 63.35\n"
    "60岁及以上 264018766 18.70\n"
    "其中:65岁及以上 190635280 13.50\n"
)


def test_the_age_rows_add_up_to_the_total_row_and_the_shares_to_100(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TABLE)
    sums = [c["sum"] for c in drafted["1411778724"] if "sum" in c]
    assert len(sums) == 1 and len(sums[0]) == 3  # the 其中 row is a subset, never a part
    assert [len(c["sum"]) for c in drafted["100.00"] if "sum" in c] == [3]
    assert not failing


def test_the_texts_shares_are_of_the_total_row(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TABLE)
    for value in ("17.95", "63.35", "18.70", "13.50"):
        shares = [c["share"] for c in drafted[value] if "share" in c]
        assert len(shares) == 1 and shares[0]["whole"].endswith("1411778724-count"), value
    assert not failing


def test_brackets_with_a_gap_or_no_total_row_are_no_partition(tmp_path) -> None:
    gap = TABLE.replace("15—59岁 894376020", "16—59岁 894376020")
    drafted, _, _ = run_text(tmp_path, gap)
    assert "sum" not in kinds(drafted["1411778724"])
    no_total = TABLE.replace("总 计 1411778724", "城 市 1411778724")
    drafted, _, _ = run_text(tmp_path, no_total)
    assert "sum" not in kinds(drafted["1411778724"])


def test_a_planted_total_and_a_planted_share_are_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, TABLE.replace("总 计 1411778724", "总 计 1411788724"))
    assert "sum" in failing
    planted = TABLE.replace("占17.95%", "占17.59%").replace("0—14岁 253383938 17.95", "0—14岁 253383938 17.59")
    _, failing, _ = run_text(tmp_path, planted)
    assert "sum" in failing and "share" in failing  # no longer 100.00 in all; not 253383938 of the total


BARS = (
    "指 标 | 年末数(万人) | 比重(%)\n"
    "全市常住人口 | 3213.34 | 100.00\n"
    "按年龄段分\n"
    "0-15岁(含不满16周岁) | 509.05 | 15.84\n"
    "16-59岁(含不满60周岁) | 1992.18 | 62.00\n"
    "60周岁及以上 | 712.11 | 22.16\n"
    "#65周岁及以上 | 588.16 | 18.30\n"
)


def test_a_subset_rows_share_is_of_the_total_row(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, BARS)
    shares = [c["share"] for c in drafted["18.30"] if "share" in c]
    assert len(shares) == 1 and shares[0]["whole"] == "./resident-population"
    assert not failing
    _, failing, _ = run_text(tmp_path, BARS.replace("| 18.30", "| 18.03"))
    assert "share" in failing


def test_a_column_of_growth_rates_is_never_summed(tmp_path) -> None:
    rates = TABLE.replace("年龄 人口数 比重", "年龄 人口数 增长").replace(
        "总 计 1411778724 100.00", "总 计 1411778724 5.38"
    )
    drafted, _, _ = run_text(tmp_path, rates)
    assert "sum" not in kinds(drafted["5.38"])
