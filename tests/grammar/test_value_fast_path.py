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


def _decimal_samples() -> list[str]:
    rng = random.Random(8)
    texts = ["0.0", "-0.0", "0.00", "100.0", "5.20", "-0.50", "05.2", "-3", "-0", "-007"]
    texts += ["3亿", "1.2万亿", "0万", "12.30万"]
    for _ in range(4000):
        whole = str(rng.randrange(10 ** rng.randint(1, 7)))
        fraction = str(rng.randrange(10 ** rng.randint(1, 6))).zfill(rng.randint(1, 6)) + "0" * rng.randint(0, 2)
        text = "0" * rng.randint(0, 1) + whole + ("." + fraction if rng.random() < 0.8 else "")
        text = ("-" if rng.random() < 0.3 else "") + text + rng.choice(["", "", "千", "万", "亿", "万亿"])
        texts.append(text[:15])
    return texts


def test_plain_decimals_with_a_scale_word_read_as_the_numeral_grammar_reads_them() -> None:
    for text in _decimal_samples():
        if values._PLAIN.fullmatch(text) and not values._WHOLE.fullmatch(text):
            assert values._end(text, text) == values._scanned_end(text, text), text


@pytest.mark.parametrize("text", ["5.", ".5", "+5.2", "5.2 亿", "1,234.5", "5.2百万", "５.2", "5.2e3", "−5.2", "5.2億"])
def test_other_decimals_take_the_grammar(text: str) -> None:
    assert values._PLAIN.fullmatch(text) is None
