"""Per-unit values written in a plain unit: 人均国内生产总值85698元 is 85698 元 per person.

Statistics write per-capita money in 元, not 元/人: "per person" is in the words (人均, 户均,
亩产, per capita, per household, average … per worker), not in the unit. A claim is read per
unit when

- its `per` field names the unit it is per (`per: 人`, `per: household`, `per: 亩`; `per: none`
  turns the rule off for the claim), or else
- its subject, or the clause of its claim text that holds the number, has one of the words of
  `PER_WORDS` (人均 → 人, 户均 → 户, 亩产 → 亩, "per capita" → person, …);

and its unit is a measured one (money, mass, energy, a count …) that is not already "per"
something. The claim's unit becomes the unit per unit (元 → 元/人), so it compares with money ÷
a count of people, and times a count of people it gives money again.

Limits: a clause is cut at Chinese punctuation (，；。), at ", " and at "; ", so a document
sentence that states a total and a per-capita figure in one clause without punctuation is read
per unit for both (write `per: none` on the total); percentages and points are never per unit
(人均收入增长5% is a growth rate); one level of "per" only (元/人/年 is not read).
"""

from __future__ import annotations

import re

from factcheck.errors import ValueParseError
from factcheck.grammar.textnorm import fold
from factcheck.grammar.units import parse_unit, per_unit
from factcheck.model import Quantity, Unit

#: Words that make a value per unit, and the unit it is per. Longest words first when matched.
PER_WORDS: dict[str, str] = {
    "人均": "人",
    "每人": "人",
    "户均": "户",
    "每户": "户",
    "亩均": "亩",
    "亩产": "亩",
    "每亩": "亩",
    "每公顷": "公顷",
    "每吨": "吨",
    "每平方米": "平方米",
    "每平方公里": "平方公里",
    "每万人": "万人",
    "每千人": "千人",
    "每十万人": "十万人",
    "每百户": "百户",
    "percapita": "person",
    "perperson": "person",
    "perhead": "person",
    "perresident": "person",
    "perinhabitant": "person",
    "perhousehold": "household",
    "perworker": "worker",
    "peremployee": "worker",
    "perhectare": "hectare",
    "pertonne": "tonne",
    "perton": "tonne",
}
_LONGEST_FIRST = sorted(PER_WORDS, key=len, reverse=True)
_ANY_WORD = re.compile("|".join(map(re.escape, _LONGEST_FIRST)))  # one scan: most texts have none
_OFF = ("none", "no", "total", "-")


def per_word(text: str | None, value_text: str = "") -> str | None:
    """The unit a text says a value is per ("人" for 人均…), looking in the clause of the number."""
    if not text:
        return None
    folded = fold(text)
    lowered = folded.lower()
    if _ANY_WORD.search(lowered) is None:  # no per word anywhere, so none in the number's clause
        return None
    number = fold(value_text).lstrip("+-")
    clause = lowered
    at = lowered.find(number.lower()) if number else -1
    if at >= 0:
        clauses = _clauses(lowered)
        clause = next((piece for start, piece in clauses if start <= at < start + len(piece)), lowered)
    for word in _LONGEST_FIRST:
        if word in clause:
            return PER_WORDS[word]
    return None


def _clauses(text: str) -> list[tuple[int, str]]:
    """(start, clause) pieces cut at commas, semicolons and full stops that are not in a number."""
    pieces, start = [], 0
    for index, char in enumerate(text):
        if char in ",;!?" or (
            char == "." and not (text[index - 1 : index].isdigit() and text[index + 1 : index + 2].isdigit())
        ):
            if char == "," and text[index - 1 : index].isdigit() and text[index + 1 : index + 4].isdigit():
                continue  # 1,234: a thousands separator
            pieces.append((start, text[start:index]))
            start = index + 1
    pieces.append((start, text[start:]))
    return pieces


def can_be_per(unit: Unit) -> bool:
    """Units that a per word applies to: measured or counted, not %, points or already per."""
    dimension = unit.dimension
    return (
        bool(dimension)
        and dimension not in ("percent", "points")
        and "/" not in dimension
        and not dimension.startswith("unit:")
    )


def _noun_count(unit: Unit) -> bool:
    """A count of a noun no table knows ("nights", "arrivals"): per another noun only when a claim says so."""
    return unit.dimension.startswith("unit:") and "/" not in unit.dimension


def read_per(
    quantity: Quantity, per: str | None, texts: tuple[str | None, ...], value_text: str
) -> tuple[Quantity, str | None]:
    """(the claim's quantity per unit where the claim says so, the unit word it is per).

    `per` is the claim's `per` field (ValueParseError when it names no unit), `texts` the
    subject and claim text. A claim that is not per unit comes back unchanged with None.
    """
    if per is not None:
        word = per.strip()
        if word.lower() in _OFF:
            return quantity, None
        if not (can_be_per(quantity.unit) or _noun_count(quantity.unit)):  # "nights" per arrival too
            raise ValueParseError(
                f"`per: {word}` needs a plain measured unit, not {quantity.unit.label() or 'no unit'}"
            )
        unit = _per_unit(quantity.unit, word)
        if unit is None:
            raise ValueParseError(
                f"`per: {word}`: {word!r} is not a unit (write a unit word such as 人, household, 亩)"
            )
        return Quantity(quantity.interval, unit), word
    if not can_be_per(quantity.unit):
        return quantity, None
    for text in texts:
        word = per_word(text, value_text)
        if word is not None:
            unit = _per_unit(quantity.unit, word)
            if unit is not None:
                return Quantity(quantity.interval, unit), word
    return quantity, None


def _per_unit(unit: Unit, word: str) -> Unit | None:
    try:
        parse_unit(word)
    except ValueParseError:
        return None
    return per_unit(unit, word)
