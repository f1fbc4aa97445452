"""Split the front of a value into number tokens; stop where the unit begins.

The scanner is greedy but lets a unit word win over a numeral character: in 725万千瓦 the
千 starts the unit 千瓦, in 5百分点 the 百 starts 百分点, in 5km the k starts km. English scale
words need a word boundary (3.5m, 2 bn, 12k). Whatever cannot continue a number is the rest
(the unit as written), returned untouched for `units.parse_unit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.textnorm import to_halfwidth
from factcheck.grammar.units import UNIT_TABLE
from factcheck.grammar.vocab import (
    CN_AND,
    CN_BIG_UNITS,
    CN_DIGITS,
    CN_DISCOUNT,
    CN_DOZEN,
    CN_FRACTION,
    CN_HALF,
    CN_MEGA,
    CN_MINUS,
    CN_POINT,
    CN_SMALL_UNITS,
    CN_TENTHS,
    CN_TWO,
    EN_SCALE_WORDS,
    ODD_MARKERS,
    TRADITIONAL,
)

# A written Arabic number; "800." and YAML's 1_000 included.
_ARABIC = re.compile(r"(?:\d[\d,_]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?", re.ASCII)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:_\d+)*(?:\.\d*)?|\.\d+", re.ASCII)
_CN_DECIMALS = re.compile(r"\s*([零〇一二三四五六七八九0-9]+)")
_LATIN_WORD = re.compile(r"[a-z]+")
_DIGITS = "0123456789"
_FRACTION = re.compile(r"分\s*之")  # 三分之一, also spaced: 三 分 之 一

_NUMERAL_STARTS = set(CN_DIGITS) | set(CN_SMALL_UNITS) | set(CN_BIG_UNITS) | {CN_HALF, CN_POINT}
#: Unit words that begin with a numeral character (千瓦, 百分点, 兆瓦时, 千克 …): they win.
_UNITS_AT_NUMERAL = sorted((w for w in UNIT_TABLE if w[0] in _NUMERAL_STARTS and len(w) > 1), key=len, reverse=True)


@dataclass(frozen=True)
class Token:
    kind: str  # num digit half small big point scale sign frac and slash odd tenths discount
    text: str
    value: Fraction = Fraction(0)


def normalize(text: str) -> str:
    """Half-width, simplified numeral characters, Latin letters in lower case; a scale word broken at
    a PDF line end mended ("333 mil- lion" is 333 million)."""
    folded = to_halfwidth(text).translate(TRADITIONAL).casefold()
    return BROKEN_SCALE.sub(r"\1\2", folded) if "- " in folded else folded


#: A scale word hyphenated across a line end of a PDF: "mil- lion", "bil- lion", "tril- lion".
BROKEN_SCALE = re.compile(r"(?i)\b(mil|bil|tril)- (lion)\b")


def _unit_wins(text: str, i: int) -> bool:
    """True when a unit word starting with a numeral character starts at `i` (千瓦 over 千)."""
    return any(text.startswith(word, i) for word in _UNITS_AT_NUMERAL)


def _unit_follows(text: str, i: int) -> bool:
    """True when a word that is not a numeral follows: 兆 in 50兆字节 is the prefix mega."""
    rest = text[i:].lstrip()
    return bool(rest) and not (rest[0] in _DIGITS or rest[0] in _NUMERAL_STARTS or rest[0] in "多余几")


def _position_follows(text: str, i: int) -> bool:
    rest = text[i:].lstrip()
    return bool(rest) and (rest[0] in CN_SMALL_UNITS or rest[0] in CN_BIG_UNITS)


def _latin_at(text: str, i: int) -> str:
    match = _LATIN_WORD.match(text, i)
    return match.group(0) if match else ""


def _english_scale(text: str, i: int) -> str | None:
    """An English scale word at `i` with a word boundary after it, unless a unit is longer."""
    word = _latin_at(text, i)
    if word in EN_SCALE_WORDS:
        return word
    return None


def scan(text: str) -> tuple[list[Token], str]:
    """Number tokens at the front of normalized `text`, and the rest (the unit)."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        step = _next_token(text, i, tokens)
        if step is None:
            break
        token, i = step
        tokens.append(token)
    return tokens, text[i:].strip()


def _next_token(text: str, i: int, tokens: list[Token]) -> tuple[Token, int] | None:
    c = text[i]
    prev = tokens[-1].kind if tokens else None
    numeric_before = prev in ("num", "digit", "half", "small", "big", "point", "odd", "tenths")
    if c in "+-" + CN_MINUS and prev in (None, "frac", "and"):
        return Token("sign", c, Fraction(-1 if c in "-" + CN_MINUS else 1)), i + 1
    if c in _DIGITS or (c == "." and text[i + 1 : i + 2] in _DIGITS and text[i + 1 : i + 2]):
        if prev == "num" and _slash_follows(text, i):
            return Token("and", " "), i  # 4 6/3: a whole number and a fraction
        return _arabic(text, i, tokens)
    if c == "/" and prev == "num":
        return Token("slash", c), i + 1
    fraction = _FRACTION.match(text, i)
    if fraction and prev in ("num", "digit", "small", "big"):
        return Token("frac", CN_FRACTION), fraction.end()
    if c == CN_AND and prev in ("num", "digit", "small", "big", "point"):
        return Token("and", c), i + 1
    if _unit_wins(text, i):
        return None
    if c == CN_TWO and numeric_before and not _position_follows(text, i + 1):
        return None  # 三十两, 1234两: 两 after a number is the weight unit liang, not a digit
    if c in CN_DIGITS:
        return Token("digit", c, Fraction(CN_DIGITS[c])), i + 1
    if c == CN_HALF:
        return Token("half", c, Fraction(1, 2)), i + 1
    if c in CN_SMALL_UNITS:
        return Token("small", c, Fraction(CN_SMALL_UNITS[c])), i + 1
    if c in CN_BIG_UNITS and not (c == CN_MEGA and _unit_follows(text, i + 1)):
        return Token("big", c, Fraction(CN_BIG_UNITS[c])), i + 1
    if c == CN_POINT and numeric_before:
        match = _CN_DECIMALS.match(text, i + 1)
        if match:
            digits = "".join(str(CN_DIGITS.get(d, d)) for d in match.group(1))
            return Token("point", digits), match.end()
        return None
    if not numeric_before:
        return None
    return _suffix_token(text, i, prev)


def _suffix_token(text: str, i: int, prev: str | None) -> tuple[Token, int] | None:
    """Tokens that only follow a number: scale words, 多/余/几, 成, 折, 打."""
    c = text[i]
    rest = text[i + 1 :].lstrip()
    if c in ODD_MARKERS:
        return Token("odd", c), i + 1
    if c == CN_TENTHS and (not rest or rest[0] in CN_DIGITS or rest[0] == CN_HALF or rest[0] in ODD_MARKERS):
        return Token("tenths", c, Fraction(10)), i + 1
    if c == CN_DISCOUNT and not rest:
        return Token("discount", c), i + 1
    if c == CN_DOZEN and not rest:
        return Token("scale", c, Fraction(12)), i + 1
    word = _english_scale(text, i)
    if word is not None and prev != "odd":
        return Token("scale", word, EN_SCALE_WORDS[word]), i + len(word)
    return None


def _slash_follows(text: str, i: int) -> bool:
    match = _ARABIC.match(text, i)
    return bool(match) and text[match.end() :].lstrip().startswith("/")


def _arabic(text: str, i: int, tokens: list[Token]) -> tuple[Token, int]:
    match = _ARABIC.match(text, i)
    assert match is not None  # the caller saw a digit or ".digit"
    written = match.group(0).rstrip(",_")
    mantissa = written.split("e")[0]
    if not _GROUPED.fullmatch(mantissa):
        raise ValueParseError(f"malformed digit grouping in {written!r} (write 1,234,567)")
    if tokens and tokens[-1].kind == "num":
        raise ValueParseError(f"two numbers in a row: {tokens[-1].text!r} and {written!r}")
    return Token("num", written), i + len(written)
