"""The state machine that reads the integral part of a numeral, token by token.

Chinese numerals are sections of digits with positions (三千五百) joined by multipliers
(万, 亿, 兆); a multiplier larger than every one before scales everything so far (一万五千亿 =
1.5e12, 四万万 = 4e8), a smaller one scales only its own section (四亿五千万). A lone digit
after a position is the spoken abbreviation of the next lower position (一万三 = 13000, 九百九 =
990), unless a 零 came between (一千零五 = 1005). Arabic digits can stand where a digit stands
(2千零30万, 3万4000); 千 after Arabic digits is a scale word (3千), after a Chinese digit a
position (三千).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.exact import read_decimal
from factcheck.grammar.numtokens import Token
from factcheck.grammar.vocab import CN_DOZEN


@dataclass(frozen=True)
class Part:
    """A partial value: the number so far, its last written digit and last non-zero digit."""

    value: Fraction
    place: Fraction
    nonzero: Fraction

    def times(self, factor: Fraction) -> Part:
        return Part(self.value * factor, self.place * factor, self.nonzero * factor)


def then(first: Part | None, later: Part | None) -> Part | None:
    """`first` followed by `later` (written after it): sum, with `later`'s last digits."""
    if first is None or later is None:
        return later if first is None else first
    nonzero = later.nonzero if later.value else first.nonzero
    return Part(first.value + later.value, later.place, nonzero)


@dataclass(frozen=True)
class Numeral:
    """A written number. See the module docstring for `place` and `nonzero`."""

    value: Fraction
    place: Fraction
    nonzero: Fraction
    decimal: bool = False  # a decimal point (or exponent) was written
    scaled: bool = False  # a scale word: 万 亿 兆, 千 after Arabic digits, million, 2e5
    fraction: bool = False  # 三分之一, 3/4: exact as written
    percent: bool = False  # 百分之, 千分之, 成, 折: the value is in %
    odd: Fraction | None = None  # 多/余/几 written: the span of the rough count
    trailing_scale: Fraction = Fraction(1)  # scale words at the very end (3-5万)
    digits_only: bool = False  # plain digits: 75, 三八 (for 折)


def arabic_part(written: str) -> Part:
    """1,234.50 / .5 / 2e5 as a Part; the place of 57.90 is 0.01 (bounded: see grammar.exact)."""
    number = read_decimal(written.replace(",", "").replace("_", ""))
    nonzero = number.place * 10**number.trailing_zeros if number.value else number.place
    return Part(number.value, number.place, nonzero)


class Builder:
    """Feed tokens in order, then ask for `result()`; ValueParseError on a malformed numeral."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.total: Part | None = None  # complete sections, multiplied
        self.top: Fraction | None = None  # the largest multiplier applied to `total`
        self.section: Part | None = None  # digits with positions since the last multiplier
        self.last_small: Fraction | None = None
        self.cur: Part | None = None  # a digit (or Arabic number) not yet given a position
        self.cur_arabic = False
        self.abbrev: Fraction | None = None  # the position just before `cur` (一万三)
        self.prev_unit: Fraction | None = None
        self.after_zero = False
        self.seen = False
        self.decimal = self.scaled = self.percent = self.closed = False
        self.odd: Fraction | None = None
        self.trailing = Fraction(1)
        self.before: tuple[Part | None, Fraction] | None = None  # "2 million" before "419 thousand"

    def fail(self, why: str) -> ValueParseError:
        return ValueParseError(f"{self.text!r} is not a number I can read: {why}")

    def feed(self, token: Token) -> None:
        if self.closed and self._spelled_rest(token):
            self.before, self.closed = (self.total, self.trailing), False  # "2 million" then "419 thousand"
            self.total = self.section = None
        if self.closed:
            raise self.fail(f"nothing may follow {token.text!r}'s scale word")
        if self.odd is not None and token.kind not in ("big", "scale", "tenths"):
            raise self.fail("多/余/几 may only be followed by 万/亿 or a scale word")
        handler = getattr(self, "_" + token.kind, None)
        if handler is None:
            raise self.fail(f"unexpected {token.text!r}")
        handler(token)

    # -- digits ------------------------------------------------------------------------
    def _num(self, token: Token) -> None:
        self._set_cur(arabic_part(token.text), arabic=True)
        self.decimal = self.decimal or "." in token.text
        self.scaled = self.scaled or "e" in token.text
        single = token.text.isdigit() and len(token.text) == 1
        self.abbrev = self.abbrev if single else None

    def _digit(self, token: Token) -> None:
        if token.value == 0:
            if self.cur is not None:
                raise self.fail("a 零 after a digit")
            self.after_zero, self.prev_unit, self.seen = True, None, True
            return
        self._set_cur(Part(token.value, Fraction(1), Fraction(1)), arabic=False)

    def _half(self, token: Token) -> None:
        self._set_cur(Part(Fraction(1, 2), Fraction(1, 10), Fraction(1, 10)), arabic=False)

    def _set_cur(self, part: Part, arabic: bool) -> None:
        if self.cur is not None:
            raise self.fail("two digits in a row")
        self.cur, self.cur_arabic, self.seen = part, arabic, True
        self.abbrev = None if self.after_zero else self.prev_unit
        self.after_zero = False
        self.trailing = Fraction(1)

    # -- positions and multipliers -------------------------------------------------------
    def _small(self, token: Token) -> None:
        unit = token.value
        if self.section is not None and self.last_small is not None and unit >= self.last_small:
            raise self.fail(f"{token.text} after a larger or equal position")
        digit = self.cur if self.cur is not None else Part(Fraction(1), Fraction(1), Fraction(1))
        self.section = then(self.section, digit.times(unit))
        self.trailing = unit if self.cur_arabic else Fraction(1)
        self.scaled = self.scaled or self.cur_arabic
        self.last_small, self.prev_unit, self.seen = unit, unit, True
        self.cur, self.cur_arabic, self.after_zero = None, False, False

    def _big(self, token: Token) -> None:
        unit = token.value
        section = then(self.section, self.cur)
        if section is None and self.total is None:
            raise self.fail(f"{token.text} needs a number before it")
        if section is None:
            assert self.total is not None and self.top is not None
            self.total, self.top = self.total.times(unit), self.top * unit  # 四万万
            self.trailing *= unit
        elif self.top is None or unit > self.top:
            self.total, self.top = then(self.total, section).times(unit), unit  # type: ignore[union-attr]
            self.trailing = unit
        elif unit < self.top:
            self.total = then(self.total, section.times(unit))
            self.trailing = unit
        else:
            raise self.fail(f"{token.text} twice in one number")
        if self.odd is not None:
            self.odd *= unit
        self._after_multiplier(unit)

    def _after_multiplier(self, unit: Fraction) -> None:
        self.section, self.cur, self.cur_arabic = None, None, False
        self.last_small, self.prev_unit, self.after_zero = None, unit, False
        self.scaled = True

    def _tenths(self, token: Token) -> None:  # 三成 = 30 %, 七成六 = 76 %
        everything = self._everything()
        if everything is None or self.percent:
            raise self.fail("成 needs a number before it")
        self.total, self.top = everything.times(token.value), token.value
        if self.odd is not None:
            self.odd *= token.value
        self._after_multiplier(token.value)
        self.percent, self.scaled, self.trailing = True, False, token.value  # 三至五成: 3 is 30 %

    def _spelled_rest(self, token: Token) -> bool:
        """A whole number after a spelled scale word, once: "2 million 419 thousand" (its own scale
        word, a smaller one, must follow)."""
        return (
            self.before is None
            and self.odd is None
            and token.kind == "num"
            and token.text.isdigit()
            and int(token.text) < 1000
            and self.trailing >= 1000
            and self.text.rstrip().endswith(("thousand", "million", "billion"))
        )

    def _scale(self, token: Token) -> None:  # million, k, bn, 打: the last word of a number
        everything = self._everything()
        if everything is None:
            raise self.fail(f"{token.text} needs a number before it")
        if self.before is not None:  # "419 thousand" after "2 million": a smaller spelled scale word
            larger, scale = self.before
            if not token.text.isalpha() or token.value >= scale or everything.value >= 1000:
                raise self.fail(f"{token.text} after a scale word must be smaller and follow less than 1000")
            everything = then(larger, everything.times(token.value))
            assert everything is not None
            self.total, self.section, self.cur = everything, None, None
            self.closed, self.trailing = True, token.value
            return
        self.total, self.section, self.cur = everything.times(token.value), None, None
        if self.odd is not None:
            self.odd *= token.value
        self.closed, self.trailing = True, token.value
        self.scaled = self.scaled or token.text != CN_DOZEN  # 一打 is exactly 12

    def _point(self, token: Token) -> None:
        if self.decimal:
            raise self.fail("two decimal points")
        digits = token.text
        fraction = Part(
            Fraction(int(digits), 10 ** len(digits)),
            Fraction(1, 10 ** len(digits)),
            Fraction(1, 10 ** len(digits.rstrip("0"))) if digits.strip("0") else Fraction(1),
        )
        self.decimal, self.trailing = True, Fraction(1)
        if self.total is None and self.section is None:  # 五点五 (then perhaps 万 or 千)
            base = self.cur or Part(Fraction(0), Fraction(1), Fraction(1))
            self.cur, self.abbrev, self.seen = then(base, fraction), None, True
            return
        whole = self._everything()
        self.total, self.top = then(whole, fraction), Fraction(1)
        self.section, self.cur, self.last_small, self.prev_unit = None, None, None, None

    def _odd(self, token: Token) -> None:
        everything = self._everything()
        if everything is None:
            raise self.fail(f"{token.text} needs a number before it")
        if token.text == "几" and self.after_zero:
            self.odd = Fraction(10)  # 一百零几: 101 to 109
        elif token.text == "几":
            self.odd = everything.place  # 二十几: [20, 30)
        else:
            self.odd = everything.nonzero
        self.total, self.top = everything, self.top or Fraction(1)
        self.section, self.cur = None, None

    # -- the end -------------------------------------------------------------------------
    def _flush_cur(self) -> Part | None:
        """The pending digit, read as an abbreviation when it follows a position (一万三)."""
        cur, self.cur = self.cur, None
        if cur is None or self.abbrev is None or self.abbrev <= 1:
            return cur
        if cur.value == Fraction(1, 2):  # 三成半, 一万半
            return Part(self.abbrev / 2, self.abbrev / 10, self.abbrev / 10)
        if cur.value.denominator == 1 and cur.value < 10:
            return cur.times(self.abbrev / 10)
        return cur

    def _everything(self) -> Part | None:
        return then(then(self.total, self.section), self._flush_cur())

    def result(self) -> Numeral:
        if self.before is not None and not self.closed:
            raise self.fail("a number after a scale word needs its own, smaller one")
        part = self._everything()
        if part is None or not self.seen:
            if self.after_zero:  # 零
                part = Part(Fraction(0), Fraction(1), Fraction(1))
            else:
                raise self.fail("no digits")
        return Numeral(
            part.value,
            part.place,
            part.nonzero,
            decimal=self.decimal,
            scaled=self.scaled,
            percent=self.percent,
            odd=self.odd,
            trailing_scale=self.trailing,
        )
