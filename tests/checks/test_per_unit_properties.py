"""Property: a per-unit value, its total and its denominator agree in both directions.

total ÷ denominator = per-unit value, per-unit value × denominator = total, and
total ÷ per-unit value = denominator, for money per person and for a yield per 亩, with the
per-unit claim written in a plain unit and marked per unit by its words or its `per` field.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import make_claim, run_check

PER = st.integers(min_value=1, max_value=10**6)
COUNT = st.integers(min_value=1, max_value=10**9)

# (unit of the total, unit of the denominator, how the per-unit claim says "per")
KINDS = [
    ("元", "人", {"text": "全年人均国内生产总值{p}元"}),
    ("元", "人", {"per": "人"}),
    ("美元", "persons", {"text": "GDP per capita was {p} dollars"}),
    ("公斤", "亩", {"text": "粮食亩产{p}公斤"}),
    ("元", "户", {"subject": "户均存款"}),
]


def _per_claim(per: int, unit: str, how: dict[str, str], checks=()):
    options = {key: value.format(p=per) for key, value in how.items()}
    return make_claim("t/per", str(per), unit, checks=list(checks), **options)[0]


@pytest.mark.parametrize(("unit", "denominator", "how"), KINDS)
@settings(max_examples=25, deadline=None)
@given(per=PER, count=COUNT)
def test_both_directions_agree(unit: str, denominator: str, how: dict[str, str], per: int, count: int) -> None:
    total = make_claim("t/total", str(per * count), unit)[0]
    people = make_claim("t/count", str(count), denominator)[0]
    per_claim = _per_claim(per, unit, how, checks=[{"ratio": ["./total", "./count"]}])
    assert run_check(per_claim, {"t/total": total, "t/count": people}).verdict.value == "pass"

    plain_per = _per_claim(per, unit, how)
    back = make_claim("t/total", str(per * count), unit, checks=[{"formula": "{./per} * {./count}"}])[0]
    assert run_check(back, {"t/per": plain_per, "t/count": people}).verdict.value == "pass"

    again = make_claim("t/count", str(count), denominator, checks=[{"ratio": ["./total", "./per"]}])[0]
    assert run_check(again, {"t/per": plain_per, "t/total": total}).verdict.value == "pass"


@pytest.mark.parametrize(("unit", "denominator", "how"), KINDS)
@settings(max_examples=25, deadline=None)
@given(per=st.integers(min_value=100, max_value=10**6), count=st.integers(min_value=100, max_value=10**9))
def test_a_per_unit_value_off_by_a_percent_fails(
    unit: str, denominator: str, how: dict[str, str], per: int, count: int
) -> None:
    total = make_claim("t/total", str(per * count), unit)[0]
    people = make_claim("t/count", str(count), denominator)[0]
    wrong = per + per // 100 + 1
    per_claim = _per_claim(wrong, unit, how, checks=[{"ratio": ["./total", "./count"]}])
    assert run_check(per_claim, {"t/total": total, "t/count": people}).verdict.value == "fail"
