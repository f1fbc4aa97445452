"""A document's period is what it reports on, not what it compares with: a census communiqué names
the last census's year at every comparison (比2000年…, 同2000年…相比) and its own only in its
standard time (以2010年11月1日零时为标准时点)."""

from __future__ import annotations

from factcheck.extract.docperiod import document_period, document_year

CENSUS = (
    "我国以2010年11月1日零时为标准时点进行了第六次全国人口普查。\n"
    "全市常住人口为12938224人，同第五次全国人口普查2000年11月1日零时的10009068人相比，十年共增加2929156人。\n"
    "平均每个家庭户的人口为2.80人，比2000年第五次全国人口普查的3.09人减少0.29人。\n"
    "总人口性别比由2000年第五次全国人口普查的103.99上升为114.52。\n"
    "同2000年第五次全国人口普查相比，0-14岁人口的比重下降7.04个百分点。\n"
)


def test_years_named_as_bases_do_not_make_the_period():
    assert document_period([], CENSUS).period == "2010-11"
    assert document_year(CENSUS) == 2010


def test_a_text_of_bases_only_still_has_a_year():
    text = "比2000年增加5万人。同2000年相比，增长3%。\n"
    assert document_year(text) == 2000
    assert document_period([], text).period == "2000"


def test_the_most_named_own_year_still_wins():
    text = "2023年全市生产总值500亿元，比2022年增长5%。2023年末常住人口100万人。2023年粮食产量20万吨。\n"
    assert document_period([], text).period == "2023"


def test_macao_periods_of_months_to_date_and_twelve_months_to_a_month():
    from factcheck.extract.numbers import fold_same_length
    from factcheck.extract.timing import find_periods

    text = "至今年8月为止的十二个月，综合消费物价平均指数上升1.07%。今年首八个月的综合消费物价平均指数按年上升1.11%。"
    periods = [(m.text, m.period) for m in find_periods(text, fold_same_length(text), 2022)]
    assert periods == [("至今年8月为止的十二个月", "2021-09/2022-08"), ("今年首八个月", "2022-01/2022-08")]


def test_the_two_periods_rates_are_not_one_fact(tmp_path):
    from tests.extract.relations_support import run_text

    text = (
        "2022年8月综合消费物价指数。\n"
        "至今年8月为止的十二个月，甲类及乙类消费物价平均指数分别上升0.80%及1.42%。\n"
        "今年首八个月的综合消费物价平均指数按年上升1.11%，甲类及乙类消费物价平均指数分别上升0.80%及1.53%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
