"""Decimal commas: whether a document writes "32,6%" for 32.6 %, decided once for the whole text.

Statistics South Africa (and much of the world) writes its English releases with a decimal
comma and thousands grouped by spaces: "decreased by 0,7 of a percentage point from 32,6%",
"increased by 399 000 to 16,7 million". Read digit by digit, "0,7" is two numbers. Whether a
comma is a decimal mark is a property of the document, so it is decided from the evidence of
the whole text, and every number of the text is then read the same way:

- a comma followed by one or two digits and then no digit ("32,6%", "0,7 of", "16,7 million")
  can only be a decimal comma: thousands groups have three digits;
- thousands written with commas ("1,234,567", "1,234.5") or decimals written with a point
  before a percent ("2.5%", "2.5 per cent") show the other convention: a document with both
  kinds of evidence is mixed and keeps the ordinary reading (commas group thousands);
- "1,234" (three digits after the comma) is read as 1.234 only when the document also groups
  its thousands with spaces ("399 000"): then a comma never groups thousands in it.

A table can write its cells so while the prose around it writes "4.0%" (a release whose table was
set by other hands): then, when no comma groups thousands anywhere, only a cell that is one number
with one or two digits after a comma ("| 6,1 |", "| 92,3") is read with a decimal comma.
Likewise a release that writes "67.1%" in one paragraph and "increased by 11,7%" in the next
(two hands, one text): a percent with one or two digits after a comma cannot be a thousands
group, so when no comma groups thousands anywhere it too is read with a decimal comma.

Chinese text never uses decimal commas (a full-width comma separates clauses; "20,300" in a
Chinese release is twenty thousand three hundred): a text with more CJK characters than Latin
letters keeps the ordinary reading.

`NumberStyle.points` rewrites the text with a decimal point at each decimal comma, one
character for one, so that offsets stay valid and the number grammar (which reads "32.6")
needs no other change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = "[ \u00a0\u202f\u2009]"
# "32,6%", "0,7 of", "1 234,5": a comma with one or two digits after it, not one of a list (1,2,3)
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?!\d|,\d)", re.ASCII)
# "1,234,567", "1,234.5": commas that group thousands; "2.5%", "2.5 per cent": a decimal point
_COMMA_THOUSANDS = re.compile(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d", re.ASCII)
_POINT_PERCENT = re.compile(r"(?<![\d.,])\d+\.\d+ ?(?:%|per ?cent\b|percentage points?\b)", re.ASCII | re.IGNORECASE)
# "399 000", "1 234 567": thousands grouped by spaces
_SPACE_THOUSANDS = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{_SPACES}\d{{3}})+(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class NumberStyle:
    """How a text writes its numbers; the default is the ordinary reading (1,234.5)."""

    decimal_comma: bool = False  # "32,6%" is 32.6 %
    three_decimals: bool = False  # "1,234" too is 1.234: the text groups its thousands with spaces
    cells_only: bool = False  # only a table cell that is one number ("| 6,1 |"): the prose writes "4.0%"
    percents_only: bool = False  # only a percent ("11,7%"), and cells if `cells_only`: the rest writes "4.0%"

    def points(self, text: str) -> str:
        """`text` with a "." at every comma this style reads as a decimal mark; same length."""
        if not self.decimal_comma or "," not in text:
            return text
        chars = list(text)
        if self.cells_only or self.percents_only:
            patterns = [_CELL_DECIMAL] * self.cells_only + [_PERCENT_DECIMAL] * self.percents_only
        else:
            patterns = [_COMMA_NUMBER]
        for pattern in patterns:
            for match in pattern.finditer(text):
                if len(match.group(1)) != 3 or self.three_decimals:
                    chars[match.start(1) - 1] = "."
        return "".join(chars)


# A comma between digits, not one of a list (1,2,3): the digits after it are group 1.
_COMMA_NUMBER = re.compile(r"(?<![\d.,])\d+,(\d+)(?!\d|,\d)", re.ASCII)


# A table cell that is one number with a decimal comma: "| 6,1 |", "| -0,4" (a row's last cell)
_CELL_DECIMAL = re.compile(r"(?<=\|)[ \t]*[-+]?\d+,(\d{1,2})[ \t]*(?=\||$)", re.ASCII | re.MULTILINE)
# A percent with a decimal comma: "by 11,7%", "(+13,6 %)"; not one of a list ("1,2,3%")
_PERCENT_DECIMAL = re.compile(r"(?<![\d.,])\d+,(\d{1,2})(?=[ \u00a0]?%)", re.ASCII)


def number_style(text: str) -> NumberStyle:
    """The style of a whole text, from its evidence (module docstring)."""
    if "," not in text or not _DECIMAL_COMMA.search(text):
        return NumberStyle()
    if may_write_decimal_commas(text):
        return NumberStyle(decimal_comma=True, three_decimals=bool(_SPACE_THOUSANDS.search(text)))
    if _COMMA_THOUSANDS.search(text) or _chinese(text):
        return NumberStyle()
    cells = "|" in text and bool(_CELL_DECIMAL.search(text))
    percents = bool(_PERCENT_DECIMAL.search(text))
    if cells or percents:
        return NumberStyle(decimal_comma=True, cells_only=cells, percents_only=percents)
    return NumberStyle()


def _chinese(text: str) -> bool:
    return len(_CJK.findall(text)) > len(_LATIN.findall(text))


def may_write_decimal_commas(text: str) -> bool:
    """Whether nothing in `text` rules decimal commas out: no comma-grouped thousands, no decimal
    point before a percent, not Chinese. A short quote ("the index was 1,234") may say neither."""
    if _chinese(text):
        return False
    return not (_COMMA_THOUSANDS.search(text) or _POINT_PERCENT.search(text))
