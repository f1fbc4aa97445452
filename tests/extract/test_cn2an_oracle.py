"""cn2an as an oracle for Chinese numerals found in running text (skipped when not installed).

cn2an is not a dependency: it converts whole numerals only (it rejects 725万千瓦, 800多家, 57.9%),
so it cannot find numbers in text; but on the numeral tokens our finder cuts out of a sentence,
its value must agree with ours.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.numbers import find_numbers
from factcheck.grammar.values import parse_quantity

cn2an = pytest.importorskip("cn2an")

SENTENCES = [
    "全市共有三千五百家企业",
    "一百五十万五千二百四十五人",
    "两万人参加",
    "四千万零五十元",
    "一千零十二章",
    "二百五十个",
    "九十九座",
    "一亿零五百万元",
    "十一个",
    "三十万零七百",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_chinese_numeral_values_agree_with_cn2an(sentence: str) -> None:
    tokens = [t for t in find_numbers(sentence) if t.script == "chinese"]
    assert tokens
    for token in tokens:
        interval = parse_quantity(token.text, rounded=False).interval
        ours = Decimal(interval.lo.numerator) / Decimal(interval.lo.denominator)
        assert ours == Decimal(str(cn2an.cn2an(token.text, "smart")))
