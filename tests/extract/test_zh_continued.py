"""A paragraph opening with 其中 goes on from the one before (a PDF copy, one sentence a line); a
share 占全市的 takes the whole of the share before it; 人均 anywhere before a name is not the total."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

LINES = (
    "初步核算，全年地区生产总值11459.00亿元，比上年增长13.6%。\n\n"
    "其中，第一产业增加值940.01亿元，增长5.3%；第二产业增加值6172.33亿元，增长15.6%；"
    "第三产业增加值4346.66亿元，增长12.0%。\n\n"
    "三次产业结构比为8.2:53.9:37.9。\n\n"
    "按常住人口计算，全年人均地区生产总值达到39083元，比上年增长12.4%。\n\n"
    "“一小时经济圈”完成地区生产总值8864.78亿元，比上年增长13.4%，占全市生产总值的77.4%；"
    "“渝东北翼”完成1960.96亿元，增长14.5%，占全市的17.1%；“渝东南翼”完成633.26亿元，增长13.2%，占全市的5.5%。\n"
)


def test_the_parts_after_a_paragraph_opening_with_qizhong_add_up_to_the_total_before(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, LINES)
    assert kinds(drafted["11459.00亿"]).count("sum") == 1
    assert all("formula" in kinds(drafted[v]) for v in ("8.2", "53.9", "37.9"))
    assert not failing


def test_shares_of_the_whole_area_take_the_whole_of_the_share_before(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, LINES)
    for value in ("77.4", "17.1", "5.5"):
        assert [c["share"]["whole"] for c in drafted[value] if "share" in c] == ["./gdp"], value
        assert not todos[value]
    assert not failing


def test_with_two_figures_above_nothing_is_summed(tmp_path) -> None:
    # without the opener, the three industries still make up the GDP the paragraph before ends on (by
    # definition, `zh-industry`), once
    drafted, _, _ = run_text(tmp_path, LINES.replace("其中，第一产业", "第一产业"))
    assert kinds(drafted["11459.00亿"]).count("sum") == 1
    two = LINES.replace("比上年增长13.6%。", "比上年增长13.6%，工业增加值5000.00亿元。")
    drafted, _, _ = run_text(tmp_path, two)
    assert "sum" not in kinds(drafted["11459.00亿"]) and "sum" not in kinds(drafted["5000.00亿"])


def test_a_planted_total_a_planted_structure_and_a_planted_share_are_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, LINES.replace("11459.00亿元", "11495.00亿元"))
    assert "sum" in failing
    _, failing, _ = run_text(tmp_path, LINES.replace("8.2:53.9:37.9", "8.2:35.9:37.9"))
    assert "formula" in failing
    _, failing, _ = run_text(tmp_path, LINES.replace("占全市的17.1%", "占全市的71.1%"))
    assert "share" in failing


def test_a_whole_area_share_of_another_unit_takes_no_whole(tmp_path) -> None:
    text = "工业增加值3000亿元，占全市生产总值的30.0%；就业人员200万人，占全市的20.0%。\n"
    drafted, failing, _ = run_text(tmp_path, "全市生产总值10000亿元。" + text)
    assert not [c for c in drafted["20.0"] if "share" in c] and not failing
