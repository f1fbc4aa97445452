"""Plain whole numbers skip the numeral grammar's tokens: the answer must be the grammar's own."""

from __future__ import annotations

import random

import pytest

from factcheck.grammar import values


def _samples() -> list[str]:
    rng = random.Random(15)
    texts = ["0", "00", "000", "007", "0100", "1", "10", "100", "1000", "1147", "2022", "999999999999999"]
    for _ in range(3000):
        digits = str(rng.randrange(10 ** rng.randint(1, 15)))
        texts.append("0" * rng.randint(0, 2) + digits + "0" * rng.randint(0, 3))
    return [text[:15] for text in texts]


def test_plain_whole_numbers_read_as_the_numeral_grammar_reads_them() -> None:
    for text in _samples():
        assert values._end(text, text) == values._scanned_end(text, text), text


@pytest.mark.parametrize("unit", [None, "家", "万千瓦", "%", "亿元"])
@pytest.mark.parametrize("rounded", [None, True, False])
def test_quantities_of_plain_whole_numbers_are_unchanged(unit: str | None, rounded: bool | None, monkeypatch) -> None:
    texts = ["0", "7", "100", "1147", "0100", "123456789012345"]
    fast = [values._parse(text, unit, None, None, rounded) for text in texts]
    monkeypatch.setattr(values, "_end", values._scanned_end)  # every end through the numeral grammar
    assert [values._parse(text, unit, None, None, rounded) for text in texts] == fast


@pytest.mark.parametrize("text", ["١٢٣", "１２３", "1234567890123456", "-5", "+5", "1,000", "1_000", "12.0"])
def test_other_texts_take_the_grammar(text: str) -> None:
    assert values._WHOLE.fullmatch(text) is None
