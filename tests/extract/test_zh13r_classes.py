"""Classes met on unlabelled Chinese releases: contribution rates of two aggregates in one paragraph, a
single rate beside its pull, and figures that share a name yet are two facts."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, run_text

from factcheck.extract.infer.zh_two_facts import list_of, two_lists


def test_two_aggregates_in_one_paragraph_each_take_their_own_growth(tmp_path: Path) -> None:
    text = (
        "全县地区生产总值180.0亿元，增长6.0%，一、二、三产业对经济的贡献率分别为20.0%、30.0%和50.0%，"
        "分别拉动GDP增长1.2、1.8和3.0个百分点。县城地区生产总值120.0亿元，增长8.0%，一、二、三产业对经济的"
        "贡献率分别为12.5%、32.5%和55.0%，分别拉动GDP增长1.0、2.6和4.4个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert not any("same" in c for checks in drafted.values() for c in checks)  # two lists of two subjects
    assert [c for c in drafted["6.0"] if "contributions" in c] and [c for c in drafted["8.0"] if "contributions" in c]
    shares = [c["share"] for value in ("20.0", "30.0", "12.5", "32.5") for c in drafted[value] if "share" in c]
    assert len(shares) == 4
    assert len({s["whole"] for s in shares[:2]}) == 1 and len({s["whole"] for s in shares[2:]}) == 1
    assert shares[0]["whole"] != shares[2]["whole"]  # 8.0% is the second aggregate's growth, not 6.0%


def test_one_rate_beside_its_pull_is_never_its_own_whole(tmp_path: Path) -> None:
    text = (
        "全年全市生产总值400.0亿元，比上年增长5.0%。\n"
        "民营经济增加值240.0亿元，比上年增长6.0%，对GDP增长的贡献率为70.0%，拉动GDP增长3.5个百分点。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    shares = [c["share"] for c in drafted["70.0"] if "share" in c]
    assert len(shares) == 1 and shares[0]["whole"] != shares[0]["part"]


def test_a_list_restated_with_one_member_changed_is_still_one_fact(tmp_path: Path) -> None:
    text = "甲类比重分别为8.0%、42.0%和50.0%。乙类比重分别为8.5%、42.0%和50.0%。丙类比重分别为9.0%、41.0%和49.5%。\n"
    ctx = context_of(text, tmp_path)
    first, typo, other = (next(i for i, m in enumerate(ctx.mentions) if m.value == v) for v in ("8.0", "8.5", "9.0"))
    assert list_of(ctx, first) == [first, first + 1, first + 2]
    assert not two_lists(ctx, first, typo)  # 42.0 and 50.0 again: one list, with a typo in its first member
    assert two_lists(ctx, first, other)  # no member alike: the lists of two subjects


def test_a_percent_of_a_named_base_is_of_the_subject_before(tmp_path: Path) -> None:
    text = (
        "全市职工平均工资中位数5000元，是平均数的80.0%。其中，城镇职工工资中位数6000元，是平均数的90.0%；"
        "乡村职工工资中位数3000元，是平均数的75.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert not any("same" in c for checks in drafted.values() for c in checks)


def test_the_three_sectors_named_at_once_share_the_gdp(tmp_path: Path) -> None:
    text = (
        "全年地区生产总值500.0亿元，比上年增长5.0%。其中，第一产业增加值40.0亿元，增长3.0%；第二产业增加值200.0亿元，"
        "增长6.0%；第三产业增加值260.0亿元，增长4.5%。三次产业增加值占地区生产总值的比重分别为8.0%、40.0%和52.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert all(any("share" in c for c in drafted[v]) for v in ("8.0", "40.0", "52.0"))


def test_a_per_person_part_has_the_per_person_whole_of_its_scope(tmp_path: Path) -> None:
    text = (
        "全年全省居民人均可支配收入20000元，增长6.0%。城镇居民人均可支配收入30000元，增长5.0%。\n"
        "按收入来源分，全省居民人均工资性收入11000元，增长6.5%，占可支配收入的比重为55.0%；人均经营净收入3000元，"
        "增长4.0%，占可支配收入的比重为15.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    wholes = {c["share"]["whole"] for v in ("55.0", "15.0") for c in drafted[v] if "share" in c}
    assert len(wholes) == 1  # both of 全省居民人均可支配收入 (20000), none of the urban residents' 30000


def test_a_median_as_a_percent_of_the_mean(tmp_path: Path) -> None:
    text = (
        "全年全省居民人均消费支出16000元，增长4.0%。其中，城镇居民人均消费支出20000元，增长3.0%。\n"
        "全省居民人均消费支出中位数12000元，增长5.0%，中位数是平均数的75.0%。其中，城镇居民人均消费支出中位数"
        "17000元，增长3.5%，是平均数的85.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert [c for c in drafted["75.0"] if "share" in c] and [c for c in drafted["85.0"] if "share" in c]


def test_a_second_complete_set_after_the_first_sums_the_same_total(tmp_path: Path) -> None:
    text = (
        "年末全县常住人口50.00万人，比上年末减少0.20万人。其中，城镇人口30.00万人，乡村人口20.00万人；"
        "常住人口城镇化率为60.00%。男性人口25.60万人，女性人口24.40万人。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert len([c for c in drafted["50.00万"] if "sum" in c]) == 2


def test_a_second_set_not_named_with_the_totals_noun_is_not_summed(tmp_path: Path) -> None:
    text = (
        "年末全县常住人口50.00万人。其中，城镇人口30.00万人，乡村人口20.00万人。全年城镇新增就业1.20万人，"
        "男性就业0.70万人，女性就业0.50万人。\n"
    )
    drafted, _, _ = run_text(tmp_path, text)
    assert len([c for c in drafted["50.00万"] if "sum" in c]) == 1


def test_the_three_sectors_listed_after_the_gdp_make_it_up(tmp_path: Path) -> None:
    text = (
        "全县地区生产总值320.0亿元，增长6.5%，其中，一、二、三产业增加值分别为48.0亿元、112.0亿元和160.0亿元，"
        "分别增长4.0%、7.0%和6.8%。\n"
        "全区地区生产总值90.0亿元，一、二、三产业增加值分别为10.0亿元、30.0亿元和40.0亿元。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert [c for c in drafted["320.0亿"] if "sum" in c]
    assert failing == ["sum"]  # 10 + 30 + 40 is not 90: the second paragraph's list is caught


def test_a_structure_after_a_sector_list_is_of_the_listed_levels(tmp_path: Path) -> None:
    text = (
        "全县地区生产总值200.0亿元，增长6.0%，其中，一、二、三产业增加值分别为30.0亿元、70.0亿元和100.0亿元。"
        "三次产业结构由上年的16.0:34.0:50.0调整为15.0:35.0:50.0。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert all(any("formula" in c for c in drafted[v]) for v in ("15.0", "35.0"))


def test_numbers_joined_by_plus_in_quotes_name_a_policy(tmp_path: Path) -> None:
    ctx = context_of("全县实施“2+3+N”产业行动，全年新建项目36个。\n", tmp_path)
    kinds = {m.value: m.type for m in ctx.mentions}
    assert kinds["2"] == "label" and kinds["3"] == "label"
    assert kinds["36"] == "count"


def test_sector_shares_with_no_level_stated_ask_for_the_levels(tmp_path: Path) -> None:
    text = "全市生产总值比上年增长5.0%。三次产业增加值占全市生产总值的比重分别为4.0%、40.0%和56.0%。\n"
    _, failing, todos = run_text(tmp_path, text)
    assert failing == []
    assert all(any("share" in t for t in todos[v]) for v in ("4.0", "40.0", "56.0"))


def test_an_urban_population_said_with_wei_is_the_urbanisation_rates_part(tmp_path: Path) -> None:
    text = "年末全市常住人口200.00万人。其中，城镇人口为110.00万人，常住人口城镇化率达55.00%。\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert [c for c in drafted["55.00"] if "share" in c]
