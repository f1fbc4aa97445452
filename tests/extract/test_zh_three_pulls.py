"""三次产业…分别拉动GDP增长a、b和c个百分点: the pulls add up to the GDP growth; a total named again
before 中 (民营经济增加值中第一产业…) opens the list of its parts."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

PULLS = (
    "2021年，我市实现地区生产总值528.27亿元，可比增长8.6%。其中，第一产业增加值61.41亿元，增长7.5%；"
    "第二产业增加值225.86亿元，增长8.0%；第三产业增加值240.99亿元，增长9.6%。\n"
    "三次产业对GDP的贡献率分别为11%、38.7%和50.3%，分别拉动GDP增长1.0、3.3和4.3个百分点。\n"
)
AGAIN = (
    "我市实现民营经济增加值319.77亿元，增长6.9%。民营经济增加值中第一产业7.43亿元，增长6.6%；"
    "第二产业156.93亿元，增长4.9%；第三产业155.41亿元，增长9.0%。\n"
)


def test_the_three_industries_pulls_add_up_to_the_gdp_growth(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, PULLS)
    found = [c["contributions"] for c in drafted["8.6"] if "contributions" in c]
    assert len(found) == 1 and len(found[0]) == 3
    assert not failing
    _, failing, _ = run_text(tmp_path, PULLS.replace("3.3和4.3", "3.3和4.9"))
    assert "contributions" in failing


def test_two_pulls_or_no_three_industries_are_not_summed(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, PULLS.replace("分别拉动GDP增长1.0、3.3和4.3", "分别拉动GDP增长1.0和3.3"))
    assert "contributions" not in kinds(drafted["8.6"])
    drafted, _, _ = run_text(tmp_path, PULLS.replace("三次产业对GDP", "工业和服务业对GDP"))
    assert "contributions" not in kinds(drafted["8.6"])


def test_a_total_named_again_before_zhong_is_broken_down(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, AGAIN)
    assert [len(c["sum"]) for c in drafted["319.77亿"] if "sum" in c] == [3]
    assert not failing
    _, failing, _ = run_text(tmp_path, AGAIN.replace("156.93亿元", "165.93亿元"))
    assert "sum" in failing
    other = AGAIN.replace("民营经济增加值中第一产业", "工业增加值中第一产业")
    drafted, _, _ = run_text(tmp_path, other)
    assert "sum" not in kinds(drafted["319.77亿"])
