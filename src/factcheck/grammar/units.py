"""Units as written → canonical unit and dimension, with a scale word in front (see docs/claim-format.md).

`parse_unit("万千瓦")` is `(10**4, kW)`: the scale word is split off and returned apart, so that
the value parser applies it to the number (725 + 万千瓦 is 725万 kW). Unit words win over the
scale character 千: 千瓦, 千米 and 千克 are units, not 千 × 瓦.

Rules, in order:
- a known unit word (table `unit_table.UNIT_ROWS`, `unit_table.COUNT_WORDS`) matches whole: 千瓦 → kW;
- else a scale word at the front (万, 亿, 万亿, 百万, million, bn …) and a known unit after it:
  亿元 → (1e8, CNY), "million people" → (1e6, count);
- else a big scale word (万, 亿 and their compounds) in front of any other word: 亿斤-like
  unknown units keep their own word: 亿吨公里 → (1e8, unit:吨公里);
- a scale word alone is a scale on a pure number: 万 → (1e4, PURE);
- anything else is an unknown unit, kept as written, dimension `unit:<folded text>`: only equal
  units combine.
Text is folded first: full-width → half-width, traditional → simplified characters for unit
words, Latin letters case-folded, spaces trimmed (inner spaces of English words kept single).
Counts (个 家 人 …) are dimension `count` with the word as symbol; every currency is its own
dimension `money:XXX`; `%` and percentage points (`pp`) are different dimensions.

The table (`unit_table.UNIT_ROWS`), dimension: base unit:
- money:CNY (元 人民币 CNY RMB ¥ yuan, 角 = 0.1), money:USD (美元 USD $ dollars), money:EUR
  (欧元 EUR €), money:HKD, JPY, GBP, KRW, RUB, TWD;
- power: W (瓦 W, 千瓦 kW, 兆瓦 MW, 吉瓦 GW, 太瓦 TW); energy: Wh (千瓦时 度 kWh, MWh, GWh, TWh);
- length: m (米 m, 千米 公里 km, cm, mm); area: m² (平方米 ㎡, 平方公里 km², 公顷 ha, 亩 = 666.67 m²);
- mass: g (克, 千克 公斤 kg, 吨 t, 斤 = 500 g, 两 = 50 g); volume: L (升, 毫升, 立方米 方);
- time: s (秒, 分钟, 小时, 天/日, 周); temperature:C (摄氏度 ℃);
- percent (% ％ percent per cent, ‰ = 0.1 %); points (个百分点 百分点 pp "percentage points");
- 倍 (times) is a pure number written with a word.
In a unit, "m" is the metre and "t" the tonne; in a value, "3.5m" is 3.5 million.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from factcheck.errors import ValueParseError
from factcheck.grammar.textnorm import to_halfwidth
from factcheck.grammar.unit_table import COUNT_WORDS, OWN_UNITS, UNIT_ROWS
from factcheck.grammar.vocab import BIG_SCALE_PREFIXES, EN_SCALE_WORDS, SCALE_WORDS, UNIT_TRADITIONAL
from factcheck.model import PURE, Unit

PERCENT = Unit("%", "percent", Fraction(1), "%")
POINTS = Unit("pp", "points", Fraction(1), "pp")

_SPACES = re.compile(r"\s+")
_MAX_UNIT = 80


def _build_table() -> dict[str, Unit]:
    table: dict[str, Unit] = {}
    for words, symbol, dimension, factor in UNIT_ROWS:
        for word in words:
            table[word] = Unit(symbol, dimension, factor, word)
    for word in COUNT_WORDS:
        table[word] = Unit(word, "count", Fraction(1), word)
    return table


_SCALES_LONGEST_FIRST = sorted(SCALE_WORDS, key=len, reverse=True)

#: Folded written word → Unit (its `written` is replaced by the author's text on lookup).
UNIT_TABLE: dict[str, Unit] = _build_table()


def fold_unit(text: str) -> str:
    """The lookup form of a unit: half-width, simplified, case-folded, single inner spaces."""
    folded = to_halfwidth(text).translate(UNIT_TRADITIONAL).casefold()
    return _SPACES.sub(" ", folded).strip()


def scale_of_word(text: str) -> Fraction | None:
    """The factor of a scale word (`亿` → 1e8, `million` → 1e6); None if `text` is not one."""
    if not isinstance(text, str):
        return None
    return SCALE_WORDS.get(fold_unit(text).replace(" ", ""))


def is_count(unit: Unit) -> bool:
    """True for units of dimension count (个 家 人 …), which combine with each other."""
    return unit.dimension == "count"


def known_unit(folded: str) -> Unit | None:
    """The table's unit for an already folded word, or None."""
    return UNIT_TABLE.get(folded) or UNIT_TABLE.get(folded.replace(" ", ""))


def parse_unit(text: str | None) -> tuple[Fraction, Unit]:
    """(scale word found at the front, the unit) for a unit as written; see the module doc."""
    if text is None:
        return Fraction(1), PURE
    if not isinstance(text, str):
        raise ValueParseError(f"unit must be text, not {text!r}")
    return _parse_text(str(text))


@functools.lru_cache(maxsize=4096)  # claims repeat a few units; the answer is immutable, so shared
def _parse_text(text: str) -> tuple[Fraction, Unit]:
    written = _SPACES.sub(" ", to_halfwidth(text)).strip()
    folded = fold_unit(text)
    if not folded:
        return Fraction(1), PURE
    if len(folded) > _MAX_UNIT:
        raise ValueParseError(f"unit {written[:40]!r}… is too long to be a unit")
    unit = known_unit(folded)
    if unit is not None:
        return Fraction(1), _as_written(unit, written)
    scale = SCALE_WORDS.get(folded.replace(" ", ""))
    if scale is not None:
        return scale, PURE
    split = _split_scale(folded, written) or _money_then_scale(folded, written)
    if split is not None:
        return split
    compound = _compound(written)
    if compound is not None:
        return compound
    return Fraction(1), _unknown(written, folded)


def _compound(written: str) -> tuple[Fraction, Unit] | None:
    """A unit per unit of known units (元/人, 万元/人, kWh/km, "dollars per person"): what
    `ratio` of the two computes. The symbol is canonical (`CNY/人`), `written` the author's."""
    parts = _per_parts(written)
    if parts is None:
        return None
    top, bottom = parts
    top_scale, over = parse_unit(top)
    bottom_scale, under = parse_unit(_PER_WORDS.get(fold_unit(bottom), bottom))
    if under.is_pure or under.dimension.startswith("unit:") or over.dimension.startswith("unit:"):
        return None
    if "/" in over.dimension or "/" in under.dimension:
        return None  # 元/人/年: one level of "per" only
    dimension = f"{over.dimension or '1'}/{under.dimension}"
    factor = over.factor / (under.factor * bottom_scale)
    bottom_scale_text = "" if bottom_scale == 1 else scale_prefix(bottom)
    symbol = f"{over.symbol}/{bottom_scale_text}{under.symbol}"
    return top_scale, Unit(symbol, dimension, factor, written)


#: Words after "per" that name a person: "dollars per capita" is USD per person.
_PER_WORDS = {"capita": "person", "head": "person", "人口": "人"}
_PER = re.compile(r"\s+per\s+|/")


def _per_parts(written: str) -> tuple[str, str] | None:
    """("元", "人") of 元/人; ("dollars", "person") of "dollars per person"; None otherwise."""
    pieces = _PER.split(written)
    if len(pieces) != 2:
        return None
    top, bottom = (piece.strip() for piece in pieces)
    return (top, bottom) if top and bottom else None


def per_parts(unit: Unit) -> tuple[Unit, Unit] | None:
    """(numerator, denominator) of a unit per unit (元/人 → 元, 人), None for a simple unit."""
    if "/" not in unit.dimension:
        return None
    parts = _per_parts(unit.label())
    if parts is None:
        return None
    try:
        over = parse_unit(parts[0])[1]
        under = parse_unit(_PER_WORDS.get(fold_unit(parts[1]), parts[1]))[1]
    except ValueParseError:
        return None
    if f"{over.dimension or '1'}/{under.dimension}" != unit.dimension:
        return None
    return over, under


def per_unit(numerator: Unit, per_word: str) -> Unit | None:
    """`numerator` per one `per_word` (元 + 人 → 元/人); None when `per_word` is no known unit."""
    try:
        scale, under = parse_unit(_PER_WORDS.get(fold_unit(per_word), per_word))
    except ValueParseError:
        return None
    if under.is_pure or "/" in under.dimension:
        return None
    if under.dimension.startswith("unit:") and not numerator.dimension.startswith("unit:"):
        return None  # a noun no table knows divides only another such noun: "nights" per arrival
    written = f"{numerator.label()}/{per_word.strip()}"
    symbol = f"{numerator.symbol}/{per_word.strip()}"
    return Unit(symbol, f"{numerator.dimension}/{under.dimension}", numerator.factor / (under.factor * scale), written)


def is_unknown(unit: Unit) -> bool:
    """A unit that is not in the table and no known measure word: it combines only with itself."""
    return unit.dimension.startswith("unit:") and fold_unit(unit.written) not in OWN_UNITS


def nearest_unit(word: str) -> str | None:
    """The known unit word closest to a misspelt one (persosn → persons), or None.

    Closest is the fewest edits (a swap of two neighbours is one), then the nearest length
    (persosn is one swap from persons and one deletion from person), then the table's order.
    A Chinese word is only a near miss of a known word it is part of (个百分 → 个百分点).
    """
    folded = fold_unit(word)
    if len(folded) < (3 if folded.isascii() else 2) or len(folded) > 40:
        return None
    limit = 1 if len(folded) <= 4 else 2
    best: tuple[int, int, str] | None = None
    for known in (*UNIT_TABLE, *OWN_UNITS):
        if known.isascii() != folded.isascii() or abs(len(known) - len(folded)) > limit or known == folded:
            continue
        if not any(char.isalpha() for char in known):
            continue
        if not folded.isascii() and folded not in known:
            continue  # 车公里 is not a misspelt 吨公里 or 公里: one character is a word in Chinese
        distance = _edits(folded, known)
        if distance <= limit and (best is None or (distance, abs(len(known) - len(folded))) < best[:2]):
            best = (distance, abs(len(known) - len(folded)), known)
    return None if best is None else best[2]


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, neighbour swaps."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def unknown_part(unit: Unit) -> str | None:
    """The word of a unit that the table does not know (persosn, or 桶 of 美元/桶), or None."""
    if not unit.dimension.startswith("unit:"):
        return None
    parts = _per_parts(unit.written)
    words = parts if parts is not None else (unit.written,)
    for word in words:
        try:
            _, parsed = parse_unit(_PER_WORDS.get(fold_unit(word), word))
        except ValueParseError:
            return word
        if is_unknown(parsed):
            return parsed.written or word
    return None


def table_rows() -> list[tuple[str, str, str, str]]:
    """(dimension, symbol, factor to the dimension's base unit, words) for `factcheck units`."""
    merged: dict[tuple[str, str, Fraction], list[str]] = {}
    for words, symbol, dimension, factor in UNIT_ROWS:
        merged.setdefault((dimension or "pure number", symbol, factor), []).extend(words)
    rows = [(dimension, symbol, str(factor), ", ".join(words)) for (dimension, symbol, factor), words in merged.items()]
    rows.append(("count", "(the word)", "1", ", ".join(COUNT_WORDS)))
    rows.append(("own (only with itself)", "(the word)", "1", ", ".join(OWN_UNITS)))
    return rows


def scale_prefix(text: str | None) -> str:
    """The scale word that an author wrote at the front of a unit (`万` of 万千瓦), or ""."""
    try:
        scale, unit = parse_unit(text)
    except ValueParseError:
        return ""
    if scale == 1 or text is None:
        return ""
    written = _SPACES.sub(" ", to_halfwidth(text)).strip()
    rest = unit.written
    if not rest:
        return written
    return written[: len(written) - len(rest)].strip() if written.endswith(rest) else ""


def _split_scale(folded: str, written: str) -> tuple[Fraction, Unit] | None:
    """A scale word in front of a unit: 亿元, 万千瓦, "million people", 亿吨公里."""
    for word in _SCALES_LONGEST_FIRST:
        if not folded.startswith(word) or len(folded) == len(word):
            continue
        rest = folded[len(word) :]
        if word in EN_SCALE_WORDS and not rest.startswith(" "):
            continue  # "km", "mw", "bn" are words of their own
        rest = rest.strip()
        rest_written = _strip_prefix(written, word)
        unit = known_unit(rest)
        if unit is not None:
            return SCALE_WORDS[word], _as_written(unit, rest_written)
        if word in BIG_SCALE_PREFIXES or (word in EN_SCALE_WORDS and len(word) > 2):
            compound = _compound(rest_written)  # 万元/人
            if compound is not None:
                return SCALE_WORDS[word] * compound[0], compound[1]
            return SCALE_WORDS[word], _unknown(rest_written, rest)
    return None


_TRAILING_SCALE = re.compile(r"^(.+?)\s+(thousand|million|billion|trillion|mn|bn|crore|lakh)$")


def _money_then_scale(folded: str, written: str) -> tuple[Fraction, Unit] | None:
    """A currency, then its scale word: "USD million", "Rs. Million", "NOK billion" (a table's unit)."""
    match = _TRAILING_SCALE.match(folded)
    unit = known_unit(match.group(1)) if match else None
    if unit is None or not unit.dimension.startswith("money:"):
        return None
    return SCALE_WORDS[match.group(2)], Unit(unit.symbol, unit.dimension, unit.factor, written)


def _strip_prefix(written: str, folded_word: str) -> str:
    """The author's text after a scale word (the scale word may have been written 萬 or 'Million')."""
    index = 0
    folded = ""
    while index < len(written) and len(folded.replace(" ", "")) < len(folded_word.replace(" ", "")):
        folded += fold_unit(written[index]) or " "
        index += 1
    return written[index:].strip()


def _as_written(unit: Unit, written: str) -> Unit:
    if unit.symbol == "%" and written in ("%",):
        return PERCENT
    return Unit(unit.symbol, unit.dimension, unit.factor, written)


def _unknown(written: str, folded: str) -> Unit:
    return Unit(written, f"unit:{folded}", Fraction(1), written)
