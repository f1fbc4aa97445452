"""The value grammar (see docs/claim-format.md): table-driven cases from tests/cases/values, plus properties."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ValueParseError
from factcheck.grammar.values import parse_qualifier, parse_quantity, parse_tolerance
from factcheck.interval import Interval

CASES = Path(__file__).parents[1] / "cases" / "values"
_NOTATION = re.compile(r"([\[(])\s*([^,]+),\s*([^\])]+)([\])])")


def load(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((CASES / name).read_text(encoding="utf-8"))


def number(text: str) -> Fraction:
    return Fraction(text) if "/" in text else Fraction(Decimal(text))


def interval(notation: str) -> Interval:
    """`[1, 2]`, `(800, +inf)`, `(-inf, 800]` as an Interval."""
    match = _NOTATION.fullmatch(notation.strip())
    assert match, notation
    left, lo, hi, right = match.groups()
    lo_value = None if lo.strip() == "-inf" else number(lo.strip())
    hi_value = None if hi.strip() == "+inf" else number(hi.strip())
    return Interval(lo_value, hi_value, left == "[", right == "]")


def quantity(case: dict[str, Any]):
    return parse_quantity(
        case["value"],
        case.get("unit"),
        qualifier=case.get("qualifier"),
        tolerance=case.get("tolerance"),
        rounded=case.get("rounded"),
    )


@pytest.mark.parametrize("case", load("intervals.yaml"), ids=lambda case: case["name"])
def test_interval(case: dict[str, Any]) -> None:
    result = quantity(case)
    assert result.interval == interval(case["interval"])
    for x in case.get("includes", []):
        assert result.interval.contains(number(x)), x
    for x in case.get("excludes", []):
        assert not result.interval.contains(number(x)), x
    if "symbol" in case:
        assert result.unit.symbol == case["symbol"]
    if "dimension" in case:
        assert result.unit.dimension == case["dimension"]


@pytest.mark.parametrize("case", load("errors.yaml"), ids=lambda case: case["name"])
def test_refused(case: dict[str, Any]) -> None:
    with pytest.raises(ValueParseError) as caught:
        quantity(case)
    assert case["error"] in caught.value.reason
    assert caught.value.position is None


def test_ends_are_exact_fractions() -> None:
    result = parse_quantity("0.1", "元")
    assert result.interval.lo == Fraction(1, 20) and result.interval.hi == Fraction(3, 20)


@pytest.mark.parametrize("raw, text", [(1793, "1793"), (Decimal("57.90"), "57.90"), (57.9, "57.9")])
def test_yaml_scalars(raw: Any, text: str) -> None:
    assert parse_quantity(raw, "%") == parse_quantity(text, "%")


@pytest.mark.parametrize("raw", [True, None, [1], {"a": 1}])
def test_non_scalars_refused(raw: Any) -> None:
    with pytest.raises(ValueParseError):
        parse_quantity(raw)


@pytest.mark.parametrize(
    "word, name",
    [
        ("about", "about"),
        ("约", "about"),
        ("左右", "about"),
        ("近似", "about"),
        ("Roughly", "about"),
        ("at-least", "at-least"),
        ("以上", "at-least"),
        ("不低于", "at-least"),
        ("不少于", "at-least"),
        ("at least", "at-least"),
        ("more-than", "more-than"),
        ("超过", "more-than"),
        ("逾", "more-than"),
        ("突破", "more-than"),
        ("more than", "more-than"),
        ("over", "more-than"),
        ("at-most", "at-most"),
        ("以下", "at-most"),
        ("不超过", "at-most"),
        ("at most", "at-most"),
        ("less-than", "less-than"),
        ("不到", "less-than"),
        ("未满", "less-than"),
        ("less than", "less-than"),
        ("under", "less-than"),
        ("nearly", "nearly"),
        ("近", "nearly"),
        ("将近", "nearly"),
        ("接近", "nearly"),
        ("almost", "nearly"),
        ("odd", "odd"),
        ("多", "odd"),
        ("余", "odd"),
        ("-odd", "odd"),
        ("-plus", "odd"),
        ("at_least", "at-least"),
    ],
)
def test_qualifier_words(word: str, name: str) -> None:
    assert parse_qualifier(word) == name


@pytest.mark.parametrize(
    "text, unit, expected",
    [
        ("0.5", None, (Fraction(1, 2), 0)),
        ("2%", "元", (0, Fraction(1, 50))),
        ("5万", "万千瓦", (50000, 0)),
        ("5兆瓦", "千瓦", (5000, 0)),
        ("0.5pp", "%", (Fraction(1, 2), 0)),
        (1, None, (1, 0)),
        ("1 percent", "家", (0, Fraction(1, 100))),
    ],
)
def test_tolerance(text: Any, unit: str | None, expected: tuple[Any, Any]) -> None:
    assert parse_tolerance(text, unit) == (Fraction(expected[0]), Fraction(expected[1]))


# -- properties -----------------------------------------------------------------------------

_SCALES = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千": 10**3, " million": 10**6, "k": 10**3, "bn": 10**9}
_QUALIFIERS = [None, "about", "at-least", "more-than", "at-most", "less-than", "nearly", "odd"]


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Fraction]:
    whole = draw(st.integers(min_value=0, max_value=10**9))
    decimals = draw(st.text(alphabet="0123456789", max_size=4))
    grouped = draw(st.booleans())
    head = f"{whole:,}" if grouped else str(whole)
    sign = draw(st.sampled_from(["", "-", "−", "+"]))
    scale = draw(st.sampled_from(sorted(_SCALES)))
    text = f"{sign}{head}{'.' + decimals if decimals else ''}{scale}"
    value = Fraction(Decimal(f"{whole}.{decimals or '0'}")) * _SCALES[scale]
    return text, -value if sign in ("-", "−") else value


@given(
    written_numbers(),
    st.sampled_from([None, "家", "元", "%", "千瓦", "吨公里"]),
    st.sampled_from(_QUALIFIERS),
    st.sampled_from([None, True, False]),
)
@settings(max_examples=400, deadline=None)
def test_interval_holds_the_written_number(
    written: tuple[str, Fraction], unit: str | None, qualifier: str | None, rounded: bool | None
) -> None:
    text, value = written
    result = parse_quantity(text, unit, qualifier=qualifier, rounded=rounded).interval
    if qualifier in ("more-than", "less-than"):
        assert result.contains(value) or value in (result.lo, result.hi)
    else:
        assert result.contains(value)
    assert result.lo is None or result.hi is None or result.lo <= result.hi


@given(st.integers(min_value=0, max_value=10**15))
def test_grouping_is_only_notation(n: int) -> None:
    assert parse_quantity(f"{n:,}", "元") == parse_quantity(str(n), "元")
    assert parse_quantity(f"{n:,}").interval == Interval.point(n)


@given(written_numbers(), st.sampled_from([None, "家", "元", "%"]))
def test_rounded_false_is_the_written_number(written: tuple[str, Fraction], unit: str | None) -> None:
    text, value = written
    assert parse_quantity(text, unit, rounded=False).interval == Interval.point(value)


def chinese(n: int) -> str:
    """An independent writer of standard Chinese numerals (0 < n < 10**12), the test's oracle."""
    digits = "零一二三四五六七八九"

    def section(k: int) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // unit % 10
            if d:
                out += ("零" if zero and out else "") + digits[d] + name
                zero = False
            else:
                zero = True
        return out

    parts, out = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")], ""
    for k, name in parts:
        if k:
            out += ("零" if out and k < 1000 else "") + section(k) + name
    return out


@given(st.integers(min_value=1, max_value=10**12 - 1))
@settings(max_examples=400, deadline=None)
def test_chinese_numerals_read_back(n: int) -> None:
    result = parse_quantity(chinese(n), "家", rounded=False).interval
    assert result == Interval.point(n)


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_below_wan_is_exact_count(n: int) -> None:
    assert parse_quantity(chinese(n), "家").interval == Interval.point(n)


_PIECES = st.sampled_from(
    list(
        "0123456789.,-+~/ %％万亿兆千百十一二三四五六七八九零〇两点分之又多余几成折打半负第"
        "kmbnte约超过以上下左右近不到元家千瓦个百分点$€ 　—至^"
    )
    + [
        "million",
        "percent",
        "no.",
        "2nd",
        " to ",
        "-odd",
        "e-5",
        "one",
        "twenty",
        "hundred",
        "thousand",
        " and ",
        "a ",
        "half",
        "thirds",
        " point ",
        "dozen",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


@given(
    st.one_of(_TEXTS, st.text(max_size=12)),
    st.sampled_from([None, "家", "%", "万千瓦", "x"]),
    st.sampled_from(_QUALIFIERS + ["多", "zzz"]),
    st.one_of(st.none(), _TEXTS),
)
@settings(max_examples=1500, deadline=None)
def test_any_text_only_raises_value_parse_error(
    text: str, unit: str | None, qualifier: str | None, tolerance: str | None
) -> None:
    try:
        parse_quantity(text, unit, qualifier=qualifier, tolerance=tolerance)
    except ValueParseError:
        pass


def _written_qualifiers() -> list[tuple[str, str]]:
    from factcheck.grammar.vocab import QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES

    cases = []
    for name, words in QUALIFIER_PREFIXES.items():
        cases += [(f"{word} 800" if word[-1].isascii() else f"{word}800", name) for word in words]
    for name, words in QUALIFIER_SUFFIXES.items():
        cases += [(f"800 {word}" if word[0].isalpha() and word.isascii() else f"800{word}", name) for word in words]
    return cases


@pytest.mark.parametrize("text, name", _written_qualifiers())
def test_every_qualifier_word_inside_a_value(text: str, name: str) -> None:
    assert parse_quantity(text, "家") == parse_quantity("800", "家", qualifier=name)
    assert parse_qualifier(text.replace("800", "").strip()) == name


@settings(deadline=None)  # as the other property tests here: the first call pays for building the grammar's tables
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["", ".5", "万", "%", "亿元"]))
def test_full_width_is_only_notation(n: int, tail: str) -> None:
    from factcheck.grammar.textnorm import to_halfwidth

    wide = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c not in " " else c for c in f"{n:,}{tail}")
    assert to_halfwidth(wide) == f"{n:,}{tail}"
    assert parse_quantity(wide) == parse_quantity(f"{n:,}{tail}")
