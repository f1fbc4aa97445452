"""Chinese tables flattened with their cells glued together: a header line that names the last
column as a percent ("2020年比上年增长%", "比上年增减(%)") over rows such as "小麦1234.5万吨6.7" (the
item, a figure with its own unit, then the change in percent with none). The figure that ends such
a row is the percent column's cell, not a bare number; `factcheck extract` and the citation check
read these rows alike.
"""

from __future__ import annotations

import re
import unicodedata

from factcheck.grammar.tables import Cell, ColumnUnit

#: A header line naming a percent column last: words in one run (a year may open them), then "%" or
#: "(%)"; words apart by spaces are a header row of several columns ("产品 单位 比上年增长(%)").
_PERCENT_HEADER = re.compile(r"(?:\d{4}年 ?)?[\u4e00-\u9fff]{2,24} ?(?:%|\(\s*%\s*\))")
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
#: A glued row: an item (其中: may open it), one or more figures each with its unit, a bare figure last.
_GLUED_ROW = re.compile(
    rf"(?:其中:)?(?P<item>[\u4e00-\u9fff][\u4e00-\u9fff()]{{0,15}}) ?(?:{_FIGURE} ?[\u4e00-\u9fffA-Za-z]{{1,6}} ?)+"
    rf"(?P<last>[-+−]?{_FIGURE})"
)
_PERCENT = ColumnUnit("", "%")
#: A whole table flattened into one line: the percent header, then rows apart by spaces
#: ("1996年 比上年增长% 粮食 49000 万吨 5.0 其中:花生 1010 万吨 -1.0"); each row one level, then its change.
_FLAT_HEAD = re.compile(r"(?:\d{4}年 ?)?[\u4e00-\u9fff]{2,24} ?(?:%|\(\s*%\s*\))\s+")
_FLAT_ROW = re.compile(
    rf"(?:其中:)?(?P<item>[\u4e00-\u9fff]{{1,16}}) {_FIGURE} ?[\u4e00-\u9fffA-Za-z]{{1,6}} "
    rf"(?P<last>[-+−]?{_FIGURE})(?:\s+|$)"
)


def glued_header_unit(line: str) -> ColumnUnit | None:
    """Percent when `line` is a header line naming a percent column last ("2020年比上年增长%"),
    else None (a sentence, a row of figures, a line naming another unit)."""
    text = _halfwidth(line).strip()
    return _PERCENT if len(text) <= 30 and _PERCENT_HEADER.fullmatch(text) else None


def glued_row(line: str) -> tuple[str, Cell] | None:
    """The item and the bare figure that ends a row whose cells are glued ("小麦1234.5万吨6.7" →
    小麦 and 6.7, at its offsets in `line`); None for a line that is no such row."""
    text = _halfwidth(line).rstrip()
    lead = len(text) - len(text.lstrip())
    match = _GLUED_ROW.fullmatch(text, lead) if len(text) <= 40 else None
    if match is None:
        return None
    return match.group("item"), Cell(match.start("last"), match.end("last"), match.group("last"))


class _HalfwidthTable(dict):
    """`str.translate` table of `halfwidth_by_char`, filled per character on first sight: one C call per
    line instead of a normalisation per character (every paragraph is asked whether it is a header)."""

    def __missing__(self, code: int) -> str:
        if len(self) >= 65536:  # bounded: a text of every Unicode character does not keep them all
            self.clear()
        self[code] = result = halfwidth_by_char(chr(code))
        return result


_HALFWIDTH = _HalfwidthTable()


def halfwidth_by_char(text: str) -> str:
    """The straightforward form of `_halfwidth`: NFKC per character, kept where it is one character."""
    return "".join(half if len(half := unicodedata.normalize("NFKC", char)) == 1 else char for char in text)


def flat_glued_rows(line: str) -> list[tuple[str, Cell]]:
    """The item and last figure of each row of a table flattened into the one line `line` after its
    percent header; none when anything but such rows follows the header (a sentence, a bare figure)."""
    text = _halfwidth(line).rstrip()
    head = _FLAT_HEAD.match(text)
    if head is None:
        return []
    rows, at = [], head.end()
    for match in _FLAT_ROW.finditer(text, head.end()):
        if match.start() != at:
            return []
        rows.append((match.group("item"), Cell(match.start("last"), match.end("last"), match.group("last"))))
        at = match.end()
    return rows if at == len(text) and len(rows) >= 2 else []


def _halfwidth(text: str) -> str:
    """Full-width forms as ASCII ("（％）", "１２"), one character for one: offsets stay valid."""
    return text.translate(_HALFWIDTH)
