"""The number finder against the in-sentence cases of Recognizers-Text's Chinese specs.

Recognizers-Text (microsoft/Recognizers-Text, MIT) keeps its expected answers as JSON data,
copied to ../shared/fixtures/recognizers-text/. The grammar helper's test covers the cases whose
whole input is one number; this one covers the others: numbers found inside running text, with
their span and value. The extractor's layers are compared with the matching models:
- NumberModel: every number token (`find_numbers`), 百分之 and % excluded (they are percentages);
- PercentModel: tokens written as 百分之N or followed by %;
- OrdinalModel: 第 + number;
- CurrencyModel, DimensionModel: mentions (number + unit) found by `paragraph_mentions`.

Out of scope, by design of the extractor (counted and reported, not failed): fractions (分之, 1/2,
又), tenths and discounts (九成, 八五折, 对折: 成 and 折 are ordinary words in running text),
dozens (十打), spoken abbreviations (一万三), numbers with spaces inside (三千 九百), dotted
strings of digits (2222.2222.22222), URLs, a currency named with no number (人民币), and cases
that the reference implementation itself fails (NotSupported lists dotnet).
Run with -s to see the pass rate.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.extract.mentions import paragraph_mentions
from factcheck.extract.numbers import find_numbers, fold_same_length
from factcheck.grammar.textnorm import to_halfwidth
from factcheck.grammar.unit_table import COUNT_WORDS
from factcheck.grammar.units import parse_unit
from factcheck.grammar.values import parse_quantity

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "recognizers-text" / "Chinese"
pytestmark = pytest.mark.skipif(not FIXTURES.is_dir(), reason="recognizers-text fixtures not beside the repository")

_OUT_OF_SCOPE = re.compile(
    r"分之(?<!百分之)|\d\s*/\s*\d|又|[成折打](?![为功立本果长绩])|一万[一二三四五六七八九]|九万四|"
    r"[一二三四五六七八九十百千]\s+[一二三四五六七八九十百千]|\d+\.\d+\.\d+|https?://|^人民币|"
    r"[元块][一二三四五六七八九]毛|美元又"
)
_MIN_PASS_RATE = 0.90


def _in_sentence(name: str) -> list[dict]:
    cases = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return [
        c
        for c in cases
        if not (
            len(c["Results"]) == 1 and c["Results"][0]["Start"] == 0 and c["Results"][0]["End"] == len(c["Input"]) - 1
        )
    ]


def _in_scope(case: dict) -> bool:
    if "dotnet" in case.get("NotSupported", "").lower().replace(" ", ""):
        return False
    texts = [case["Input"]] + [r["Text"] for r in case["Results"]]
    return not any(_OUT_OF_SCOPE.search(to_halfwidth(text)) for text in texts)


def _number(text: str) -> Decimal:
    interval = parse_quantity(text, rounded=False).interval
    middle = (interval.lo + interval.hi) / 2
    return Decimal(middle.numerator) / Decimal(middle.denominator)


def _standalone(folded: str, start: int, end: int, text: str) -> bool:
    """A lone 一 is an article (一看, 一下) unless a measure word, 点 or punctuation follows."""
    if text != "一":
        return True
    after = folded[end : end + 1]
    return (
        not after
        or not re.match(r"[\u3400-\u9fff]", after)
        or after == "点"
        or any(folded.startswith(w, end) for w in COUNT_WORDS + ("种", "只", "对", "双"))
    )


def _numbers(text: str) -> list[tuple[str, Decimal]]:
    folded = fold_same_length(text)
    found = []
    for token in find_numbers(text, folded):
        if folded[token.end : token.end + 1] == "%":
            continue
        written = token.text[3:] if token.script == "percent-words" else token.text  # 百分之五十 → 五十
        if _standalone(folded, token.start, token.end, folded[token.start : token.end]):
            found.append((to_halfwidth(written), _number(written)))
    return found


def _percents(text: str) -> list[tuple[str, Decimal]]:
    folded = fold_same_length(text)
    found = []
    for token in find_numbers(text, folded):
        if token.script == "percent-words":
            found.append((to_halfwidth(token.text), _number(token.text)))
        elif folded[token.end : token.end + 1] == "%":
            found.append((to_halfwidth(token.text) + "%", _number(token.text)))
    return found


def _ordinals(text: str) -> list[tuple[str, Decimal]]:
    folded = fold_same_length(text)
    return [
        ("第" + to_halfwidth(t.text), _number(t.text))
        for t in find_numbers(text, folded)
        if folded[t.start - 1 : t.start] == "第"
    ]


def _with_units(text: str, money: bool) -> list[tuple[str, Decimal]]:
    """Mentions with a currency (money=True) or a measured unit (money=False) as their unit."""
    found = []
    for mention in paragraph_mentions(text, 1, "zh", None):
        if not mention.unit or mention.kind == "label":
            continue
        dimension = parse_unit(mention.unit)[1].dimension
        if dimension.startswith("money:") == money and dimension not in ("count", "percent", "points"):
            start = mention.value_start if mention.qualifier else mention.start
            found.append((to_halfwidth(text[start : mention.end]).lower(), _number(mention.value)))
    return found


MODELS = {
    "NumberModel.json": _numbers,
    "PercentModel.json": _percents,
    "OrdinalModel.json": _ordinals,
    "CurrencyModel.json": lambda text: _with_units(text, money=True),
    "DimensionModel.json": lambda text: _with_units(text, money=False),
}


def _expected(case: dict) -> list[tuple[str, Decimal]]:
    return [
        (to_halfwidth(r["Text"]).lower(), Decimal(r["Resolution"]["value"].rstrip("%")))
        for r in case["Results"]
        if r["Resolution"].get("value") is not None
    ]


def test_in_sentence_pass_rate() -> None:
    passed = total = out_of_scope = 0
    failures = []
    for name, finder in MODELS.items():
        for case in _in_sentence(name):
            if not _in_scope(case):
                out_of_scope += 1
                continue
            total += 1
            expected = [(t, float(v)) for t, v in _expected(case)]
            got = [(t.lower(), float(v)) for t, v in finder(case["Input"])]
            if got == expected:
                passed += 1
            else:
                failures.append(f"{name}: {case['Input'][:40]!r}: want {expected}, got {got}")
    rate = passed / total
    print(
        f"\nrecognizers-text in-sentence cases: {passed}/{total} = {rate:.1%} in scope "
        f"({out_of_scope} out of scope)\n" + "\n".join(failures)
    )
    assert rate >= _MIN_PASS_RATE, failures
