"""The quote carries the claim's sign: minus, parentheses or a decline word for a negative value."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.checks.citation import citation_findings
from factcheck.checks.quote_sign import sign_problem
from factcheck.grammar.values import parse_quantity
from factcheck.model import Citation, Claim, Kind, Position, Verdict

CARRIES_THE_SIGN = [
    ("-3.5%", "进出口总额下降3.5%"),
    ("-3.5%", "进出口总额比上年下降3.5%"),
    ("-3.5%", "进出口总额同比下降了3.5%"),
    ("-3.5%", "进出口总额增长-3.5%"),  # the minus wins over the word
    ("-3.5%", "进出口总额负增长3.5%"),
    ("-3.5%", "降幅3.5%"),
    ("-3.5", "exports fell 3.5 percent"),
    ("-3.5", "exports fell by about 3.5 percent"),
    ("-3.5", "exports declined by 3.5 percent"),
    ("-12,000", "payrolls changed by (12,000) in May"),
    ("(12,000)", "payrolls changed by (12,000) in May"),
    ("−2.3", "同比下降2.3%"),
    ("3.5%", "进出口总额增长3.5%"),
    ("3.5", "unemployment fell to 3.5 percent"),  # a level after "to": no sign said
    ("3.5", "a breakdown of 3.5 percent"),  # "down" inside a word is no word
    ("9 cents", "average hourly earnings rose by 9 cents, or 0.3 percent, to $33.18"),
    ("3.5%", "下降3.5%，增长3.5%"),  # one occurrence carries the sign
    ("725万", "装机725万千瓦"),
    ("-12,000", "payrolls were 12,000 fewer than a year before"),
    ("-3.5", "prices were 3.5 percent lower"),
    ("-3.5%", "出口额降幅为3.5%"),
    ("3.5%", "失业率下降为3.5%"),  # 为 after 下降: a level, no sign said
    ("-0.3%", "城镇和农村分别下降0.5%、0.3%和0.2%"),  # a list shares its first figure's decline word
    ("-0.2%", "城镇和农村分别下降0.5%、0.3%和0.2%"),
    ("-1.66", "比重分别回落2.16和1.66个百分点"),
    ("-1.6", "prices fell 2.1% and 1.6% respectively"),
    ("-15", "a 15% decrease from 694"),  # a decline noun after the number
    ("-0.5", "a 0.5-percentage-point decrease"),
    ("-1.2", "sales are estimated to have fallen by 1.2%"),
]

CONTRADICTS_THE_SIGN = [
    ("-3.5%", "进出口总额增长3.5%", "'增长'"),
    ("-3.5%", "进出口总额3.5%", "no minus sign, parentheses or decline word"),
    ("3.5%", "进出口总额下降3.5%", "'下降' before 3.5, a decline"),
    ("-0.3", "average hourly earnings rose 0.3 percent", "'rose'"),
    ("2.3", "exports fell 2.3 percent", "'fell'"),
    ("-3.5", "3.5 percent lowering", "no minus sign"),  # "lowering" is not the word "lower"
    ("-0.3%", "出口下降0.5%、进口增长0.3%", "'增长'"),  # an item with its own word keeps it
    ("-1,200", "unemployment fell 0.2% and 1,200 jobs were found", "no minus sign"),
]


def sign(value: str) -> int:
    interval = parse_quantity(value).interval
    return -1 if interval.hi < 0 else 1


@pytest.mark.parametrize(("value", "quote"), CARRIES_THE_SIGN)
def test_the_quote_carries_the_sign(value: str, quote: str) -> None:
    assert sign_problem(quote, value, sign(value)) is None


@pytest.mark.parametrize(("value", "quote", "says"), CONTRADICTS_THE_SIGN)
def test_a_word_against_the_sign_is_named(value: str, quote: str, says: str) -> None:
    problem = sign_problem(quote, value, sign(value))
    assert problem is not None and says in problem


def test_ranges_and_zero_are_not_judged() -> None:
    assert sign_problem("增长3%-5%", "3-5", 0) is None
    assert sign_problem("增长-3%至5%", "-3-5", 1) is None


def _claim(value: str, quote: str) -> Claim:
    return Claim(
        id="a",
        file="claims/a.yaml",
        text="t",
        value_text=value,
        quantity=parse_quantity(value),
        kind=Kind.FACT,
        position=Position("claims/a.yaml"),
        positions={("citation", "quote"): Position("claims/a.yaml", 5, 10)},
        citation=Citation(quote=quote),
    )


def test_a_rise_quoted_for_a_decline_is_misquoted(tmp_path: Path) -> None:
    (finding,) = citation_findings(_claim("-3.5%", "进出口总额增长3.5%"), tmp_path)
    assert (finding.verdict, finding.position.line) == (Verdict.MISQUOTED, 5)
    assert "'增长'" in finding.message


def test_a_decline_quoted_for_a_decline_passes(tmp_path: Path) -> None:
    assert citation_findings(_claim("-3.5%", "进出口总额下降3.5%"), tmp_path) == []
