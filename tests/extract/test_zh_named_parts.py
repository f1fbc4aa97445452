"""Parts the names say are all of the total: 猪牛羊禽肉 of 猪肉, 牛肉, 羊肉, 禽肉; A and 非A."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

MEAT = "全区猪牛羊禽肉产量285.4万吨，比上年增长2.7%。其中，猪肉75.7万吨、牛肉77.8万吨、羊肉108.8万吨、禽肉23.0万吨。\n"
SOWN = (
    "全年农作物总播种面积3946.4千公顷，比上年增长6.6%。其中，粮食作物播种面积3151.2千公顷，增长0.8%；"
    "非粮食作物播种面积795.2千公顷，增长37.9%。\n"
)


def test_a_compound_name_and_a_complement_are_partitions(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, MEAT)
    assert [len(c["sum"]) for c in drafted["285.4万"] if "sum" in c] == [4] and not failing
    drafted, failing, _ = run_text(tmp_path, SOWN)
    assert [len(c["sum"]) for c in drafted["3946.4千"] if "sum" in c] == [2] and not failing


def test_parts_the_name_does_not_join_are_no_partition(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, MEAT.replace("猪牛羊禽肉产量", "肉类总产量"))
    assert "sum" not in kinds(drafted["285.4万"])
    drafted, _, _ = run_text(tmp_path, SOWN.replace("非粮食作物", "油料作物"))
    assert "sum" not in kinds(drafted["3946.4千"])


def test_a_planted_part_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, MEAT.replace("羊肉108.8万吨", "羊肉118.8万吨"))
    assert "sum" in failing
    _, failing, _ = run_text(tmp_path, SOWN.replace("795.2千公顷", "759.2千公顷"))
    assert "sum" in failing


CROPS = (
    "全年农林牧渔业增加值131.40亿元，增长6.0%。其中，种植业增加值82.25亿元，增长6.1%；林业增加值9.14亿元，"
    "增长8.0%；畜牧业增加值33.65亿元，增长4.5%；渔业增加值0.46亿元，增长5.0%；农林牧渔服务业增加值5.91亿元，增长7.0%。\n"
)


def test_crop_farming_is_agriculture_among_the_five_parts(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, CROPS)
    assert [len(c["sum"]) for c in drafted["131.40亿"] if "sum" in c] == [5] and not failing
    _, failing, _ = run_text(tmp_path, CROPS.replace("种植业增加值82.25亿元", "种植业增加值82.25元"))
    assert "sum" in failing  # the Liupanshui release as published: 亿 left out


TOURISTS = (
    "全年接待国内外游客4476.35万人次，比上年增长1.1倍。其中，国内游客4474.30万人次，增长1.0倍；入境游客20461人次。\n"
)


def test_the_home_part_and_the_part_from_abroad_are_all_of_a_total_at_home_and_abroad(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TOURISTS)
    assert "sum" in kinds(drafted["4476.35万"])
    assert not failing


def test_a_total_not_said_to_be_at_home_and_abroad_or_parts_of_another_noun_add_up_to_nothing(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, TOURISTS.replace("接待国内外游客", "接待游客"))
    assert "sum" not in kinds(drafted["4476.35万"])  # 游客 alone may count more than these two
    drafted, _, _ = run_text(tmp_path, TOURISTS.replace("入境游客", "入境过夜游客"))
    assert "sum" not in kinds(drafted["4476.35万"])


def test_a_planted_total_at_home_and_abroad_fails(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, TOURISTS.replace("4476.35万", "4467.35万"))
    assert "sum" in failing


INCOME = (
    "实现旅游总收入430.64亿元，比上年增长2.0倍。其中，国内旅游收入430.15亿元，增长2.0倍；旅游外汇收入700.66万美元。\n"
)


def test_a_total_income_is_the_home_income_and_the_foreign_exchange_income_from_outside(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, INCOME)
    waiting = [t for t in todos["430.64亿"] if "sum" in t]
    assert len(waiting) == 1 and "source" in repr(waiting[0]["sum"][1])  # the dollars wait for a rate
    assert "sum" not in kinds(drafted["430.64亿"]) and not failing


def test_no_foreign_exchange_part_without_a_total_said_or_of_another_income(tmp_path) -> None:
    for text in (
        INCOME.replace("旅游总收入", "旅游收入"),  # not said to be the total
        INCOME.replace("旅游外汇收入", "外贸外汇收入"),  # another income
        INCOME.replace("。其中，", "。全年，"),  # no 其中: not its parts
    ):
        _, _, todos = run_text(tmp_path, text)
        assert not any("sum" in t for t in todos.get("430.64亿", [])), text
