"""The whole area's row of a table by region restating the text's figures in order: `same`."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占63.35%；"
    "60岁及以上人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。\n"
    "5-2 各地区人口年龄构成\n"
    "单位:%\n"
    "地区 0—14岁 15—59岁 60岁及以上 其中:65岁及以上\n"
    "全 国 17.95 63.35 18.70 13.50\n"
    "北 京 11.84 68.53 19.63 13.30\n"
)


def test_the_national_row_restates_the_texts_shares(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    for value in ("17.95", "63.35", "18.70", "13.50"):
        assert "same" in kinds(drafted[value]), value
    assert "same" not in kinds(drafted["11.84"])
    assert not failing


def test_another_order_or_another_area_is_not_restated(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, TEXT.replace("全 国 17.95 63.35 18.70", "全 国 63.35 17.95 18.70"))
    assert "same" not in kinds(drafted["17.95"])
    drafted, _, _ = run_text(tmp_path, TEXT.replace("全 国 17.95", "东 部 17.95"))
    assert "same" not in kinds(drafted["17.95"])


def test_a_wrong_digit_in_the_row_is_caught(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT.replace("全 国 17.95", "全 国 17.59"))
    assert "same" in kinds(drafted["17.95"]) and "same" in failing
    drafted, _, _ = run_text(tmp_path, TEXT.replace("全 国 17.95 63.35", "全 国 17.59 36.35"))
    assert "same" not in kinds(drafted["18.70"])  # two figures differ: not the text's run
