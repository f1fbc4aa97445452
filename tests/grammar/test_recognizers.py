"""Chinese number and percentage specs of Microsoft Recognizers-Text, run through our grammar.

The fixtures (MIT, copied to ../shared/fixtures/recognizers-text, see its README) are
search-in-sentence tests; the ones that fit a single-value parser are those whose Input is
exactly one result, and those that must find nothing (`Results == []`: 两两, 万, 四川 must not
parse). Values are compared exactly, or to the 15 significant digits .NET prints (1/3).

Measured (PYTHONPATH=src python -m pytest tests/test_recognizers.py -q):
NumberModel 291/291 in scope (7 excluded), PercentModel 137/137 in scope (1 excluded); and
the whole-input Dimension, Currency and Ordinal cases whose unit our table knows: 26/26
(out of scope there: bits, bytes, hertz, kilocalories, kept as written units; compound money
amounts 50元6角三分 and 10日元5日本銭). English NumberModel 83/83 and PercentModel 9/9 in scope
(51 and 4 excluded: power notation, "1 over 3", compound fractions in words, 10G, "1 234 567",
"per cent of 210"; see EXCLUDED_EN).

Out of scope, with reasons:
- power notation (2^5, 1.1^+23, -2.5^-1): no statistical claim writes a number that way;
- Arabic digits separated by spaces (7 2 折): ambiguous with two numbers, so it is refused.
Differences of meaning that still count as a pass: 个百分点 (percentage points) parses to unit
`pp`, not `%` (Recognizers-Text conflates them; docs/claim-format.md keeps them apart), with the same number.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import ValueParseError
from factcheck.grammar.numerals import parse_numeral
from factcheck.grammar.values import parse_quantity

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "recognizers-text" / "Chinese"

pytestmark = pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures/recognizers-text is absent")

#: category → a test on the (NFKC) input that puts a case out of scope
EXCLUDED = {
    "power notation": lambda text: "^" in text,
    "digits separated by spaces": lambda text: re.search(r"\d\s+\d", text) is not None and "/" not in text,
}

#: file → (cases in scope, the pass rate measured; the test fails if it drops)
MEASURED = {"NumberModel.json": (291, 1.0), "PercentModel.json": (137, 1.0)}


def in_scope(path: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    cases, excluded = [], {name: 0 for name in EXCLUDED}
    for case in json.loads(path.read_text(encoding="utf-8")):
        results, text = case["Results"], case["Input"]
        whole = len(results) == 1 and results[0]["Start"] == 0 and results[0]["End"] == len(text) - 1
        if not (whole or results == []) or case.get("IgnoreResolution"):
            continue
        reason = next((name for name, test in EXCLUDED.items() if test(unicodedata.normalize("NFKC", text))), None)
        if reason:
            excluded[reason] += 1
        else:
            cases.append(case)
    return cases, excluded


def same(ours: Fraction, expected: str) -> bool:
    """Exactly equal, or equal at the 15 significant digits that .NET prints."""
    wanted = Decimal(expected)
    if Fraction(wanted) == ours:
        return True
    with localcontext() as context:
        context.prec = 15
        return Decimal(ours.numerator) / Decimal(ours.denominator) == +wanted


def read_number(text: str) -> Fraction:
    return parse_numeral(text).value


def read_percentage(text: str) -> Fraction:
    quantity = parse_quantity(text)
    if quantity.unit.dimension not in ("percent", "points"):
        raise ValueParseError(f"{text!r} is not a percentage")
    midpoint = quantity.interval.midpoint()
    assert midpoint is not None
    return midpoint  # the written number: its rounding interval is symmetric


def failures(cases: list[dict[str, Any]], read: Any) -> list[str]:
    wrong = []
    for case in cases:
        results = case["Results"]
        try:
            got = read(case["Input"])
        except ValueParseError as error:
            if results:
                wrong.append(
                    f"{case['Input']!r}: refused ({error.reason}), expected {results[0]['Resolution']['value']}"
                )
            continue
        if not results:
            wrong.append(f"{case['Input']!r}: must not parse, got {got}")
        elif not same(got, results[0]["Resolution"]["value"].rstrip("%")):
            wrong.append(f"{case['Input']!r}: got {float(got)}, expected {results[0]['Resolution']['value']}")
    return wrong


@pytest.mark.parametrize("name, read", [("NumberModel.json", read_number), ("PercentModel.json", read_percentage)])
def test_pass_rate(name: str, read: Any) -> None:
    cases, excluded = in_scope(FIXTURES / name)
    expected_count, expected_rate = MEASURED[name]
    assert len(cases) == expected_count, f"cases in scope changed; excluded: {excluded}"
    wrong = failures(cases, read)
    rate = 1 - len(wrong) / len(cases)
    assert rate >= expected_rate, "\n".join(wrong)


#: Recognizers-Text unit names → our unit symbols (units outside our table are out of scope).
UNIT_NAMES = {
    "Kilometer": "km",
    "Kilogram": "kg",
    "Ton": "t",
    "Meter": "m",
    "Jin": "斤",
    "Gram": "g",
    "Liang": "两",
    "Kilowatt": "kW",
    "Chinese yuan": "CNY",
    "United States dollar": "USD",
}


def unit_cases() -> list[tuple[str, dict[str, Any]]]:
    """Whole-input Dimension, Currency and Ordinal cases whose unit our table knows."""
    found = []
    for name in ("DimensionModel.json", "CurrencyModel.json", "OrdinalModel.json"):
        for case in in_scope(FIXTURES / name)[0]:
            resolution = case["Results"][0]["Resolution"] if case["Results"] else {}
            compound = any(word in case["Input"] for word in ("角", "分", "銭"))  # 50元6角三分
            if name == "OrdinalModel.json" or (resolution.get("unit") in UNIT_NAMES and not compound):
                found.append((case["Input"], resolution))
    return found


def test_units_and_ranks() -> None:
    """12千米, 一吨半, 三十两 (liang), 8亿元人民币, 人民币 8千元, 第二百五十: value and unit."""
    from factcheck.grammar.units import parse_unit

    cases, wrong = unit_cases(), []
    for text, resolution in cases:
        try:
            quantity = parse_quantity(text)
        except ValueParseError as error:
            wrong.append(f"{text!r}: refused ({error.reason})")
            continue
        theirs = parse_unit(UNIT_NAMES[resolution["unit"]])[1] if "unit" in resolution else quantity.unit
        ours = quantity.interval.midpoint()
        assert ours is not None
        if quantity.unit.dimension != theirs.dimension or not same(
            ours * quantity.unit.factor / theirs.factor, resolution["value"]
        ):
            wrong.append(f"{text!r}: got {float(ours)} {quantity.unit.symbol}, expected {resolution}")
    assert len(cases) == 26 and not wrong, "\n".join(wrong)


def _compound_fraction(text: str) -> bool:
    """A fraction in words other than "<one word> <half … tenth, quarter, hundredth>" after
    the start or "and": "one hundred and thirty fifths" is 26 or 106 depending on the reader."""
    from factcheck.grammar.numwords import ONES, PARTS

    words = re.findall(r"[a-z]+", text.lower())
    for i, word in enumerate(words):
        ordinal = word in PARTS or re.fullmatch(r"[a-z]+(?:th|ths)|[a-z]*firsts?", word) is not None
        if not ordinal or word in ("month", "months"):
            continue
        simple = (
            word in PARTS
            and i >= 1
            and (words[i - 1] in ONES or words[i - 1] in ("a", "an"))
            and (i == 1 or words[i - 2] == "and")
        )
        if not simple:
            return True
    return False


#: English: category → out-of-scope test, with the reason in the name.
EXCLUDED_EN = {
    "power notation (2^5, 1.3x10^6)": lambda text: "^" in text,
    "fractions with over / out of / in (1 over 3): read as a qualifier": lambda text: (
        re.search(r"\b(?:over|out of|in)\b", text.lower()) is not None
    ),
    "compound fractions in words (one hundred and thirty fifths: ambiguous)": _compound_fraction,
    "G as giga (10G): g is the gram": lambda text: re.search(r"\d\s*g\b", text.lower()) is not None,
    "digit groups separated by spaces (1 234 567)": lambda text: re.search(r"\d \d", text) is not None,
    "percent before the number (per cent of 210)": lambda text: re.match(r"per ?cents? of", text.lower()) is not None,
}
ENGLISH = FIXTURES.parent / "English"
#: file → (cases in scope, cases excluded, the pass rate measured)
MEASURED_EN = {"NumberModel.json": (83, 51, 1.0), "PercentModel.json": (9, 4, 1.0)}


@pytest.mark.parametrize("name", sorted(MEASURED_EN))
def test_english_pass_rate(name: str) -> None:
    """English numbers in digits and words: 1,674,200.5, 2 million, one hundred and six, two thirds."""
    cases, excluded = [], 0
    for case in json.loads((ENGLISH / name).read_text(encoding="utf-8")):
        results, text = case["Results"], case["Input"]
        whole = len(results) == 1 and results[0]["Start"] == 0 and results[0]["End"] == len(text) - 1
        if not (whole or results == []) or case.get("IgnoreResolution"):
            continue
        if any(test(unicodedata.normalize("NFKC", text)) for test in EXCLUDED_EN.values()):
            excluded += 1
        else:
            cases.append(case)
    in_scope_count, excluded_count, rate = MEASURED_EN[name]
    assert (len(cases), excluded) == (in_scope_count, excluded_count)
    read = read_percentage if name == "PercentModel.json" else read_english
    wrong = failures(cases, read)
    assert 1 - len(wrong) / len(cases) >= rate, "\n".join(wrong)


def read_english(text: str) -> Fraction:
    quantity = parse_quantity(text)
    if not quantity.unit.is_pure:
        raise ValueParseError(f"{text!r} is not a plain number")
    midpoint = quantity.interval.midpoint()
    assert midpoint is not None
    return midpoint


def test_exclusions_are_few() -> None:
    counts = {name: in_scope(FIXTURES / name)[1] for name in MEASURED}
    assert counts == {
        "NumberModel.json": {"power notation": 7, "digits separated by spaces": 0},
        "PercentModel.json": {"power notation": 0, "digits separated by spaces": 1},
    }
