"""Number tokens in running text: Arabic, Chinese and mixed numerals with their scale words.

This is the lowest layer of the extractor: it knows what a number looks like (1,234.5 / 725万 /
三千五百 / 1.1亿 / 3.5 million / 百分之五十), not what it means. Characters, scale words and unit
words come from `factcheck.grammar.vocab`, the tables the value parser reads, so that every token found
here is a value that `factcheck run` can parse. Matching runs on a folded copy of the text that
has exactly the same length (full-width → half-width, traditional → simplified one character at
a time), so offsets are offsets into the document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.errors import ValueParseError
from factcheck.extract.lexicon import FINANCIAL_DIGITS, NON_NUMERAL_WORDS
from factcheck.extract.prefilter import guarded
from factcheck.grammar.currencysigns import sign_before
from factcheck.grammar.decimalcomma import NumberStyle
from factcheck.grammar.numtokens import BROKEN_SCALE
from factcheck.grammar.units import UNIT_TABLE
from factcheck.grammar.values import parse_quantity
from factcheck.grammar.vocab import (
    CN_BIG_UNITS,
    CN_DIGITS,
    CN_POINT,
    CN_SMALL_UNITS,
    EN_SCALE_WORDS,
    SCALE_WORDS,
    TRADITIONAL,
)
from factcheck.model import Quantity


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str  # as written, scale word included ("725万", "三千五百", "3.5 million")
    script: str  # "arabic", "chinese" or "percent-words" (百分之五十)
    scale: str = ""  # the scale word at its end, folded ("万", "million")
    odd: bool = False  # 多/余 between the number and its scale word (800多万)


class _FoldTable(dict):
    """A `str.translate` table filled on first sight of each character: the fold of a character
    never depends on its neighbours, so each is computed once and the whole text is folded in C."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        # A full-width comma separates clauses in Chinese, never digit groups (20，300 is two numbers).
        char = folded if len(folded) == 1 and char != "，" else char
        if len(self) >= 65536:  # bounded: a text of every Unicode character does not keep them all
            self.clear()
        self[code] = result = char.translate(TRADITIONAL)
        return result


_FOLD = _FoldTable()


def fold_same_length(text: str) -> str:
    """Half-width, simplified characters, one character for one: offsets stay valid."""
    return text.translate(_FOLD).replace("−", "-").replace("－", "-")


def folded_text(text: str, style: NumberStyle | None = None) -> str:
    """`fold_same_length(text)` with a decimal point at each decimal comma of a document that
    writes them (`NumberStyle`): "32,6%" is read as "32.6%" at the same offsets."""
    folded = fold_same_length(text)
    return style.points(folded) if style is not None else folded


_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3})")
_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
_CN_DIGIT_CHARS = "".join(CN_DIGITS)
# Thousands grouped by commas (1,234), by spaces as Eurostat writes them (167 000, 1 234 567), or by
# points in two or more groups (1.074.552: never a decimal, which has one point).
# A stray space after a currency sign's first group ("N2, 112.3 billion") is the figure 2,112.3 billion;
# one after the decimal point of an amount in cents ("to K53. 93.") is the figure 53.93, and so is
# one before a percent sign in Chinese prose ("增长15. 4%": Chinese ends no sentence with ". ").
_ARABIC = (
    r"(?<!\d)(?<!\d\.)(?:[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\dA-Za-z]|\.\d)"
    r"|(?<=(?<![A-Za-z])N|[$€£¥₦])[1-9]\d{0,2}, \d{3}(?=\.\d|\s(?:trillion|billion|million|thousand)\b)"
    r"|(?<=(?<![A-Za-z])[KN]|[$€£¥₦])[1-9]\d{0,3}\. \d{2}(?=\.?$|[.,;]\s)"
    r"|(?<=[\u4e00-\u9fff])(?:0|[1-9]\d{0,3})\. \d{1,2}(?=%)"
    r"|\d{1,3}(?:,\d{3})+(?!\d)|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,\d)|\d+)"
    r"(?:\.\d+)?(?![\d])"
)
_CHINESE = rf"[{_CN_CHARS}]+(?:{CN_POINT}[{_CN_DIGIT_CHARS.replace('两', '')}]+)?"  # 两 is never a decimal digit
_PERCENT_WORDS = rf"百分之(?:{_ARABIC}|{_CHINESE})"
# ASCII: \d must not match other scripts' digits (NFKC leaves 𐴰 or ٣ alone; the grammar reads 0-9).
_TOKEN = re.compile(rf"(?P<pct>{_PERCENT_WORDS})|(?P<ar>{_ARABIC})|(?P<cn>{_CHINESE})", re.ASCII)
_TOKEN_SCAN = guarded(_TOKEN)  # the same matches, without trying the look-behinds at every character
_CN_SCALES = sorted((w for w in SCALE_WORDS if not w.isascii()), key=len, reverse=True)
_EN_SCALE = re.compile(
    r"[ \u00a0]?(" + "|".join(sorted(EN_SCALE_WORDS, key=len, reverse=True)) + r")(?![A-Za-z])", re.IGNORECASE
)
_SPELLED_SCALES = {"thousand", "million", "billion", "trillion", "lakh", "crore"}


@lru_cache(maxsize=1)
def _unit_words_by_first_char() -> dict[str, tuple[str, ...]]:
    """Unit words that begin with a scale character (千瓦 千米 千克 百分点 十…) win over the scale."""

    table: dict[str, list[str]] = {}
    for word in UNIT_TABLE:
        if word and word[0] in "十百千万亿":
            table.setdefault(word[0], []).append(word)
    return {char: tuple(words) for char, words in table.items()}


def find_numbers(text: str, folded: str | None = None) -> list[Number]:
    """Every number token in `text`, left to right, not overlapping. `folded` is
    `fold_same_length(text)`, read with the document's `NumberStyle` (`folded_text`)."""
    folded = fold_same_length(text) if folded is None else folded
    found: list[Number] = []
    skipped = _word_spans(text)
    for match in _TOKEN_SCAN.finditer(folded):
        if any(a <= match.start() < b for a, b in skipped) or _lone_financial(text, match.start(), match.end()):
            continue
        if match.group("pct"):
            end = match.end()
            while (
                end > match.start() + 4
                and not _parses(folded[match.start() : end])
                and folded[end - 1] in "十百千万亿兆"
            ):
                end -= 1
            if _parses(folded[match.start() : end]):
                found.append(Number(match.start(), end, text[match.start() : end], "percent-words"))
        elif match.group("ar"):
            start = match.start() - (1 if _minus_before(folded, match.start()) else 0)  # -0.99‰, (−12,000)
            dashed = _en_dash_minus(folded, match.start())
            number = _with_scale(text, folded, start - dashed, match.end(), "arabic")
            if dashed:  # "compared with –0.2%": typeset with an en dash for the minus
                number = replace(number, text="-" + number.text[1:])
            if "," in number.text and "." in folded[number.start : number.end]:  # 32,6 read as 32.6
                number = replace(number, text=_with_points(number.text, folded[number.start : number.end]))
            if _DOT_GROUPS.fullmatch(match.group("ar")):  # 1.074.552 is written 1,074,552
                number = replace(number, text=number.text.replace(".", ","))
            if ", " in number.text[:5]:  # N2, 112.3 billion: the space is a slip inside the figure
                number = replace(number, text=number.text.replace(", ", ",", 1))
            if ". " in number.text:  # K53. 93: a slip after the decimal point
                number = replace(number, text=number.text.replace(". ", ".", 1))
            if _GROUP_SPACE.search(number.text):  # 167 000 is written 167000: the grammar reads a space
                number = replace(number, text=_GROUP_SPACE.sub("", number.text))  # as two numbers
            found.append(number)
        else:
            token = _chinese(text, folded, match.start(), match.end())
            if token is not None:
                found.append(token)
    return _merge_overlaps(_with_fractions(text, folded, found))


def _with_points(written: str, folded: str) -> str:
    """A number's text with the decimal points of its folded text (`NumberStyle.points`): the
    value is written as claims write it ("32.6"), the quote keeps the document's "32,6"."""
    if len(written) != len(folded):  # "5.46** million": the text was pieced together
        return written
    return "".join(f if c == "," and f == "." else c for c, f in zip(written, folded, strict=True))


# "6-3/4 percent", "1/2 percentage point", "3 1/3 percent": a fraction of a percent or a point, as the
# Federal Reserve writes its rates (before a percent or a point only: 3/4 alone may be a date, 12/144 an id)
_FRACTION = re.compile(
    r"(?<![\d.,/])(?:\d{1,3}[- ])?(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\d/])"
    r"(?=\s?(?:%|percent|per cent|percentage points?|points?)\b)",
    re.ASCII | re.IGNORECASE,
)


def _with_fractions(text: str, folded: str, found: list[Number]) -> list[Number]:
    if "/" not in folded:
        return found
    for match in _FRACTION.finditer(folded):
        if not 0 < int(match["num"]) < int(match["den"]) <= 16:
            continue
        start = match.start() - (1 if _minus_before(folded, match.start()) else 0)
        kept = [n for n in found if n.end <= start or n.start >= match.end()]
        found = sorted([*kept, Number(start, match.end(), text[start : match.end()], "arabic")], key=lambda n: n.start)
    return found


def _minus_before(folded: str, start: int) -> bool:
    """-0.99‰, (-12,000), 为-0.6%: a minus sign, not a hyphen (A-1, 2018-2022, COVID-19)."""
    if start == 0 or folded[start - 1] != "-":
        return False
    before = folded[start - 2 : start - 1]
    return not before or not ((before.isascii() and before.isalnum()) or before in "-.,/_")


_DASH_MINUS_BEFORE = re.compile(r"(?:^|(?<![\d%])[\s(]|(?<![\d%])\s\()–$")


def _en_dash_minus(folded: str, start: int) -> int:
    """1 when an en dash right before the number is its minus sign, as typesetters print one
    ("compared with –0.2%", "(–1.5)", "from 0.4 to –0.2 points"): the dash follows a space or an
    opening bracket and no figure (2013 –2014 is a range, 5% – 3% a pair); 0 otherwise."""
    if start == 0 or folded[start - 1] != "–":
        return 0
    return 1 if _DASH_MINUS_BEFORE.search(folded[max(0, start - 4) : start]) else 0


#: The rest of a number after its larger scale word: the 2,105 of 3万2,105 (a year or a date is no rest).
_MIXED_TAIL = re.compile(r"(?:\d,\d{3}|\d{1,4})(?:万|千)?(?![\d.,年月日季号%％])")


def _with_scale(text: str, folded: str, start: int, end: int, script: str) -> Number:
    """The number at [start, end) extended by 多/余 and a Chinese or English scale word."""
    odd = False
    cursor = end
    after = _scale_at(folded, cursor + 1)
    if folded[cursor : cursor + 1] in ("多", "余") and after and _parses(text[start : cursor + 1 + len(after)]):
        odd, cursor = True, cursor + 1  # 800多万; not 5多百 (百分之五十 follows), which is no number
    scale = _scale_at(folded, cursor) or ("兆" if _trillion_at(folded, cursor) else "")
    tail = _MIXED_TAIL.match(folded, cursor + len(scale)) if scale in ("万", "亿") else None
    tail = _TRILLION_TAIL.match(folded, cursor + 1) if scale == "兆" else tail
    if tail and _parses(text[start : tail.end()]):  # 3萬2,105美元 = 32,105; 1兆2,345億 (Taiwan's way)
        return Number(start, tail.end(), text[start : tail.end()], script, scale, odd)
    if scale:
        return Number(start, cursor + len(scale), text[start : cursor + len(scale)], script, scale, odd)
    spaced = _scale_at(folded, cursor + 1) if folded[cursor : cursor + 1] in (" ", "\u00a0") else ""
    if spaced and not spaced.isascii():  # "343.26 亿元" (text copied from a PDF): the value is 343.26 亿
        end = cursor + 1 + len(spaced)
        return Number(start, end, text[start:end], script, spaced, odd)
    broken = BROKEN_SCALE.match(folded, end + 1) if folded[end : end + 1] == " " else None
    if broken:  # "333 mil- lion": a scale word hyphenated at a PDF line end
        return Number(start, broken.end(), text[start : broken.end()], script, (broken[1] + broken[2]).lower())
    english = _EN_SCALE.match(folded, end)
    if english and _english_scale_ok(folded, english):
        word = english.group(1).lower()
        rest = _SPELLED_REST.match(folded, english.end()) if word in _SPELLED_SCALES else None
        if rest and _parses(text[start : rest.end()]):  # "2 million 419 thousand persons": one figure
            return Number(start, rest.end(), text[start : rest.end()], script, rest.group(1).lower())
        return Number(start, english.end(), text[start : english.end()], script, word)
    starred = _STARS.match(folded, end)  # "5.46** million": a footnote mark between number and scale word
    english = _EN_SCALE.match(folded, starred.end()) if starred else None
    if english and english.group(0)[0] == " " and english.group(1).lower() in _SPELLED_SCALES:
        return Number(start, english.end(), text[start:end] + text[starred.end() : english.end()], script, english[1])
    return Number(start, end, text[start:end], script)


_STARS = re.compile(r"\*{1,3}|[†‡]")
#: The rest of a figure after a spelled scale word, in a smaller one: the "419 thousand" of "2 million 419 thousand".
_SPELLED_REST = re.compile(r" [1-9]\d{0,2} (thousand|million|billion)\b", re.IGNORECASE)


def _english_scale_ok(folded: str, match: re.Match[str]) -> bool:
    """Spelled-out scales and bn/mn/tn may follow a space; k must be attached (12k); m and b
    only after a currency sign ($3.5m), where they cannot be metres or bytes."""
    word = match.group(1).lower()
    spaced = match.group(0)[0] in " \u00a0"
    if word in _SPELLED_SCALES or word in ("bn", "mn", "tn", "mln", "bln", "trn", "thous"):
        return True
    if word in ("m", "b", "bil"):
        return not spaced and (_money_before(folded, match.start()) or _counted_after(folded, match.end()))
    return not spaced


# After "2.1m", a measured word means metres (2.1m tall); any other word means millions (2.1m TEU).
_METRE_WORDS = re.compile(
    r" (?:tall|high|long|wide|deep|above|below|away|from|to|in|on|of|at|by|and|or|"
    r"sprint|race|mark|square|cubic)\b",
    re.IGNORECASE,
)


def _counted_after(folded: str, index: int) -> bool:
    return bool(re.match(r" [A-Za-z]", folded[index : index + 2])) and not _METRE_WORDS.match(folded, index)


def _money_before(folded: str, index: int) -> bool:
    """3.5m is millions after a currency sign ($3.5m, £2m, the kwacha's K16.7m), metres otherwise."""
    head = folded[max(0, index - 12) : index]
    if re.search(r"(?:[$€£¥₹]|(?<![A-Za-z])(?:RM|USD|EUR|GBP|SGD|MYR))[\d.,]+$", head):
        return True
    figure = re.search(r"[\d.,]+$", head)
    return bool(figure) and sign_before(folded, index - len(figure.group(0)))[0] is not None


#: The rest after 兆: the 3,456亿 of 2兆3,456亿元.
_TRILLION_TAIL = re.compile(r"(?:\d,\d{3}|\d{1,4})(?:\.\d+)?亿")


def _trillion_at(folded: str, index: int) -> bool:
    """兆 after a number is 1e12 before a currency (23.55兆元, 5.6兆新台幣: Taiwan's trillion) and the
    prefix mega before any other word (120兆瓦, 5兆帕, 带宽100兆): only the first is a scale word."""
    if not folded.startswith("兆", index):
        return False
    tail = _TRILLION_TAIL.match(folded, index + 1)
    after = tail.end() if tail else index + 1
    return any(folded.startswith(word, after) for word in _money_words())


@lru_cache(maxsize=1)
def _money_words() -> tuple[str, ...]:
    return tuple(w for w, unit in UNIT_TABLE.items() if unit.dimension.startswith("money:") and not w.isascii())


def _scale_at(folded: str, index: int) -> str:
    for word in _CN_SCALES:
        if folded.startswith(word, index):
            units = _unit_words_by_first_char().get(word[-1], ())
            if any(folded.startswith(unit, index + len(word) - 1) for unit in units):
                shorter = word[:-1]
                return shorter if shorter in SCALE_WORDS else ""
            return word
    return ""


def _chinese(text: str, folded: str, start: int, end: int) -> Number | None:
    """A Chinese numeral run, trimmed of a trailing 千/百/十 that starts a unit word (三千瓦)."""
    run = folded[start:end]
    units = _unit_words_by_first_char()
    while (
        run and run[-1] in "十百千" and any(folded.startswith(u, start + len(run) - 1) for u in units.get(run[-1], ()))
    ):
        run = run[:-1]
    if not any(char in _CN_DIGIT_CHARS for char in run) and not run.startswith("十"):
        return None  # 万, 百, 千万 alone are words (万事, 老百姓), not numbers
    while len(run) > 1 and run[-1] in "十百千万亿兆" and not _parses(run):
        run = run[:-1]  # 五十千: the numeral ends where the grammar stops accepting it
    if not _parses(run):
        return None  # 两两, 二三十: not one number
    end = start + len(run)
    scale = next((w for w in _CN_SCALES if run.endswith(w) and len(run) > len(w)), "")
    # A numeral ending in 万/亿 carries a scale word (两万 is rounded); 十/百/千 are digit positions.
    scale = scale if scale and scale[-1] in "万亿" else ""
    if not scale and folded[end : end + 1] in ("多", "余") and _scale_at(folded, end + 1):
        return _with_scale(text, folded, start, end, "chinese")
    return Number(start, end, text[start:end], "chinese", scale)


def _word_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for word in NON_NUMERAL_WORDS:
        start = text.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return spans


def _lone_financial(text: str, start: int, end: int) -> bool:
    """陆 in 陆地, 伍 in 队伍: one financial digit inside a word is not a number."""
    if end - start != 1 or text[start] not in FINANCIAL_DIGITS:
        return False
    before, after = text[start - 1 : start] if start else "", text[end : end + 1]
    boundary = r"[\s,，。;；、!?！？:：)）“”\"]"
    stands_alone = (not after or re.match(boundary, after)) and (
        not before or re.match(boundary, before) or before in "是为第"
    )
    return not stands_alone


def _parses(text: str) -> bool:
    return not isinstance(_read_quantity(text, None, None), str)


def quantity_of(value: str, unit: str | None = None, qualifier: str | None = None) -> Quantity:
    """`parse_quantity(value, unit, qualifier=qualifier)`, each distinct triple parsed once: the
    extractor asks for the same mention's quantity several times (its value, its draft, its
    relations). Raises ValueParseError as `parse_quantity` does."""
    quantity = _read_quantity(value, unit, qualifier)
    if isinstance(quantity, str):
        raise ValueParseError(quantity)
    return quantity


@lru_cache(maxsize=16384)  # a Quantity is immutable, so shared; the reason of a refusal is kept as text
def _read_quantity(value: str, unit: str | None, qualifier: str | None) -> Quantity | str:
    try:
        return parse_quantity(value, unit, qualifier=qualifier)
    except ValueParseError as error:
        return error.reason


def _merge_overlaps(found: list[Number]) -> list[Number]:
    result: list[Number] = []
    for number in found:
        if result and number.start < result[-1].end:
            continue
        result.append(number)
    return result
