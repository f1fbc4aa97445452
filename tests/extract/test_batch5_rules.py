"""Rules learnt from the fifth batch of labelled releases: comparison bases, scopes, index bases,
table lists, annual-rate declines, negated bounds and windows of months."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _mentions(text: str, lang: str, period: str | None):
    return [m for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]


def _values(text: str, lang: str = "en", period: str | None = "2020-06") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in _mentions(text, lang, period)]  # fmt: skip


def test_the_same_month_of_a_base_year_is_not_the_period_of_the_change() -> None:
    text = (
        "The value of total retail sales in June 2020, provisionally estimated at $26.5 billion, "
        "decreased by 24.8% compared with the same month in 2019. For the first half of 2020, the value "
        "decreased by 33.3% compared with the same period in 2019."
    )
    periods = [m.period for m in _mentions(text, "en", "2020-06")]
    assert periods == ["2020-06", "2020-06", "2020-H1"]


def test_the_size_of_a_surveyed_set_is_scope_not_a_figure() -> None:
    text = "4月份,41个大类行业中有25个行业增加值保持同比增长;620种产品中有358种产品产量同比增长。"
    assert _values(text, "zh", "2023-04") == [("25", "个"), ("358", "种")]
    assert _values("全市共有41个行业增长。", "zh", "2023") == [("41", "个")]  # a count, no set: a figure
    assert _values("全省1,234个行政村中,有56个村通了5G。", "zh", "2023") == [("56", "个")]  # thousands too


def test_an_index_base_written_with_an_equals_sign_is_no_figure() -> None:
    for base in ("上年=100", "上年同期=100", "2020年=100", "2015=100"):
        assert _values(f"居民消费价格指数({base}) | 101.4", "zh", "2021") == [("101.4", None)], base


def test_a_list_of_tables_with_a_letter_is_a_reference() -> None:
    assert _values("Unit labor costs rose 2.0 percent. (See tables A and 2.)") == [("2.0", "percent")]
    assert _values("In Table A, 5 percent of firms closed.") == [("5", "percent")]


def test_a_decline_at_an_annual_rate_is_negative_and_its_quote_verifies() -> None:
    text = "Nonfarm business sector labor productivity decreased at a 0.5-percent annual rate."
    assert _values(text, period="2016-Q2") == [("-0.5", "percent")]
    assert sign_problem(text, "-0.5", -1) is None
    text = "Output fell at an annual rate of 2.0 percent; hours rose at a 1.8 percent rate."
    assert _values(text, period="2016-Q2") == [("-2.0", "percent"), ("1.8", "percent")]
    assert sign_problem(text, "-2.0", -1) is None


def test_not_more_than_is_an_upper_bound() -> None:
    text = "Import prices have not changed by more than 0.6 percent in any month since April."
    (bound,) = _mentions(text, "en", "2011-09")
    assert bound.qualifier == "at-most"
    (bound,) = _mentions("Import prices rose by more than 0.6 percent in May.", "en", "2011-09")
    assert bound.qualifier == "more-than"


def test_months_counted_in_a_window_are_no_figure() -> None:
    text = "Fuel prices declined in three of the past five months, falling 4.1 percent in September."
    assert _values(text, period="2011-09") == [("-4.1", "percent")]
    text = "Among the Member States, industrial production rose in thirteen, fell in eight."
    assert len(_values(text, period="2012-08")) == 2  # members of a named set are still counted
