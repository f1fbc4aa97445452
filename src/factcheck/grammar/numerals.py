"""Written numbers → exact values that remember their last written digit.

One grammar reads Arabic and Chinese numerals and their mixtures: 1,234,567, -2.3, .5, 2e5,
三千五百, 两万, 一万零十二, 四亿五千六百四十二万零一十五, 3.5万, 1.2万亿, 2千零30万, 3万4000,
十五点七, 五点五万, 3.5 million, 12k, 2bn. Also: fractions (三分之一, 一又二分之一, 3/4, 1 3/5),
percentages written in words (百分之五十七点九, 千分之二 = 0.2 %, 三成 = 30 %, 七五折 = 75 %),
rough counts (800多, 十多万, 五百余万, 二十几万: `odd`), spoken abbreviations (一万三 = 13000,
两千四百五 = 2450, 千三 = 1300), 半百 = 50, 一打 = 12, 四万万 = 4e8, 兆 = 1e12 inside a numeral,
Chinese digit strings (二〇二二 = 2022), financial and traditional characters (壹佰, 萬, 億, 兩).

Each Numeral keeps `place`, one unit of its last written digit after scaling (725万 → 1e4,
57.90 → 0.01, 三千五百 → 100), which is what rounding intervals are made of, and `nonzero`,
one unit of its last non-zero digit (800 → 100), which is what 800多 spans.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.numbuild import Builder, Numeral, Part, arabic_part
from factcheck.grammar.numtokens import Token, normalize, scan
from factcheck.grammar.vocab import ORDINAL_PREFIX, ORDINAL_SUFFIXES, ORDINAL_WORDS

__all__ = ["Numeral", "Part", "evaluate", "ordinal", "parse_numeral", "scan_numeral"]

_ENGLISH_ORDINAL = re.compile(r"no\.\s*(\d{1,6})|(\d{1,6})(?:st|nd|rd|th)", re.ASCII)


def parse_numeral(text: str) -> Numeral:
    """The whole of `text` as one number; ValueParseError if anything is left over."""
    numeral, rest = scan_numeral(text)
    if rest:
        raise ValueParseError(f"{text!r} is not a number ({rest!r} left over)")
    return numeral


def ordinal(text: str) -> Numeral | None:
    """第2, 第二位, 第一名, 2nd, "second", 首: a rank as an exact number; None if not one."""
    folded = normalize(text).strip()
    if folded in ORDINAL_WORDS:
        return Numeral(Fraction(ORDINAL_WORDS[folded]), Fraction(1), Fraction(1))
    english = _ENGLISH_ORDINAL.fullmatch(folded)
    if english:
        return Numeral(Fraction(int(english.group(1) or english.group(2))), Fraction(1), Fraction(1))
    if not folded.startswith(ORDINAL_PREFIX) or len(folded) == 1:
        return None
    core = folded[1:]
    for word in ORDINAL_SUFFIXES:
        if core.endswith(word) and len(core) > len(word):
            core = core[: -len(word)]
            break
    numeral = parse_numeral(core)
    if numeral.value < 1 or numeral.value.denominator != 1 or numeral.decimal or numeral.percent or numeral.odd:
        raise ValueParseError(f"{text!r} is not a rank (第 must be followed by a whole number)")
    return Numeral(numeral.value, Fraction(1), Fraction(1))


def scan_numeral(text: str) -> tuple[Numeral, str]:
    """The number at the front of `text` and the rest (normally the unit), both normalized."""
    tokens, rest = scan(normalize(text))
    if not tokens:
        raise ValueParseError(f"no number in {text!r}")
    return evaluate(tokens, text), rest


def evaluate(tokens: list[Token], text: str = "") -> Numeral:
    """The value of a token list: sign, whole-and-fraction, fraction or plain number, 折."""
    discount = bool(tokens) and tokens[-1].kind == "discount"
    if discount:
        tokens = tokens[:-1]
    sign, tokens = _signed(tokens)
    kinds = [token.kind for token in tokens]
    if "and" in kinds:
        at = kinds.index("and")
        whole = _main(tokens[:at], text)
        part = _fraction_or_main(tokens[at + 1 :], text)
        if not part.fraction or whole.odd or whole.value < 0:
            raise ValueParseError(f"{text!r}: 又 must join a whole number and a fraction")
        numeral = replace(part, value=whole.value + part.value)
    else:
        numeral = _fraction_or_main(tokens, text)
    if sign < 0:
        numeral = replace(numeral, value=-numeral.value)
    return _discount(numeral, text) if discount else numeral


def _signed(tokens: list[Token]) -> tuple[int, list[Token]]:
    if tokens and tokens[0].kind == "sign":
        return int(tokens[0].value), tokens[1:]
    return 1, tokens


def _fraction_or_main(tokens: list[Token], text: str) -> Numeral:
    kinds = [token.kind for token in tokens]
    if "frac" in kinds:  # 三分之一: denominator first
        at = kinds.index("frac")
        return _fraction(tokens[:at], tokens[at + 1 :], text, chinese=True)
    if "slash" in kinds:  # 1/3: numerator first
        at = kinds.index("slash")
        return _fraction(tokens[at + 1 :], tokens[:at], text, chinese=False)
    return _main(tokens, text)


def _fraction(den_tokens: list[Token], num_tokens: list[Token], text: str, chinese: bool) -> Numeral:
    den_sign, den_tokens = _signed(den_tokens)
    num_sign, num_tokens = _signed(num_tokens)
    numerator = _main(num_tokens, text)
    if chinese and den_tokens and all(t.kind in ("small", "big") for t in den_tokens) and den_sign > 0:
        per = Fraction(1)  # 百分之 / 千分之 / 万分之: a percentage, rounded like any number
        for token in den_tokens:
            per *= token.value
        factor = Fraction(100) / per
        if [t.kind for t in num_tokens] == ["small"]:  # 百分之百: a whole word, exactly 100 %
            numerator = replace(numerator, place=Fraction(1), nonzero=Fraction(1))
        return replace(
            numerator,
            value=num_sign * numerator.value * factor,
            place=numerator.place * factor,
            nonzero=numerator.nonzero * factor,
            percent=True,
            odd=None if numerator.odd is None else numerator.odd * factor,
            trailing_scale=Fraction(1),
        )
    denominator = _main(den_tokens, text)
    if denominator.value == 0 or denominator.odd or numerator.odd:
        raise ValueParseError(f"{text!r} is not a usable fraction")
    den = den_sign * denominator.value
    return Numeral(
        num_sign * numerator.value / den,
        numerator.place / abs(den),
        numerator.nonzero / abs(den),
        decimal=numerator.decimal,
        scaled=numerator.scaled,
        fraction=True,
    )


def _discount(numeral: Numeral, text: str) -> Numeral:
    """七五折 = 75 %, 9.5折 = 95 %, 五折 = 50 %: a discount as the share paid."""
    value = numeral.value
    if value == Fraction(1, 2):  # 半折: half price
        numeral = replace(numeral, value=Fraction(5), place=Fraction(1), nonzero=Fraction(1))
        value = numeral.value
    if numeral.percent or numeral.fraction or numeral.odd or not 0 < value < 100:
        raise ValueParseError(f"{text!r} is not a discount (一折 to 九九折)")
    if value < 10:
        return replace(numeral, value=value * 10, place=numeral.place * 10, nonzero=numeral.nonzero * 10, percent=True)
    if numeral.digits_only and value.denominator == 1:
        return replace(numeral, percent=True)
    raise ValueParseError(f"{text!r} is not a discount (一折 to 九九折)")


def _main(tokens: list[Token], text: str) -> Numeral:
    if not tokens:
        raise ValueParseError(f"no number in {text!r}")
    if len(tokens) >= 2 and all(t.kind == "digit" and t.text != "两" for t in tokens):
        digits = "".join(str(int(t.value)) for t in tokens)  # 二〇二二: a digit string
        return replace(_from_part(arabic_part(digits)), digits_only=True)
    if len(tokens) == 1 and tokens[0].kind == "num" and tokens[0].text.isdigit():
        return replace(_from_part(arabic_part(tokens[0].text)), digits_only=True)  # 75 (折)
    builder = Builder(text)
    for token in tokens:
        builder.feed(token)
    return builder.result()


def _from_part(part: Part) -> Numeral:
    return Numeral(part.value, part.place, part.nonzero)
