"""Relations learnt from the fourth batch of labelled releases: county communiqués' three
industries (分产业看, 实现增加值, nested 其中, 结构比), contributions said with 拉动 / 分别拉动,
and gaps stated one after another for the same rate."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

THREE_INDUSTRIES = (
    "全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。分产业看,第一产业实现增加值77.84亿元,增长3.5%;"
    "第二产业实现增加值154.35亿元,增长6.0%;第三产业实现增加值188.58亿元,增长5.4%。"
    "第一产业拉动GDP增长0.7个百分点,第二、三产业分别拉动增长2.1和2.4个百分点。"
    "三次产业结构比调整为18.5:36.7:44.8。\n"
)
NESTED = (
    "2015年全县地区生产总值244394万元,比上年增长13.1%。其中:第一产业增加值62857万元,同比增长6.3%;"
    "第二产业增加值65585万元,同比增长9.5%,其中工业增加值完成40653万元,同比增长13.5%;"
    "建筑业增加值完成24932万元,同比增长3.7%。第三产业增加值115952万元,同比增长18.0%。\n"
)
GAPS = (
    "一季度,全市规模以上工业增加值同比增长9.6%。其中采矿业增加值同比增长14.4%;制造业增加值同比下降5.3%,"
    "低于全市规模以上工业增加值增速14.9个百分点,低于采矿业增加值增速19.7个百分点。\n"
)


def _run(tmp_path: Path, text: str) -> tuple[dict[str, list[str]], list[str]]:
    """The checks drafted (by the figure's value) and the kinds of the checks that fail."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafted = {d.mention.value: [next(iter(c)) for c in d.data.get("checks", [])] for d in prepared[0].drafts}
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failing = [f.check for r in result.claims for f in r.findings if f.index is not None and f.verdict.value == "fail"]
    return drafted, failing


def test_three_industries_add_up_and_their_shares_and_pulls_hold(tmp_path: Path) -> None:
    drafted, failing = _run(tmp_path, THREE_INDUSTRIES)
    assert "sum" in drafted["420.77亿"]
    assert "contributions" in drafted["5.2"]
    assert "formula" in drafted["36.7"]
    assert failing == []


def test_a_wrong_industry_breaks_the_sum(tmp_path: Path) -> None:
    _, failing = _run(tmp_path, THREE_INDUSTRIES.replace("154.35亿元", "155.35亿元"))
    assert "sum" in failing


def test_a_wrong_pull_listed_with_fenbie_breaks_the_contributions(tmp_path: Path) -> None:
    _, failing = _run(tmp_path, THREE_INDUSTRIES.replace("2.1和2.4", "2.1和3.4"))
    assert "contributions" in failing


def test_a_wrong_structure_share_is_caught(tmp_path: Path) -> None:
    _, failing = _run(tmp_path, THREE_INDUSTRIES.replace("18.5:36.7:44.8", "18.5:37.7:44.8"))
    assert "formula" in failing


def test_industry_and_construction_make_up_the_secondary_industry(tmp_path: Path) -> None:
    drafted, failing = _run(tmp_path, NESTED)
    assert "sum" in drafted["244394万"]  # the nested 其中 does not break the three industries
    assert "sum" in drafted["65585万"]
    assert failing == []
    _, failing = _run(tmp_path, NESTED.replace("24932万元", "24832万元"))
    assert "sum" in failing


def test_industry_and_construction_alone_do_not_make_up_gdp(tmp_path: Path) -> None:
    text = "全年地区生产总值5000亿元,增长5.0%,其中工业增加值1500亿元,建筑业增加值400亿元。\n"
    drafted, _ = _run(tmp_path, text)
    assert "sum" not in drafted["5000亿"]


def test_gaps_stated_one_after_another_are_each_checked(tmp_path: Path) -> None:
    drafted, failing = _run(tmp_path, GAPS)
    assert "difference" in drafted["14.9"]
    assert "difference" in drafted["19.7"]
    assert failing == []
    _, failing = _run(tmp_path, GAPS.replace("19.7个", "18.7个"))
    assert "difference" in failing


def test_a_pull_down_is_summed_with_its_sign(tmp_path: Path) -> None:
    # 下拉…1.2个百分点 is read −1.2 (it was read +1.2 once, and then never summed): 10.6 + 0.3 − 1.2 = 9.7
    text = (
        "一季度,全市规模以上工业增加值同比增长9.6%。其中采矿业增加值同比增长14.4%,上拉全市工业增加值增速10.6个百分点;"
        "电力、热力、燃气及水生产和供应业增加值同比增长6.4%,上拉全市工业增加值增速0.3个百分点;"
        "制造业增加值同比下降5.3%,下拉全市工业增加值增速1.2个百分点。\n"
    )
    drafted, failing = _run(tmp_path, text)
    assert "contributions" in drafted["9.6"]
    assert "contributions" not in failing
    _, failing = _run(tmp_path, text.replace("增速1.2个百分点", "增速2.2个百分点"))
    assert "contributions" in failing


FALLS = (
    "Among the Member States, industrial production rose in thirteen and fell in eight. The highest increases "
    "were registered in Portugal (+6.8%), Lithuania (+4.6%) and Slovenia (+4.0%), and the largest decreases in "
    "the Czech Republic (-2.9%), Denmark (-2.8%), Romania and Finland (both -1.1%).\n"
)


def test_the_largest_decreases_rank_the_signed_values_ascending(tmp_path: Path) -> None:
    drafted, failing = _run(tmp_path, FALLS)
    assert "order" in drafted["-2.9"]  # the second ranking of the sentence, after "and the largest"
    assert "order" in drafted["6.8"]
    assert failing == []
    _, failing = _run(tmp_path, FALLS.replace("Denmark (-2.8%)", "Denmark (-3.8%)"))
    assert "order" in failing


def test_decreases_written_as_sizes_are_not_ranked(tmp_path: Path) -> None:
    text = "The largest decreases were registered in Italy (5.2%), Spain (3.2%) and Greece (1.1%).\n"
    drafted, _ = _run(tmp_path, text)
    assert "order" not in drafted["5.2"]
