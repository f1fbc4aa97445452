"""The one door for numbers that come from outside: written text → an exact Fraction, bounded.

Claim values, formula literals, scales, source values (fetched, cached or pinned) and CSV
cells all pass here, so that no input can make the tool compute for ever: `Fraction("3e999999999")`
builds a number with a billion digits, and the run hangs past every timeout. The bounds are
generous for statistics (every float fits: 1.8e308) and small for the arithmetic: at most
`MAX_LENGTH` characters, an exponent within ±`MAX_EXPONENT`. NaN, infinities and booleans are
not numbers here. Every refusal is a ValueParseError saying why.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from factcheck.errors import ValueParseError

MAX_LENGTH = 200  # characters of one written number (a claim value is capped the same)
MAX_EXPONENT = 400  # every float (1.8e308, 5e-324) fits; 1e999999999 would not

_DECIMAL = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?")


@dataclass(frozen=True)
class Written:
    """A decimal number as written: its exact value and the place of its last written digit."""

    value: Fraction
    place: Fraction
    trailing_zeros: int  # zeros after the last non-zero digit (57.90: 1)


def read_decimal(text: str) -> Written:
    """`1234.50`, `.5`, `-2e5`, `3E+8` (no separators) as an exact Written number; bounded."""
    stripped = text.strip()
    if len(stripped) > MAX_LENGTH:
        raise ValueParseError(f"a number of {len(stripped)} characters is too long (at most {MAX_LENGTH})")
    match = _DECIMAL.fullmatch(stripped)
    if match is None or not (match.group(2) or match.group(3)):
        raise ValueParseError(f"{_short(stripped)} is not a number")
    sign, whole, fraction, exponent = match.group(1), match.group(2), match.group(3) or "", match.group(4)
    shift = int(exponent) if exponent else 0  # at most MAX_LENGTH digits: int() is cheap
    if abs(shift) > MAX_EXPONENT:
        raise ValueParseError(f"the exponent of {_short(stripped)} is too large (at most ±{MAX_EXPONENT})")
    digits = (whole + fraction).lstrip("0") or "0"
    place_exponent = shift - len(fraction)
    value = Fraction(int(digits)) * _power(place_exponent)
    trailing = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    return Written(-value if sign == "-" else value, _power(place_exponent), trailing)


def exact_number(raw: object, what: str = "a number") -> Fraction:
    """A number from outside (text, int, float or Decimal) as an exact Fraction; bounded.

    ValueParseError for NaN, an infinity, a boolean, anything else that is not a finite number,
    or one beyond the bounds in the module docstring.
    """
    if isinstance(raw, bool) or raw is None:
        raise ValueParseError(f"{what} must be a number, not {raw!r}")
    if isinstance(raw, Fraction):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValueParseError(f"{what} must be a finite number, not {raw!r}")
        return read_decimal(repr(raw)).value  # the shortest text that reads back as the float
    if isinstance(raw, int):
        if raw.bit_length() > MAX_LENGTH * 4:  # about MAX_LENGTH decimal digits
            raise ValueParseError(f"{what} has too many digits (at most {MAX_LENGTH})")
        return Fraction(raw)
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            raise ValueParseError(f"{what} must be a finite number, not {raw}")
        return read_decimal(str(raw)).value
    if isinstance(raw, str):
        return read_decimal(raw).value
    raise ValueParseError(f"{what} must be a number, not a {type(raw).__name__}")


def _power(exponent: int) -> Fraction:
    return Fraction(10**exponent) if exponent >= 0 else Fraction(1, 10**-exponent)


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")
