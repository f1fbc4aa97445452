"""A table row restating a level and the share stated with it in the text: `same`, twice."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

CENSUS = (
    "一、全国人口年龄构成\n"
    "全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占63.35%；"
    "60岁及以上人口为264018766人，占18.70%。\n"
    "单位:人、%\n"
    "年龄 人口数 比重\n"
    "总 计 1411778724 100.00\n"
    "0—14岁 253383938 17.95\n"
    "15—59岁 894376020 63.35\n"
    "60岁及以上 264018766 18.70\n"
)

BARS = (
    "年末全市常住人口295.65万人。其中，城镇人口138.01万人，占常住人口比重为46.68%。\n"
    "指标 | 年末数(万人) | 比重(%) |\n"
    "常住人口 | 295.65 | 100 |\n"
    "其中:城镇 | 138.01 | 46.68 |\n"
    "乡村 | 157.64 | 53.32 |\n"
)


def test_a_row_restating_the_level_and_its_share_is_same_twice(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CENSUS)
    for value in ("253383938", "17.95", "894376020", "63.35", "18.70"):
        assert "same" in kinds(drafted[value]), value
    assert not failing


def test_a_row_of_bars_at_another_precision_is_the_same_share(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, BARS.replace("| 46.68 |", "| 46.680 |"))
    assert "same" in kinds(drafted["138.01万"])
    assert any(c == {"same": c.get("same")} and "same" in c for c in drafted["46.68"])
    assert not failing


def test_a_row_of_another_label_or_a_share_not_stated_with_the_level_is_not_the_same(tmp_path) -> None:
    other_label = CENSUS.replace("0—14岁 253383938 17.95", "0—15岁 253383938 17.95").replace(
        "全国人口中，0—14岁人口为", "全国人口中，少年人口为"
    )
    drafted, _, _ = run_text(tmp_path, other_label)
    assert "same" not in kinds(drafted["253383938"])
    no_share_words = BARS.replace("占常住人口比重为46.68%", "增长46.68%")
    drafted, _, _ = run_text(tmp_path, no_share_words)
    assert drafted["46.68"] == [] or "same" not in kinds(drafted["46.68"])


def test_other_digits_draft_nothing_and_a_planted_share_is_caught(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, CENSUS.replace("0—14岁 253383938 17.95", "0—14岁 253383938 17.59"))
    assert "same" not in kinds(drafted["17.95"])  # other digits: maybe another whole, nothing drafted
    _, failing, _ = run_text(tmp_path, BARS.replace("比重为46.68%", "比重为46.86%"))
    assert "share" in failing  # the text's share of its level in the population still fails


def test_an_earlier_part_of_a_list_is_never_the_whole_of_the_next_part(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CENSUS.split("单位")[0])
    shares = [c["share"] for value in ("63.35", "18.70") for c in drafted[value] if "share" in c]
    assert all(s["whole"] != "./population" and s["whole"] != "./population-3" for s in shares)
    assert not failing


def test_a_rate_of_the_levels_paragraph_is_the_rows_share(tmp_path) -> None:
    text = (
        "年末全市常住人口3213.34万人，其中，城镇常住人口2280.32万人。年末全市常住人口城镇化率为70.96%，"
        "比上年末提高0.64个百分点。\n"
        "指 标 | 年末数(万人) | 比重(%)\n"
        "全市常住人口 | 3213.34 | 100.00\n"
        "按城乡分\n"
        "城 镇 | 2280.32 | 70.96\n"
        "乡 村 | 933.02 | 29.04\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert "same" in kinds(drafted["70.96"]) and not failing
    drafted, _, _ = run_text(tmp_path, text.replace("城镇化率为70.96%", "城镇化率为69.96%"))
    assert "same" not in kinds(drafted["69.96"])
