"""A ratio's change on last year whose earlier ratio the text does not state (城乡居民收入比为2.21，比上年缩小
0.04): a `difference` of the ratio and last year's, under `x-todo`, as for 比上年增加."""

from __future__ import annotations

from tests.extract.test_infer import relations


def test_a_narrowed_ratio_waits_for_last_years() -> None:
    text = "城镇居民人均可支配收入39870元；农村居民人均可支配收入17420元。城乡居民收入比为2.29，比上年缩小0.05。\n"
    checks, todos = relations(text)
    assert ("-0.05", "difference") in todos
    assert ("2.29", "ratio", ("39870", "17420")) in checks


def test_a_widened_area_waits_for_last_years() -> None:
    _, todos = relations("全年蔬菜播种面积41.2万亩，比上年扩大1.6万亩。\n")
    assert ("1.6万", "difference") in todos
