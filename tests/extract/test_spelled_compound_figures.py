"""A figure written with two spelled scale words, the larger first: "2 million 419 thousand persons" is
2,419,000 persons (the thousands exact), read as one figure by the extractor and the value grammar
alike; a "decrease by" after it is a decline."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from tests.extract.drafting_support import drafted_units_periods, not_verified

from factcheck.errors import ValueParseError
from factcheck.grammar.values import parse_quantity


def test_two_spelled_scale_words_make_one_figure(tmp_path: Path) -> None:
    text = "In 2011 the region counted 1 million 207 thousand households, a decrease by 0.6% on 2010."
    assert drafted_units_periods(tmp_path, text) == [
        ("1 million 207 thousand", "households", "2011"),
        ("-0.6", "%", "2011"),
    ]
    assert not not_verified(tmp_path)


def test_the_value_grammar_reads_them_exactly_to_the_thousand() -> None:
    interval = parse_quantity("3 billion 45 million", "EUR").interval
    assert (interval.lo, interval.hi) == (Fraction(3_044_500_000), Fraction(3_045_500_000))


@pytest.mark.parametrize("written", ["2 million 419", "2 million 419 million", "2 thousand 5 thousand"])
def test_the_rest_needs_its_own_smaller_scale_word(written: str) -> None:
    with pytest.raises(ValueParseError):
        parse_quantity(written, "persons")
