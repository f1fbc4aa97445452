"""Qualifiers: the words around a number that widen what it stands for (docs/claim-format.md, 2nd table).

Each applies to the ROUNDING interval [lo, hi] of the written number (for an exact count
lo = hi = the number, which gives the documented table for `value: 800`, unit 家):

| qualifier   | words                                   | interval                       |
|-------------|-----------------------------------------|--------------------------------|
| (none)      |                                         | [lo, hi]                       |
| `about`     | 约 左右 近似 about around roughly        | [lo − |lo|·t, hi + |hi|·t], t = 5 % |
| `at-least`  | 以上 不低于 不少于 至少 at least          | [lo, +∞)                       |
| `more-than` | 超过 逾 突破 more than over              | (lo, +∞)                       |
| `at-most`   | 以下 不超过 at most                      | (−∞, hi]                       |
| `less-than` | 不到 未满 不足 less than under           | (−∞, hi)                       |
| `nearly`    | 近 将近 接近 nearly almost               | [lo − |lo|·t, hi]              |
| `odd`       | 800多 70余 十多万 800-odd 70-plus        | [v, v + one unit of the last non-zero digit) |

`tolerance` gives `t` for `about`/`nearly` (relative "2%", or absolute "0.5": then ± that);
for every other qualifier it widens both finite ends after the qualifier is applied.
The full word lists are `vocab.QUALIFIER_PREFIXES` and `vocab.QUALIFIER_SUFFIXES`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.numtokens import normalize
from factcheck.grammar.vocab import QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, QUALIFIER_WORDS, QUALIFIERS
from factcheck.interval import Interval

DEFAULT_ABOUT = Fraction(5, 100)

_PREFIXES = sorted(
    ((normalize(w), name) for name, ws in QUALIFIER_PREFIXES.items() for w in ws),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_SUFFIXES = sorted(
    ((normalize(w), name) for name, ws in QUALIFIER_SUFFIXES.items() for w in ws),
    key=lambda pair: len(pair[0]),
    reverse=True,
)

_PREFIX_NAMES = {word: name for word, name in reversed(_PREFIXES)}
_SUFFIX_NAMES = {word: name for word, name in reversed(_SUFFIXES)}
_PREFIX_RE = re.compile("|".join(re.escape(word) for word, _ in _PREFIXES))
_SUFFIX_RE = re.compile("(?:" + "|".join(re.escape(word) for word, _ in _SUFFIXES) + ")$")


def parse_qualifier(text: str) -> str:
    """The canonical name of a qualifier given by name or by one of its words (以上 → at-least)."""
    if not isinstance(text, str):
        raise ValueParseError(f"qualifier must be text, one of: {', '.join(QUALIFIERS)}")
    folded = " ".join(normalize(text).replace("_", "-").split())
    if folded in QUALIFIERS:
        return folded
    name = QUALIFIER_WORDS.get(folded) or QUALIFIER_WORDS.get(folded.strip("-"))
    if name is None:
        raise ValueParseError(f"unknown qualifier {text!r}; use one of: {', '.join(QUALIFIERS)}")
    return name


def strip_qualifiers(text: str) -> tuple[str | None, str]:
    """(qualifier written inside a normalized value, the value without it): 约800 → about."""
    found: list[str] = []
    core = text.strip()
    prefix = _PREFIX_RE.match(core)
    if prefix and prefix.end() < len(core):
        found.append(_PREFIX_NAMES[prefix.group(0)])
        core = core[prefix.end() :].strip()
    suffix = _SUFFIX_RE.search(core)
    if suffix and suffix.start() > 0:
        found.append(_SUFFIX_NAMES[suffix.group(0)])
        core = core[: suffix.start()].strip()
    if len(set(found)) > 1:
        raise ValueParseError(f"{text!r} has two different qualifiers: {found[0]} and {found[1]}")
    return (found[0] if found else None), core


def merge(given: str | None, written: str | None, value: str) -> str | None:
    """The qualifier key and the one written in the value must agree."""
    if given and written and given != written:
        raise ValueParseError(f"qualifier {given} contradicts the value {value!r}, which says {written}")
    return given or written


def apply(
    name: str | None,
    rounding: Interval,
    odd: tuple[Fraction, Fraction] | None,
    absolute: Fraction,
    relative: Fraction,
    tolerance_given: bool,
) -> Interval:
    """The claim's interval from its rounding interval, qualifier and tolerance."""
    lo, hi = rounding.lo, rounding.hi
    assert lo is not None and hi is not None
    if name in ("about", "nearly"):
        t = relative if tolerance_given else DEFAULT_ABOUT
        wide = rounding.widen(absolute, t)
        return wide if name == "about" else Interval(wide.lo, hi)
    if name == "odd":
        assert odd is not None
        value, unit = odd
        result = (
            Interval(value, value + unit, True, False) if value >= 0 else Interval(value - unit, value, False, True)
        )
    elif name == "at-least":
        result = Interval(lo, None, True, False)
    elif name == "more-than":
        result = Interval(lo, None, False, False)
    elif name == "at-most":
        result = Interval(None, hi, False, True)
    elif name == "less-than":
        result = Interval(None, hi, False, False)
    else:
        result = rounding
    return result.widen(absolute, relative) if absolute or relative else result
