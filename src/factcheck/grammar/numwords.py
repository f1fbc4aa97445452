"""English numbers written in words: three, twenty-one, one hundred and six, two thousand,
two and a half million, nine point nought four, a dozen, a half, two thirds, one and a quarter.

The same rules as for Chinese numerals: `hundred` is a digit position (one hundred and six
companies is an exact count), thousand/million/billion/trillion are scale words (two thousand
people is rounded to the thousand). Fractions in words are exact, like 三分之一.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.numbuild import Numeral

ONES = {
    "zero": 0,
    "naught": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
#: Denominators in words: "two thirds", "a quarter", "one and a half".
PARTS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
}
NUMBER_WORDS = (
    set(ONES) | set(TENS) | set(SCALES) | set(PARTS) | {"hundred", "dozen", "a", "an", "and", "point", "points"}
)

_WORD = re.compile(r"[a-z]+")


def scan_words(text: str) -> tuple[Numeral, str] | None:
    """The English number at the front of normalized `text` and the rest; None if none."""
    words: list[str] = []
    ends: list[int] = []
    for match in _WORD.finditer(text):
        between = text[ends[-1] if ends else 0 : match.start()]
        if between.strip(" -") or match.group(0) not in NUMBER_WORDS:
            break
        words.append(match.group(0))
        ends.append(match.end())
    while words and words[-1] in ("a", "an", "and", "point", "points"):
        words.pop()
    if "points" in words and words[words.index("points") + 1 :][:1] != ["and"]:
        return None  # "two points": a unit, no decimal point (only "two points and three tenths" is 2.3)
    if not any(w in ONES or w in TENS or w in PARTS or w == "dozen" for w in words):
        return None
    return _words_value(words, text), text[ends[len(words) - 1] :].strip()


def _words_value(words: list[str], text: str) -> Numeral:
    point = "point" if "point" in words else "points"
    if point in words and words[words.index(point) + 1 :][:1] == ["and"]:
        at = words.index(point)  # "one point and three tenths": a point and a decimal part (1.3)
        whole, part = _integer(words[:at], text), _fraction(words[at + 2 :], text)
        if not part.decimal:
            raise ValueParseError(f"{text!r}: only tenths or hundredths may follow 'point and'")
        return Numeral(whole.value + part.value, part.place, part.nonzero, decimal=True)
    if "point" in words:
        at = words.index("point")
        whole, digits = _integer(words[:at], text), words[at + 1 :]
        if not digits or any(ONES.get(d, 10) > 9 for d in digits):
            raise ValueParseError(f"{text!r}: only single digits may follow 'point'")
        places = Fraction(1, 10 ** len(digits))
        value = whole.value + int("".join(str(ONES[d]) for d in digits)) * places
        return Numeral(value, places, places, decimal=True)
    if any(w in PARTS for w in words):
        return _fraction(words, text)
    return _integer(words, text)


def _fraction(words: list[str], text: str) -> Numeral:
    """a half, two thirds, one and a half, three and three quarters, two and a half million."""
    scale = Fraction(1)
    if words[-1] in SCALES:
        scale, words = Fraction(SCALES[words[-1]]), words[:-1]
    if words[-1] not in PARTS:
        raise ValueParseError(f"{text!r} is not a number in words")
    denominator = PARTS[words[-1]]
    head = words[:-1]
    whole = Fraction(0)
    if "and" in head:
        at = len(head) - 1 - head[::-1].index("and")
        whole, head = _integer(head[:at], text).value, head[at + 1 :]
    numerator = _integer(head, text).value if head else Fraction(1)
    value = (whole + numerator / denominator) * scale
    if denominator in (10, 100) and scale == 1:  # "two tenths" is 0.2, rounded to the tenth as 0.2 is
        return Numeral(value, Fraction(1, denominator), Fraction(1, denominator), decimal=True)
    return Numeral(
        value,
        Fraction(1, denominator) * scale,
        Fraction(1, denominator) * scale,
        scaled=scale != 1,
        fraction=scale == 1,
    )


def _integer(words: list[str], text: str) -> Numeral:
    total, section, top = Fraction(0), Fraction(0), None
    place, seen, scaled = Fraction(1), False, False
    for word in words:
        if word in ("a", "an"):
            section, place, seen = section + 1, Fraction(1), True
        elif word in ONES or word in TENS:
            value = ONES.get(word, TENS.get(word))
            section, place, seen = section + value, Fraction(10 if word in TENS else 1), True
        elif word == "hundred":
            section, place = (section or 1) * 100, Fraction(100)
        elif word == "dozen":
            section, place = (section or 1) * 12, Fraction(12)
        elif word in SCALES:
            factor = SCALES[word]
            if top is None or factor > top:
                total, top = (total + (section or 1)) * factor, factor
            else:
                total += (section or 1) * factor
            section, place, scaled = Fraction(0), place * factor, True
        elif word != "and":
            raise ValueParseError(f"{text!r} is not a number in words")
    if not seen and total == 0 and section == 0:
        raise ValueParseError(f"{text!r} is not a number in words")
    value = total + section
    return Numeral(value, place, place, scaled=scaled)
