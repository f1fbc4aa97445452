"""Units (see docs/claim-format.md): written word → (scale word in front, canonical unit, dimension)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ValueParseError
from factcheck.grammar.unit_table import COUNT_WORDS, UNIT_ROWS
from factcheck.grammar.units import (
    PERCENT,
    POINTS,
    UNIT_TABLE,
    is_count,
    parse_unit,
    scale_of_word,
)
from factcheck.grammar.vocab import SCALE_WORDS
from factcheck.model import PURE

# written, scale, symbol, dimension, factor
ROWS = [
    ("元", 1, "CNY", "money:CNY", 1),
    ("人民币", 1, "CNY", "money:CNY", 1),
    ("CNY", 1, "CNY", "money:CNY", 1),
    ("亿元", 10**8, "CNY", "money:CNY", 1),
    ("万元", 10**4, "CNY", "money:CNY", 1),
    ("千元", 10**3, "CNY", "money:CNY", 1),
    ("万亿元", 10**12, "CNY", "money:CNY", 1),
    ("美元", 1, "USD", "money:USD", 1),
    ("USD", 1, "USD", "money:USD", 1),
    ("$", 1, "USD", "money:USD", 1),
    ("亿美元", 10**8, "USD", "money:USD", 1),
    ("欧元", 1, "EUR", "money:EUR", 1),
    ("€", 1, "EUR", "money:EUR", 1),
    ("EUR", 1, "EUR", "money:EUR", 1),
    ("港元", 1, "HKD", "money:HKD", 1),
    ("日元", 1, "JPY", "money:JPY", 1),
    ("瓦", 1, "W", "power", 1),
    ("W", 1, "W", "power", 1),
    ("千瓦", 1, "kW", "power", 1000),
    ("kW", 1, "kW", "power", 1000),
    ("KW", 1, "kW", "power", 1000),
    ("兆瓦", 1, "MW", "power", 10**6),
    ("MW", 1, "MW", "power", 10**6),
    ("吉瓦", 1, "GW", "power", 10**9),
    ("GW", 1, "GW", "power", 10**9),
    ("万千瓦", 10**4, "kW", "power", 1000),
    ("百万千瓦", 10**6, "kW", "power", 1000),
    ("千瓦时", 1, "kWh", "energy", 1000),
    ("度", 1, "kWh", "energy", 1000),
    ("kWh", 1, "kWh", "energy", 1000),
    ("万千瓦时", 10**4, "kWh", "energy", 1000),
    ("亿千瓦时", 10**8, "kWh", "energy", 1000),
    ("亿度", 10**8, "kWh", "energy", 1000),
    ("米", 1, "m", "length", 1),
    ("m", 1, "m", "length", 1),
    ("公里", 1, "km", "length", 1000),
    ("千米", 1, "km", "length", 1000),
    ("km", 1, "km", "length", 1000),
    ("平方米", 1, "m²", "area", 1),
    ("㎡", 1, "m²", "area", 1),
    ("平方公里", 1, "km²", "area", 10**6),
    ("亩", 1, "亩", "area", Fraction(10**4, 15)),
    ("万亩", 10**4, "亩", "area", Fraction(10**4, 15)),
    ("公顷", 1, "ha", "area", 10**4),
    ("克", 1, "g", "mass", 1),
    ("千克", 1, "kg", "mass", 1000),
    ("公斤", 1, "kg", "mass", 1000),
    ("吨", 1, "t", "mass", 10**6),
    ("万吨", 10**4, "t", "mass", 10**6),
    ("斤", 1, "斤", "mass", 500),
    ("亿斤", 10**8, "斤", "mass", 500),
    ("%", 1, "%", "percent", 1),
    ("％", 1, "%", "percent", 1),
    ("percent", 1, "%", "percent", 1),
    ("per cent", 1, "%", "percent", 1),
    ("个百分点", 1, "pp", "points", 1),
    ("百分点", 1, "pp", "points", 1),
    ("pp", 1, "pp", "points", 1),
    ("percentage points", 1, "pp", "points", 1),
    ("個百分點", 1, "pp", "points", 1),
    ("万人", 10**4, "人", "count", 1),
    ("人次", 1, "人次", "count", 1),
    ("万人次", 10**4, "人次", "count", 1),
    ("million people", 10**6, "people", "count", 1),
    ("people", 1, "people", "count", 1),
    ("companies", 1, "companies", "count", 1),
    ("units", 1, "units", "count", 1),
    ("projects", 1, "projects", "count", 1),
    ("萬人", 10**4, "人", "count", 1),
    ("万", 10**4, "", "", 1),
    ("亿", 10**8, "", "", 1),
    ("million", 10**6, "", "", 1),
    ("倍", 1, "×", "", 1),
    ("标准箱", 1, "TEU", "containers", 1),
    ("亿吨公里", 10**8, "t·km", "freight", 1),
    ("亿车公里", 10**8, "车公里", "unit:车公里", 1),
    ("千岛湖", 1, "千岛湖", "unit:千岛湖", 1),
    ("元/吨", 1, "CNY/t", "money:CNY/mass", Fraction(1, 10**6)),
]


@pytest.mark.parametrize("written, scale, symbol, dimension, factor", ROWS, ids=[row[0] for row in ROWS])
def test_unit_rows(written: str, scale: int, symbol: str, dimension: str, factor: Fraction | int) -> None:
    found_scale, unit = parse_unit(written)
    assert (found_scale, unit.symbol, unit.dimension, unit.factor) == (scale, symbol, dimension, factor)


@pytest.mark.parametrize("word", [w for w in COUNT_WORDS if not w.isascii()])
def test_every_count_word(word: str) -> None:
    assert parse_unit(word) == (1, parse_unit(word)[1])
    assert is_count(parse_unit(word)[1])
    assert is_count(parse_unit("万" + word)[1]) and parse_unit("万" + word)[0] == 10**4


def test_contract_examples() -> None:
    from factcheck.model import Unit

    assert parse_unit(None) == (1, PURE) and parse_unit("") == (1, PURE)
    assert parse_unit("万千瓦") == (10**4, Unit("kW", "power", Fraction(1000), "千瓦"))
    assert parse_unit("%") == (1, PERCENT)
    assert parse_unit("个百分点")[1].dimension == POINTS.dimension


def test_currencies_are_separate_dimensions() -> None:
    dimensions = {parse_unit(word)[1].dimension for word in ("元", "美元", "欧元", "港元", "日元", "英镑")}
    assert len(dimensions) == 6


def test_percent_and_points_differ() -> None:
    assert PERCENT.dimension != POINTS.dimension


def test_unknown_units_fold_case_and_width() -> None:
    assert parse_unit("Widgets")[1].dimension == parse_unit("ｗｉｄｇｅｔｓ")[1].dimension == "unit:widgets"
    assert parse_unit("Widgets")[1].symbol == "Widgets"


@pytest.mark.parametrize(
    "written, scale, dimension, factor",
    [
        ("元/人", 1, "money:CNY/count", 1),
        ("万元/人", 10**4, "money:CNY/count", 1),
        ("元/万人", 1, "money:CNY/count", Fraction(1, 10**4)),
        ("美元/吨", 1, "money:USD/mass", Fraction(1, 10**6)),
    ],
)
def test_a_unit_per_unit_of_known_units_is_what_ratio_computes(
    written: str, scale: int, dimension: str, factor: Fraction | int
) -> None:
    got_scale, unit = parse_unit(written)
    assert (got_scale, unit.dimension, unit.factor) == (scale, dimension, factor)


def test_a_unit_per_unknown_unit_stays_as_written() -> None:
    assert parse_unit("%/年")[1].dimension == "unit:%/年"
    assert parse_unit("元/人/年")[1].dimension == "unit:元/人/年"


def test_written_keeps_the_authors_word() -> None:
    assert parse_unit("亿元")[1].written == "元"
    assert parse_unit("公斤")[1].written == "公斤"
    assert parse_unit("Million People")[1].written == "People"


@pytest.mark.parametrize("word, factor", sorted(SCALE_WORDS.items()))
def test_scale_words(word: str, factor: Fraction) -> None:
    assert scale_of_word(word) == factor
    assert scale_of_word(word.upper()) == factor


@pytest.mark.parametrize("text", ["1e8", "元", "", "萬億"])
def test_scale_of_other_text(text: str) -> None:
    assert scale_of_word(text) == (Fraction(10**12) if text == "萬億" else None)


def test_every_table_row_parses_to_itself() -> None:
    for words, symbol, dimension, factor in UNIT_ROWS:
        for word in words:
            unit = parse_unit(word)[1]
            assert (unit.symbol, unit.dimension, unit.factor) == (symbol, dimension, factor), word
    assert all(key == key.casefold() for key in UNIT_TABLE)


def test_refused() -> None:
    with pytest.raises(ValueParseError):
        parse_unit("x" * 200)
    with pytest.raises(ValueParseError):
        parse_unit(5)  # type: ignore[arg-type]


@given(st.text(max_size=20))
@settings(max_examples=500, deadline=None)
def test_any_text_only_raises_value_parse_error(text: str) -> None:
    try:
        parse_unit(text)
    except ValueParseError:
        pass


@pytest.mark.parametrize(
    ("written", "symbol"),
    [("Rwf", "RWF"), ("FRw", "RWF"), ("USh", "UGX"), ("TSh", "TZS"), ("taka", "BDT"), ("ISK", "ISK"), ("FJD", "FJD")],
)
def test_the_currencies_releases_print_are_known(written: str, symbol: str) -> None:
    unit = parse_unit(written)[1]
    assert (unit.symbol, unit.dimension) == (symbol, f"money:{symbol}")


def test_points_said_of_nothing_are_a_unit_of_their_own() -> None:
    # neither percentage points nor index points: they combine only with themselves, not "unknown"
    unit = parse_unit("points")[1]
    assert unit.dimension == "unit:points" and parse_unit("percentage points")[1].symbol == "pp"
    assert parse_unit("try")[1].dimension == "unit:try"  # an ISO code that is an English word is not money


@pytest.mark.parametrize(
    ("written", "symbol", "scale"),
    [("USD million", "USD", 10**6), ("Rs. Million", "Rs", 10**6), ("EUR bn", "EUR", 10**9)],
)
def test_a_currency_then_its_scale_word_is_the_scaled_currency(written: str, symbol: str, scale: int) -> None:
    found, unit = parse_unit(written)
    assert (found, unit.symbol, unit.dimension) == (scale, symbol, f"money:{symbol}")
    assert parse_unit("widgets million")[1].dimension == "unit:widgets million"  # only after a currency
