"""Census-style sentences: parts of the population named once at the head ("常住人口中，男性人口为…，
占53.38%"), and a level compared with the last census's ("同…2000年…的10009068人相比，十年共增加…")."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

CENSUS = (
    "一、常住人口\n"
    "全市常住人口为12938224人，同第五次全国人口普查2000年11月1日零时的10009068人相比，十年共增加2929156人，"
    "增长29.27%。\n"
    "二、性别构成\n"
    "常住人口中，男性人口为6906858人，占53.38%；女性人口为6031366人，占46.62%。\n"
    "三、年龄构成\n"
    "常住人口中，0-14岁人口为1267508人，占9.80%；15-64岁人口为10568370人，占81.68%；65岁及以上人口为1102346人，"
    "占8.52%。\n"
    "四、家庭户\n"
    "平均每个家庭户的人口为2.80人，比2000年第五次全国人口普查的3.09人减少0.29人。\n"
)


def test_each_part_is_a_share_of_the_population_the_sentence_opens_with(tmp_path):
    drafted, failing, _ = run_text(tmp_path, CENSUS)
    assert failing == []
    for share in ("53.38", "46.62", "9.80", "81.68", "8.52"):
        assert "share" in kinds(drafted[share]), share
    (whole,) = {c["share"]["whole"] for share in ("53.38", "9.80") for c in drafted[share] if "share" in c}
    assert whole.endswith("resident-population")


def test_parts_whose_shares_add_up_to_100_make_up_the_whole(tmp_path):
    drafted, failing, _ = run_text(tmp_path, CENSUS)
    sums = [c["sum"] for c in drafted["12938224"] if "sum" in c]
    assert sorted(len(s) for s in sums) == [2, 3]
    assert failing == []


def test_a_subset_is_no_partition(tmp_path):
    text = "年末全市常住人口为516万人。常住人口中，其中65岁及以上人口为60万人，占11.6%。\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert "sum" not in kinds(drafted["516万"])


def test_the_change_and_growth_from_the_last_census(tmp_path):
    drafted, failing, _ = run_text(tmp_path, CENSUS)
    assert "difference" in kinds(drafted["2929156"])
    assert "growth" in kinds(drafted["29.27"])
    assert "difference" in kinds(drafted["-0.29"])
    assert failing == []


def test_planted_errors_are_caught(tmp_path):
    for right, wrong in (
        ("占46.62%", "占47.62%"),
        ("共增加2929156人", "共增加2829156人"),
        ("增长29.27%", "增长28.27%"),
        ("女性人口为6031366人", "女性人口为6031466人"),
    ):
        _, failing, _ = run_text(tmp_path, CENSUS.replace(right, wrong))
        assert failing, wrong
