"""A population broken down in a paragraph of its own (从性别结构看 / 全市常住人口中): the parts add up to
the total stated in another paragraph; no total is guessed for a group's breakdown."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

NATIONAL = (
    "年末总人口140005万人，比上年末增加467万人。全年出生人口1465万人，出生率为10.48‰。\n"
    "从性别结构看，男性人口71527万人，女性人口68478万人。\n"
    "从城乡结构看，城镇常住人口84843万人，比上年末增加1706万人；乡村常住人口55162万人，减少1239万人。\n"
)
CITY = (
    "根据抽样调查推算，全市人口中居住在城镇的人口为2690300人，占常住人口的50.20%；"
    "居住在乡村的人口为2669352人，占常住人口的49.80%。\n"
    "我市2018年底常住人口为5359652人，比上年增加了23629人。\n"
    "人口性别构成：全市常住人口中，男性为2713803人；女性为2645849人。\n"
)


def test_sex_and_urban_rural_breakdowns_add_up_to_the_total_above(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, NATIONAL)
    assert [len(c["sum"]) for c in drafted["140005万"] if "sum" in c] == [2, 2]
    assert not failing


def test_the_whole_named_before_zhong_is_found_before_or_after(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CITY)
    assert [len(c["sum"]) for c in drafted["5359652"] if "sum" in c] == [2, 2]
    assert not failing


def test_a_planted_part_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, NATIONAL.replace("68478万人", "68487万人"))
    assert "sum" in failing


def test_a_groups_breakdown_or_an_unannounced_pair_is_not_summed(tmp_path) -> None:
    registered = NATIONAL.replace("从性别结构看，", "户籍人口中，")  # the registered population's men and women
    drafted, _, _ = run_text(tmp_path, registered)
    assert [len(c["sum"]) for c in drafted["140005万"] if "sum" in c] == [2]
    plain = NATIONAL.replace("从性别结构看，", "").replace("从城乡结构看，", "")  # no words announce a breakdown
    drafted, _, _ = run_text(tmp_path, plain)
    assert "sum" not in kinds(drafted["140005万"])


def test_the_changes_of_a_breakdown_add_up_to_the_totals_change(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, NATIONAL)  # 减少1239万人 carries 比上年末 from the urban part's change
    assert [len(c["sum"]) for c in drafted["467万"] if "sum" in c] == [2]
    assert not failing
    _, failing, _ = run_text(tmp_path, NATIONAL.replace("减少1239万人", "减少1293万人"))
    assert "sum" in failing
    unsaid = NATIONAL.replace("比上年末增加1706万人", "增加1706万人")  # the first part's period unsaid: none carried
    drafted, _, _ = run_text(tmp_path, unsaid)
    assert "sum" not in kinds(drafted["467万"])


def test_a_per_household_average_is_never_the_total_of_a_breakdown(tmp_path) -> None:
    from tests.extract.relations_support import run_text

    text = (
        "全市常住人口为12938224人。\n"
        "常住人口中共有家庭户3661848户，家庭户人口为10261740人，平均每个家庭户的人口为2.80人。\n"
        "常住人口中，男性人口为6906858人，占53.38%；女性人口为6031366人，占46.62%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert not [c for c in drafted["2.80"] + drafted["10261740"] if "sum" in c]
    assert [c for c in drafted["12938224"] if "sum" in c]
