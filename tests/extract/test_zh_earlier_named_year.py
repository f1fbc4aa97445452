"""A change against an earlier year named by its number (增速比2020年提高0.3个百分点, 比2020年增加31亿元),
whose figure the text does not state: the same complete check under `x-todo` as for 比上年."""

from __future__ import annotations

from tests.extract.test_infer import relations


def test_a_rates_change_on_a_named_year_needs_that_years_rate() -> None:
    text = "2021年全省快递业务量达到42.6亿件，比2020年增加3.1亿件，增长7.9%，增速比2020年提高0.3个百分点。\n"
    _, todos = relations(text)
    assert ("0.3", "difference") in todos


def test_a_named_year_and_the_year_before_read_alike() -> None:
    named = "全年快递业务收入526亿元，增长6.3%，增速比2020年回落1.2个百分点。\n"
    before = named.replace("比2020年", "比上年")
    assert relations(named)[1] == relations(before)[1]
