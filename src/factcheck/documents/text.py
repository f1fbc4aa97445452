"""A document as numbered paragraphs of plain text, whatever format it came in.

A plain-text file is kept character for character (offsets point into the file as decoded), but
for a romanisation inserted after Chinese characters, which is left out (`Document.removed` says
where), and traditional characters, read as simplified ones (see `reading`);
every other format is reduced to blocks of visible text, one paragraph per block, joined by
newlines. A paragraph may carry the page it starts on (PDF), which becomes the draft's locator.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.documents.reading import reading_text
from factcheck.errors import ToolError

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


class DocumentError(ToolError):
    """The document cannot be read: missing, too large, undecodable, unreachable or unparsable."""


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as in `locator: paragraph N`
    start: int  # offset of the paragraph in Document.text
    text: str
    page: int | None = None  # 1-based page of a PDF, where the paragraph starts

    @property
    def locator(self) -> str:
        """Where a reader finds the paragraph: `paragraph 12`, or `page 3, paragraph 12`."""
        return f"page {self.page}, paragraph {self.number}" if self.page else f"paragraph {self.number}"


@dataclass(frozen=True)
class Document:
    text: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    format: str  # txt, md, html, pdf or docx
    path: Path | None = None
    url: str | None = None
    #: (offset in `text`, characters dropped) of each romanisation left out of a plain-text file
    removed: tuple[tuple[int, int], ...] = ()

    @property
    def name(self) -> str:
        """A short name for the default output folder: the file stem or the URL's last part."""
        if self.path is not None:
            return self.path.stem
        tail = (self.url or "document").rstrip("/").rsplit("/", 1)[-1]
        return tail.split("?", 1)[0].rsplit(".", 1)[0] or "document"


def text_document(text: str, *, path: Path | None = None, url: str | None = None) -> Document:
    """A plain-text document: its own first paragraph is the title."""
    text, removed = reading_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = bounded(text_paragraphs(text))
    return _checked(Document(text, _first_title(paragraphs), tuple(paragraphs), "txt", path, url, removed))


def blocks_document(
    title: str,
    blocks: list[str],
    fmt: str,
    *,
    pages: list[int] | None = None,
    path: Path | None = None,
    url: str | None = None,
) -> Document:
    """A document made of blocks of visible text (one paragraph each); `pages`: each block's page."""
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, block in enumerate(blocks):
        block = reading_text(block)[0]
        if block:
            page = pages[index] if pages else None
            paragraphs.append(Paragraph(len(paragraphs) + 1, offset, block, page))
            offset += len(block) + 1
    text = "\n".join(p.text for p in paragraphs)
    paragraphs = bounded(paragraphs)
    title = (reading_text(title)[0] or _first_title(paragraphs)).strip()
    return _checked(Document(text, title, tuple(paragraphs), fmt, path, url))


# An image's caption placeholder left by a copy: (资料图), （图片）, [Photo]; not a document's title.
_PLACEHOLDER = re.compile(r"(?i)[(（\[【]\s*(?:资料图|资料图片|图片|图|photo|image|picture)[^)）\]】\d]{0,12}[)）\]】]")


def _first_title(paragraphs: list[Paragraph]) -> str:
    """The first paragraph that is not an image placeholder."""
    for paragraph in paragraphs:
        if not _PLACEHOLDER.fullmatch(paragraph.text.strip()):
            return paragraph.text
    return paragraphs[0].text if paragraphs else ""


def _checked(document: Document) -> Document:
    if not document.paragraphs:
        raise DocumentError(f"{document.path or document.url or 'the document'}: the document has no text")
    return document


def text_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line, unless the file wraps its lines inside blank-line-separated blocks."""
    blocks = [block for block in _BLANK.split(text) if block.strip()]
    # Chinese plain text puts one paragraph per line; English text often wraps its lines.
    wrapped = (
        len(blocks) > 1
        and guess_language(text) == "en"
        and sum("\n" in block.strip() for block in blocks) * 2 >= len(blocks)
    )
    if not wrapped:
        return _line_paragraphs(text)
    paragraphs: list[Paragraph] = []
    position = 0
    for block in blocks:
        start = text.index(block, position)
        position = start + len(block)
        for offset, piece in _pieces(block):
            # Same length as the file: a wrapped line break reads as a space.
            paragraphs.append(Paragraph(len(paragraphs) + 1, start + offset, piece.replace("\n", " ")))
    return paragraphs


# A line that starts its own paragraph inside a wrapped block: a list item ("• Employment rose",
# "- ", "1.", "(a)") or a heading in capitals ("TREND ESTIMATES (MONTHLY CHANGE)").
_ITEM = re.compile(r"[•·▪◦‣∙●○■□◆◇►▸*–—-]\s|\(?(?:\d{1,2}|[a-z])[.)]\s")
_HEADING = re.compile(r"[^a-z]*[A-Z]{3}[^a-z]*")


def _pieces(block: str) -> list[tuple[int, str]]:
    """(offset in the block, text) of each paragraph of a wrapped block: its lines joined, except
    that a list item or a heading in capitals starts a paragraph and a heading ends one."""
    pieces: list[tuple[int, str]] = []
    offset = 0
    start = end = None
    rows = _series(block)
    for line in block.split("\n"):
        stripped = line.strip()
        if stripped:
            at = offset + line.index(stripped)
            heading = bool(_HEADING.fullmatch(stripped)) and not rows
            last = block[start:end].split("\n")[-1] if start is not None else ""
            if (
                start is None
                or heading
                or rows
                or _ITEM.match(stripped)
                or _HEADING.fullmatch(last)
                or _alone(stripped)
                or _alone(last)
            ):
                if start is not None:
                    pieces.append((start, block[start:end]))
                start = at
            end = at + len(stripped)
        offset += len(line) + 1
    if start is not None:
        pieces.append((start, block[start:end]))
    return pieces


#: Wider than any wrapped text: a line this long is a paragraph on its own, never a wrapped piece.
_UNWRAPPED = 200
#: A credit under a picture ("© Hollandse Hoogte", "Photo: …"): a line of its own.
_CREDIT = re.compile(r"(?i)(?:©|\(c\)\s|photo(?:graph)?\s?:|image\s?:|credit\s?:)")
#: A line of a chart's series or a table: a label and a figure at its end ("2011 I101.8", "Exports 146.2").
_ROW = re.compile(r".{1,60}?(?<![,;:])\s?[-+−]?\d[\d,]*(?:\.\d+)?%?")


def _alone(line: str) -> bool:
    """A line that is a paragraph by itself inside a wrapped block: too long to be wrapped, or a credit."""
    return len(line) > _UNWRAPPED or bool(_CREDIT.match(line))


def _series(block: str) -> bool:
    """A block of three or more short lines that each end in a figure: rows, one a line, not prose."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return len(lines) >= 3 and all(_ROW.fullmatch(line) for line in lines)


def _line_paragraphs(text: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, stripped))
        position += len(line) + 1
    return paragraphs


#: A paragraph is read in pieces of at most this many characters or figures. Reading a paragraph
#: looks at its text around each figure, so one line holding a whole data dump (150,000 numbers
#: and no line break) would take hours; real paragraphs and one-line tables stay far below
#: (the longest seen: 1,885 characters, 109 runs of digits).
MAX_PARAGRAPH_CHARACTERS = 20_000
MAX_PARAGRAPH_FIGURES = 400  # runs of digits: "1,234.5" is three
_FIGURE_RUN = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[。！？；!?;]|\.(?=\s)")


def bounded(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs, an overlong one cut at sentence ends (else at a space) into pieces that
    each count as a paragraph, numbered in order; the pieces keep their place in the text."""
    if all(len(p.text) <= MAX_PARAGRAPH_CHARACTERS and _figures_below_cap(p.text) for p in paragraphs):
        return paragraphs
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        for offset, piece in _cut(paragraph.text):
            out.append(Paragraph(len(out) + 1, paragraph.start + offset, piece, paragraph.page))
    return out


def _figures_below_cap(text: str) -> bool:
    return sum(1 for _ in zip(_FIGURE_RUN.finditer(text), range(MAX_PARAGRAPH_FIGURES + 1))) <= MAX_PARAGRAPH_FIGURES


def _cut(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the pieces of one paragraph, each within both limits, none empty."""
    pieces: list[tuple[int, str]] = []
    figures = [m.start() for m in _FIGURE_RUN.finditer(text)]
    start = 0
    while start < len(text):
        limit = min(len(text), start + MAX_PARAGRAPH_CHARACTERS)
        first = bisect.bisect_left(figures, start)
        if first + MAX_PARAGRAPH_FIGURES < len(figures):  # the figure after the cap starts the next piece
            limit = min(limit, figures[first + MAX_PARAGRAPH_FIGURES])
        end = len(text) if limit == len(text) else _cut_point(text, start, limit)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((start + lead, piece.strip()))
        start = end
    return pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end before `limit`, else the last space, else the last character that is
    no part of a number; never `start` itself, so that every piece holds text."""
    window = text[start:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return start + ends[-1]
    for k in range(len(window) - 1, 0, -1):
        if window[k].isspace():
            return start + k + 1
    for k in range(len(window) - 1, 0, -1):
        if not (window[k].isdecimal() or window[k] in ".,"):
            return start + k + 1
    return limit if limit > start else start + 1


def guess_language(text: str) -> str:
    """zh when Chinese characters make up a tenth of the letters, else en (a sample is enough)."""
    sample = text[:200_000]  # a long document's language is settled long before its end
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk * 10 >= cjk + latin and cjk else "en"
