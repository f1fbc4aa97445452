"""A claim's `value` (+ `unit`, `qualifier`, `tolerance`, `rounded`) → an exact interval (see docs/claim-format.md).

Rounding: a whole number with no scale word whose unit is a count (个 家 人 …) or absent is
exact (`1793` 家 → [1793, 1793]); every other number (a decimal point, a scale word in the
value or at the front of the unit, a measured unit: %, money, power, an unknown unit …) stands
for half a unit of its last written digit either side, after scaling (`725万` 千瓦 →
[7245000, 7255000] kW; `57.90%` → [57.895, 57.905]). In Chinese numerals 十/百/千 are digit
positions (三千五百 家 is exact) and 万/亿 scale words (两万 人 → [15000, 25000]).
`rounded: true` forces rounding (1800 people → [1799.5, 1800.5]), `rounded: false` exactness.

Beyond the plain forms, all deliberate:
- The unit may be written inside the value: `725万千瓦`, `800多家`, `2800亿元以上`, `57.9%`,
  `3.5 million people`, and a currency before the number: `$3.5 billion`, `€2m`, `人民币8千元`.
  It must then agree with `unit` (or `unit` be absent); a value that ends with the text of
  `unit` simply restates it (`2800亿元` with unit `亿元`). Count words all agree (800多家, unit 个).
- Qualifier words may be written inside the value, before (约, 超过, 近, 不到, more than …) or
  after (以上, 以下, 左右, 多, 余, -odd, -plus, or more …) the number; `qualifier` must agree.
- A scale word in both value and unit multiplies literally (`1.2万` + `亿元` = 1.2万亿元).
- Ranges: `30-50`, `30~50`, `30至50`, `30到50`, `30—50`, `30–50`, `30 to 50`; the scale word of
  the last end applies to earlier ends without one (`3-5万` = 3万 to 5万), a unit or `%` on any
  end to all ends (`30-50%`, `30%-50`). A qualifier applies to the whole range; `odd` cannot.
- Accounting negatives: `(12,000)` is −12,000 (a value in parentheses is negative, as tables
  write a loss); `(−85万)` is −85万.
- Ranks: `第2`, `第二位`, `第一名`, `2nd`, `No. 3`, `second`, `首` are exact whole numbers.
- Percentages in words: 百分之五十七点九 (57.9 %), 千分之二 (0.2 %), 万分之三, 三成 (30 %),
  七成六 (76 %), 七五折 / 9.5折 (75 % / 95 %); 个百分点 is percentage points, never %.
- Fractions (三分之一, 一又二分之一, 3/4, 1 3/5) are exact unless `rounded: true` (then the
  numerator's last digit decides). 一打 = 12 exactly. 0.5 and other decimals are rounded.
- Numerals: see `factcheck.grammar.numerals` (Chinese positions and multipliers, spoken abbreviations
  一万三 = 13000, 十多万, 二十几万, 四万万, 兆 = 1e12 inside a numeral, 二〇二二, exponents 2e5).
- `tolerance`: absolute in the claim's unit after scale (`0.5`, `5万`), or in a unit of the
  claim's dimension (`5兆瓦` for a 千瓦 claim, `0.5pp` for a % claim), or relative (`2%`).
Every refusal is a ValueParseError without a position (the caller knows where the value is).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from factcheck.errors import ClaimError, ValueParseError
from factcheck.grammar import qualifiers
from factcheck.grammar.numerals import Numeral, ordinal, scan_numeral
from factcheck.grammar.numtokens import normalize
from factcheck.grammar.numwords import scan_words
from factcheck.grammar.qualifiers import parse_qualifier
from factcheck.grammar.textnorm import to_halfwidth
from factcheck.grammar.units import PERCENT, parse_unit
from factcheck.grammar.valuetext import as_text, mixed_fractions, split_range
from factcheck.grammar.vocab import CN_HALF, CURRENCY_PREFIXES
from factcheck.interval import Interval
from factcheck.model import PURE, Quantity, Unit

__all__ = ["parse_qualifier", "parse_quantity", "parse_tolerance"]


#: An unknown unit written inside the value must look like one word (标准箱, 元/吨, widgets):
#: "1 over 3" or "29km road" are not a number and a unit.
_UNIT_WORD = re.compile(r"[^\W\d_]+(?:[/·][^\W\d_]+)*")


@dataclass(frozen=True)
class _End:
    """One end of a value (the only end unless it is a range), with the unit written in it."""

    numeral: Numeral
    unit: tuple[Fraction, Unit] | None


def parse_quantity(
    value: Any,
    unit: str | None = None,
    *,
    qualifier: str | None = None,
    tolerance: Any = None,
    rounded: bool | None = None,
) -> Quantity:
    """The interval of true values that `value` as written stands for; see the module doc."""
    if _is_text(value) and _is_text(unit) and _is_text(qualifier) and _is_text(tolerance) and _is_flag(rounded):
        return _parse_text(value, unit, qualifier, tolerance, rounded)
    return _parse(value, unit, qualifier, tolerance, rounded)


def _is_text(value: Any) -> bool:
    return value is None or type(value) is str


def _is_flag(value: Any) -> bool:
    return value is None or value is True or value is False  # `is`: a YAML 1 is not true here


# The answer is a pure function of these five texts and immutable (a Quantity of Fractions),
# so equal values share one parse: claims repeat values and units (`2022`, `100`, `家`).
# Refusals are not kept (lru_cache does not store exceptions): a bad value is read again.
@functools.lru_cache(maxsize=16_384)
def _parse_text(
    value: str, unit: str | None, qualifier: str | None, tolerance: str | None, rounded: bool | None
) -> Quantity:
    return _parse(value, unit, qualifier, tolerance, rounded)


def _parse(value: Any, unit: Any, qualifier: Any, tolerance: Any, rounded: Any) -> Quantity:
    text = as_text(value, "value")
    unit_text = None if unit is None or (isinstance(unit, str) and not unit.strip()) else as_text(unit, "unit")
    if rounded is not None and not isinstance(rounded, bool):
        raise ValueParseError(f"rounded must be true or false, not {rounded!r}")
    given = parse_qualifier(qualifier) if qualifier is not None else None
    written_qualifier, core = qualifiers.strip_qualifiers(normalize(text))
    core = _accounting_negative(_without_restated_unit(core, unit_text))
    ends = _propagate([_end(part, text) for part in split_range(mixed_fractions(core))])
    odd_written = ends[0].numeral.odd is not None or ends[-1].numeral.odd is not None
    name = qualifiers.merge(given, written_qualifier, text)
    name = qualifiers.merge(name, "odd" if odd_written else None, text)
    scale, claim_unit = _reconcile(ends[-1].unit, unit_text, ends[-1].numeral, text)
    measured = not (claim_unit.dimension == "count" or claim_unit == PURE)
    roundings = [_rounding(end.numeral, scale, measured or scale != 1, rounded) for end in ends]
    first, last = roundings[0], roundings[-1]
    if len(ends) > 1 and ends[0].numeral.value > ends[-1].numeral.value:
        raise ValueParseError(f"the range {text!r} ends below its start")
    if len(ends) > 1 and name == "odd":
        raise ValueParseError(f"{text!r}: a range cannot also be a rough count (多/余)")
    absolute, relative = parse_tolerance(tolerance, claim_unit) if tolerance is not None else (Fraction(0), Fraction(0))
    numeral = ends[0].numeral
    odd = (numeral.value * scale, (numeral.odd or numeral.nonzero) * scale) if name == "odd" else None
    interval = qualifiers.apply(name, Interval(first.lo, last.hi), odd, absolute, relative, tolerance is not None)
    return Quantity(interval, claim_unit)


def _without_restated_unit(core: str, unit_text: str | None) -> str:
    """2800亿元 with unit 亿元, 57.9% with unit %: the value repeats its unit; drop it once."""
    restated = normalize(unit_text).strip() if unit_text else ""
    if restated and not restated[0].isdigit() and core.endswith(restated) and len(core) > len(restated):
        return core[: -len(restated)].strip()
    return core


_PARENTHESES = re.compile(r"\(\s*([^()]+?)\s*\)")


def _accounting_negative(core: str) -> str:
    """(12,000) is −12,000, as tables write a loss; (−85万) is −85万 in parentheses."""
    match = _PARENTHESES.fullmatch(core.strip())
    if match is None:
        return core
    inner = match.group(1)
    return inner if inner[:1] in ("-", "−", "+") else f"-{inner}"


_WHOLE = re.compile(r"[0-9]{1,15}")  # ASCII digits only: re's \d would take every script's digits


#: The next commonest values (5.2, -0.50, 7306.45亿, 800万, -3): a signed decimal with at most one
#: scale word after it, read as the numeral grammar reads it without its tokens (3 in 4 Chinese values).
_PLAIN = re.compile(r"(-?)([0-9]{1,15})(?:\.([0-9]{1,15}))?(万亿|万|亿|千)?")
_SCALE_WORDS = {"千": 1000, "万": 10**4, "亿": 10**8, "万亿": 10**12}


def _end(part: str, text: str) -> _End:
    if _WHOLE.fullmatch(part):  # the commonest value (1147): the numeral grammar's answer, without its tokens
        return _End(_whole_number(part), None)
    plain = _PLAIN.fullmatch(part)
    if plain is not None and len(part) <= 15:
        return _End(_plain_number(*plain.groups()), None)
    return _scanned_end(part, text)


def _whole_number(digits: str) -> Numeral:
    """What `scan_numeral` gives for plain digits: exact, its place 1, its last non-zero digit's place."""
    value = int(digits)
    significant = digits.lstrip("0")
    trailing = len(significant) - len(significant.rstrip("0"))
    return Numeral(Fraction(value), _ONE, Fraction(10**trailing) if value else _ONE, digits_only=True)


_ONE = Fraction(1)


def _plain_number(sign: str, whole: str, fraction: str | None, scale: str | None) -> Numeral:
    """What `scan_numeral` gives for a `_PLAIN` text: its place is one unit of the last digit, scaled."""
    decimals = fraction or ""
    digits = (whole + decimals).lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    factor = _SCALE_WORDS[scale] if scale else 1
    below = 10 ** len(decimals)
    value = int(digits) * factor
    return Numeral(
        Fraction(-value if sign else value, below),
        Fraction(factor, below),
        Fraction(factor * 10**trailing, below),
        decimal=fraction is not None,
        scaled=scale is not None,
        trailing_scale=Fraction(factor),
        digits_only=fraction is None and scale is None,
    )


def _scanned_end(part: str, text: str) -> _End:
    rank = ordinal(part)
    if rank is not None:
        return _End(rank, None)
    currency, part = _currency_prefix(part)
    signed = part[:1] == "-" and part[1:2].isascii() and part[1:2].isalpha()  # "-two tenths": a fall in words
    body = part[1:] if signed else part
    words = scan_words(body) if body[:1].isascii() and body[:1].isalpha() else None
    if words is not None and signed:
        words = (replace(words[0], value=-words[0].value), words[1])
    numeral, rest = words or scan_numeral(part)
    if len(rest) > 1 and rest.endswith(CN_HALF):  # 一吨半, 两年半: a half after the unit
        numeral, rest = _plus_half(numeral, text), rest[:-1].strip()
    unit = parse_unit(rest) if rest else None
    if currency is not None:
        if unit is not None and unit[1].dimension != currency.dimension:
            raise ValueParseError(f"{text!r} is in {currency.symbol} and in {rest}")
        unit = unit or (Fraction(1), currency)
    if numeral.percent:
        if unit is not None and unit[1].dimension != "percent":
            raise ValueParseError(f"{text!r}: a percentage written in words cannot also be in {rest}")
        unit = (Fraction(1), PERCENT)
    if unit is not None and unit[1].dimension.startswith("unit:") and not _UNIT_WORD.fullmatch(rest):
        raise ValueParseError(f"{text!r} is not a number followed by a unit ({rest!r} left over)")
    return _End(numeral, unit)


def _plus_half(numeral: Numeral, text: str) -> Numeral:
    if numeral.decimal or numeral.percent or numeral.fraction or numeral.odd or numeral.value.denominator != 1:
        raise ValueParseError(f"{text!r}: 半 after the unit needs a whole number before it")
    half = Fraction(1, 2) if numeral.value >= 0 else Fraction(-1, 2)
    return Numeral(numeral.value + half, Fraction(1, 10), Fraction(1, 10), decimal=True, scaled=numeral.scaled)


def _currency_prefix(part: str) -> tuple[Unit | None, str]:
    """$3.5 billion, €2m, 人民币8千元: a currency written before the number."""
    for word in CURRENCY_PREFIXES:
        if part.startswith(word) and len(part) > len(word):
            return parse_unit(word)[1], part[len(word) :].strip()
    return None, part


def _propagate(ends: list[_End]) -> list[_End]:
    """3-5万, 30-50%: the scale word of the last end applies to ends without their own; a unit
    written on any end applies to all (they must agree)."""
    units = {_key(end.unit): end.unit for end in ends if end.unit is not None}
    if len(units) > 1:
        first, second = list(units.values())[:2]
        raise ValueParseError(
            f"the two ends of a range are in different units: {first[1].label()} and {second[1].label()}"
        )
    unit = next(iter(units.values()), None)
    last = ends[-1]
    result = []
    for end in ends[:-1]:
        numeral = end.numeral
        if not numeral.scaled and last.numeral.trailing_scale != 1 and not numeral.percent:
            factor = last.numeral.trailing_scale
            numeral = Numeral(
                numeral.value * factor,
                numeral.place * factor,
                numeral.nonzero * factor,
                decimal=numeral.decimal,
                scaled=True,
                fraction=numeral.fraction,
                odd=numeral.odd,
                trailing_scale=factor,
            )
        result.append(_End(numeral, unit))
    return [*result, _End(last.numeral, unit)]


def _key(unit: tuple[Fraction, Unit]) -> tuple[Fraction, str, Fraction]:
    """What makes two written units the same: scale, dimension, factor (个 and 家 agree)."""
    return (unit[0], unit[1].dimension, unit[1].factor)


def _reconcile(
    embedded: tuple[Fraction, Unit] | None, unit_text: str | None, numeral: Numeral, text: str
) -> tuple[Fraction, Unit]:
    """(scale to apply to the numeral, the claim's unit) from the value's unit and `unit`."""
    given_scale, given = parse_unit(unit_text)
    if embedded is None:
        return given_scale, given
    scale, unit = embedded
    if unit_text is None or given == PURE:
        return scale, unit
    if _key((Fraction(1), unit))[1:] != _key((Fraction(1), given))[1:]:
        raise ValueParseError(f"the value {text!r} is in {unit.label()}, but unit says {unit_text!r}")
    if given_scale not in (1, scale * numeral.trailing_scale):
        raise ValueParseError(f"the value {text!r} and unit {unit_text!r} disagree on the scale word")
    return scale, given


def _rounding(numeral: Numeral, scale: Fraction, measured: bool, rounded: bool | None) -> Interval:
    """[v, v] when exact, else half a unit of the last written digit either side."""
    if scale == 1:  # the commonest case: no product of fractions to make
        value, half = numeral.value, numeral.place / 2
    else:
        value, half = numeral.value * scale, numeral.place * scale / 2
    if rounded is False or (rounded is None and numeral.fraction):
        return Interval(value, value)
    inexact = numeral.decimal or numeral.scaled or numeral.percent or measured
    if rounded or inexact:
        return Interval(value - half, value + half)
    return Interval(value, value)


def parse_tolerance(text: Any, unit: Unit | str | None = None) -> tuple[Fraction, Fraction]:
    """(absolute in `unit`, relative) from `0.5`, `5万`, `5万千瓦`, `0.5pp` or `2%`.

    `unit` is the claim's Unit, or its unit as written (scale word and all: the absolute
    amount is in the unit the claim's interval is in, after its scale word).
    """
    written = as_text(text, "tolerance")
    if isinstance(unit, str) or unit is None:
        unit = parse_unit(unit)[1]
    numeral, rest = scan_numeral(normalize(written))
    scale, tol_unit = parse_unit(rest) if rest else (Fraction(1), PURE)
    if numeral.percent:
        tol_unit = PERCENT
    if numeral.value < 0 or numeral.odd is not None:
        raise ValueParseError(f"tolerance {written!r} must be a plain non-negative number")
    amount = numeral.value * scale
    claim_unit = unit
    if tol_unit.dimension == "percent":
        return Fraction(0), amount * tol_unit.factor / 100
    if tol_unit == PURE or (tol_unit.dimension == "points" and claim_unit.dimension == "percent"):
        return amount, Fraction(0)
    if tol_unit.dimension != claim_unit.dimension:
        raise ValueParseError(
            f"tolerance {written!r} is in {tol_unit.label()}, the claim in {claim_unit.label() or 'no unit'}"
        )
    return amount * tol_unit.factor / claim_unit.factor, Fraction(0)


_BARE_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def in_claim_unit(written: str, quantity: Quantity, unit_text: str | None) -> tuple[str, Quantity]:
    """A bare number operand read in the claim's unit as written, scale word included.

    With `unit: 万千瓦`, `same: 725` means 725万千瓦, as the author reads it (an operand with no
    unit takes the claim's unit). Without a scale word in the unit nothing changes, and a
    number that carries its own unit or scale word (`"725万"`, `"61.5%"`) is left as written.
    """
    bare = _BARE_NUMBER.fullmatch(to_halfwidth(written).strip()) is not None
    if not unit_text or not quantity.unit.is_pure or not bare:
        return written, quantity
    try:
        scale, unit = parse_unit(unit_text)
    except ClaimError:
        return written, quantity
    if scale == 1 or not unit_text.endswith(unit.written or "\0"):
        return written, quantity
    word = unit_text[: len(unit_text) - len(unit.written)].strip()
    return f"{written}{word}", Quantity(quantity.interval.scale(scale), quantity.unit)
