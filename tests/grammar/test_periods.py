"""Periods (see docs/claim-format.md): year, month, quarter, half-year, date, ISO interval; anything else refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ValueParseError
from factcheck.grammar.periods import parse_period

ROWS = [
    ("2022", "2022", date(2022, 1, 1), date(2022, 12, 31)),
    (2022, "2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("２０２２", "2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("2022-11", "2022-11", date(2022, 11, 1), date(2022, 11, 30)),
    ("2024-02", "2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", "2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2022-Q1", "2022-Q1", date(2022, 1, 1), date(2022, 3, 31)),
    ("2022-Q3", "2022-Q3", date(2022, 7, 1), date(2022, 9, 30)),
    ("2022-q4", "2022-Q4", date(2022, 10, 1), date(2022, 12, 31)),
    ("2022-H1", "2022-H1", date(2022, 1, 1), date(2022, 6, 30)),
    ("2022-H2", "2022-H2", date(2022, 7, 1), date(2022, 12, 31)),
    ("2022-08-26", "2022-08-26", date(2022, 8, 26), date(2022, 8, 26)),
    ("2024-02-29", "2024-02-29", date(2024, 2, 29), date(2024, 2, 29)),
    ("2022-01/2022-11", "2022-01/2022-11", date(2022, 1, 1), date(2022, 11, 30)),
    ("2021/2022", "2021/2022", date(2021, 1, 1), date(2022, 12, 31)),
    ("2022-Q1/2022-H2", "2022-Q1/2022-H2", date(2022, 1, 1), date(2022, 12, 31)),
    ("2022-03-01/2022-03-01", "2022-03-01/2022-03-01", date(2022, 3, 1), date(2022, 3, 1)),
    (" 2022-11 ", "2022-11", date(2022, 11, 1), date(2022, 11, 30)),
]


@pytest.mark.parametrize("written, text, start, end", ROWS, ids=[str(row[0]) for row in ROWS])
def test_periods(written: str | int, text: str, start: date, end: date) -> None:
    period = parse_period(written)
    assert (period.text, period.start, period.end) == (text, start, end)


@pytest.mark.parametrize(
    "written",
    [
        "",
        "22",
        "2022-13",
        "2022-00",
        "2022-02-30",
        "2022-Q5",
        "2022-H3",
        "2022年",
        "2022-1",
        "2022-11/2022-01",
        "2022/",
        "/2022",
        "2022/2023/2024",
        "0000",
        "Q3 2022",
        "2022-11-",
        True,
        None,
        2022.5,
    ],
)
def test_refused(written: object) -> None:
    with pytest.raises(ValueParseError) as caught:
        parse_period(written)
    if written not in ("2022-13", "2022-00", "2022-02-30", "2022-11/2022-01", "0000"):
        assert "2022-Q3" in caught.value.reason  # names the accepted forms
    assert caught.value.position is None


def test_target_has_ended_the_day_after() -> None:
    period = parse_period("2026")
    assert not period.has_ended(date(2026, 12, 31)) and period.has_ended(date(2027, 1, 1))


@given(st.text(max_size=25))
@settings(max_examples=500, deadline=None)
def test_any_text_only_raises_value_parse_error(text: str) -> None:
    try:
        parse_period(text)
    except ValueParseError:
        pass
