"""The text of a document as it is read: Chinese reposts cleaned of what only helps a human reader.

- A romanisation inserted after a character, as document-sharing sites print a text for learners
  ("經(jīng)濟(jì)", "個(gè)百分點(diǎn)"), is dropped: it is a reading aid, not part of the words, and left in
  it splits every word it stands in (个(gè)百分点 is no longer 个百分点). Only a lower-case syllable
  with a tone mark in brackets right after a Chinese character is one: "(GDP)", "(km)" and "(2)"
  stay.
- Traditional characters are read as the simplified ones (one character for one, offsets kept):
  the words statistical texts use (产业, 比重, 增加值) are then found in either script.
- A middle dot typed for a decimal point in Chinese text ("价格上涨1·8%") is read as the point
  (one character for one): otherwise "1" and "8%" would read as two figures.

A quote is read the same way before it is compared with the document, so a quote copied from
the file as it is (with the romanisation, in traditional characters) is still found.
"""

from __future__ import annotations

import re

from factcheck.documents.hanzi_table import to_simplified

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_ROMANISATION = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")


#: "上涨1·8%": a middle dot between the digits of a figure written after Chinese text (never a
#: run of them, "2023·04·28", which is a date).
_DOT_FOR_POINT = re.compile(r"(?<=[\u3400-\u9fff])(\d{1,6})[·・](\d{1,3})(?![\d·・])")


def reading_text(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """`text` as read, and where something was dropped: (offset in the result, characters dropped)."""
    removed: list[tuple[int, int]] = []
    if any(mark in text for mark in _TONED):  # no tone mark, no romanisation: the text stays as it is
        pieces: list[str] = []
        position = dropped = 0
        for match in _ROMANISATION.finditer(text):
            pieces.append(text[position : match.start()])
            dropped_before = dropped
            dropped += match.end() - match.start()
            removed.append((match.start() - dropped_before, match.end() - match.start()))
            position = match.end()
        if removed:
            text = "".join(pieces) + text[position:]
    if text.isascii():  # most quotes and English documents: nothing to convert
        return text, tuple(removed)
    if "·" in text or "・" in text:
        text = _DOT_FOR_POINT.sub(r"\1.\2", text)
    return text.translate(to_simplified()), tuple(removed)


def file_column(removed: tuple[tuple[int, int], ...], line_start: int, offset: int) -> int:
    """How many characters of the file's line were dropped before `offset` (offsets as read)."""
    return sum(length for at, length in removed if line_start <= at <= offset)
