"""Value text before the numeral grammar: coercion of YAML scalars, and splitting ranges.

A range separator is told from a minus sign by what stands before it: `-5` is negative,
`30-50` and `-5--3` are ranges, `2e-5` is an exponent.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

from factcheck.errors import ValueParseError
from factcheck.grammar.vocab import CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, RANGE_SEPARATORS

MAX_LENGTH = 200

_NUMBER_START = set("0123456789.+-") | set(CN_DIGITS) | set(CN_SMALL_UNITS) | set(CN_BIG_UNITS) | {"负", "半"}
_SEPARATORS = sorted(RANGE_SEPARATORS, key=len, reverse=True)


def as_text(value: Any, what: str) -> str:
    """A YAML scalar as the text the author wrote (the loader passes floats as their text)."""
    if isinstance(value, bool) or value is None:
        raise ValueParseError(f"{what} must be a number or text, not {value!r}")
    if isinstance(value, (int, Decimal, Fraction)):
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str):
        text = value
    else:
        raise ValueParseError(f"{what} must be a number or text, not a {type(value).__name__}")
    if not text.strip():
        raise ValueParseError(f"{what} is empty")
    if len(text) > MAX_LENGTH:
        raise ValueParseError(f"{what} is too long ({len(text)} characters) to be a number")
    return text


def split_range(core: str) -> list[str]:
    """[core] or [low, high] for a range written with -, ~, 至, 到, —, – or ' to '."""
    for i in range(1, len(core)):
        for sep in _SEPARATORS:
            if not core.startswith(sep, i):
                continue
            left, right = core[:i].strip(), core[i + len(sep) :].strip()
            if _is_separator(left, right, sep):
                return [left, right]
    return [core]


def _is_separator(left: str, right: str, sep: str) -> bool:
    if not left or not right or left[-1] in "+-~至到—–":
        return False
    if right[0] not in _NUMBER_START and not (sep == " to " and right[0].isalpha()):
        return False
    if sep == "-" and left[-1] == "e" and len(left) > 1 and left[-2].isdigit():
        return False  # 2e-5
    return right[0] != "." or right[1:2].isdigit()


_MIXED = re.compile(r"(?<![\d./])(\d+)-(\d+)/(\d+)(?![\d/])")


def mixed_fractions(core: str) -> str:
    """ "6-3/4" as the Federal Reserve writes six and three quarters: "6 3/4", not a range 6 to 3/4."""
    return _MIXED.sub(lambda m: f"{m[1]} {m[2]}/{m[3]}" if 0 < int(m[2]) < int(m[3]) else m[0], core)
