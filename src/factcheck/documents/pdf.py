"""The text of a PDF as paragraphs, each with the page it starts on (pdfminer.six, optional).

pdfminer.six lays each page out into text boxes and lines with their coordinates, and maps
CID fonts (Chinese documents, embedded or not) back to Unicode. Lines are joined back into
paragraphs the way a reader sees them: a paragraph ends where the next line is indented, where
a line stops short of the right edge (the next line's first word would have fitted), at a
vertical gap, or where the text goes back up the page (a new column); a paragraph runs on
across a page break when the page's last line is full and the next page's first line is not
indented (a two-column page reads each column line by line as paragraphs of its own). Lone page numbers ("- 3 -",
"第3页", "Page 3 of 9") and running headers and footers repeated on several pages are dropped.
A glyph the file maps to no character (pdfminer's "(cid:N)") reads as U+FFFD (�), never as a
number. Lines are joined with no space in a Chinese paragraph and with one space otherwise; pieces of
one justified line that pdfminer cut apart are put back together first.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from factcheck.documents.text import DocumentError

EXTRA = "pip install 'factcheck[documents]'"
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-–—\s]*$|^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$|^\d{1,4}\s*/\s*\d{1,4}$",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_DIGITS = re.compile(r"\d+")
_LATIN = re.compile(r"[A-Za-z]")
_UNMAPPED = re.compile(r"\(cid:\d+\)")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def pdf_blocks(data: bytes, source: str) -> tuple[str, list[str], list[int]]:
    """(title, paragraphs, the page each paragraph starts on) of a PDF file's bytes."""
    try:
        from pdfminer.high_level import extract_pages  # optional: the documents extra
        from pdfminer.layout import LAParams, LTTextContainer, LTTextLine  # optional: the documents extra
        from pdfminer.pdfdocument import PDFDocument  # optional: the documents extra
        from pdfminer.pdfparser import PDFParser  # optional: the documents extra
    except ImportError:
        raise DocumentError(f"{source}: reading a PDF needs the documents extra: {EXTRA}") from None
    lines: list[_Line] = []
    try:
        for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()), 1):
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                for line in element:
                    if isinstance(line, LTTextLine) and (text := _clean(line.get_text())):
                        lines.append(_Line(text, line.x0, line.x1, line.y1, line.y0, number))
        title = _metadata_title(io.BytesIO(data), PDFParser, PDFDocument)
    except Exception as error:  # noqa: BLE001 - pdfminer raises many unrelated types on a damaged file
        raise DocumentError(f"{source}: not a readable PDF ({type(error).__name__}: {error})") from None
    lines = _without_furniture(_whole_lines(lines))
    paragraphs, pages = _paragraphs(lines)
    return title, paragraphs, pages


def _metadata_title(stream: io.BytesIO, parser_type: type, document_type: type) -> str:
    info = document_type(parser_type(stream)).info
    raw = info[0].get("Title") if info else None
    if isinstance(raw, bytes):
        if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
            return raw.decode("utf-16", errors="replace").strip()
        return raw.decode("latin-1", errors="replace").strip()
    return raw.strip() if isinstance(raw, str) else ""


def _clean(text: str) -> str:
    """A line's text; a glyph the PDF maps to no character ("(cid:127)" from pdfminer) reads as
    U+FFFD, so that its code is never read as a number."""
    return " ".join(_UNMAPPED.sub("\ufffd", text).split())


def _whole_lines(lines: list[_Line]) -> list[_Line]:
    """Pieces of one printed line joined: pdfminer cuts a justified line at its wide word gaps,
    and may list the pieces out of order.

    Pieces on the same baseline of a page, each starting less than 1.5 line heights after the
    previous one ends, are one line (a column gutter is wider: a two-column page keeps its
    columns apart); the line takes the place of its first-listed piece.
    """
    placed: list[tuple[int, _Line]] = []
    by_page: dict[int, list[tuple[int, _Line]]] = {}
    for index, line in enumerate(lines):
        by_page.setdefault(line.page, []).append((index, line))
    for members in by_page.values():
        members.sort(key=lambda item: -item[1].top)
        row: list[tuple[int, _Line]] = []
        for item in members:
            if row and abs(row[0][1].top - item[1].top) >= 0.3 * row[0][1].height:
                placed.extend(_runs(row))
                row = []
            row.append(item)
        placed.extend(_runs(row))
    return [line for _, line in sorted(placed, key=lambda item: item[0])]


def _runs(row: list[tuple[int, _Line]]) -> list[tuple[int, _Line]]:
    """One baseline's pieces, left to right, joined where the gap is not a gutter."""
    row = sorted(row, key=lambda item: item[1].x0)
    runs: list[list[tuple[int, _Line]]] = []
    for item in row:
        if runs and item[1].x0 - runs[-1][-1][1].x1 < 1.5 * item[1].height:
            runs[-1].append(item)
        else:
            runs.append([item])
    joined = []
    for run in runs:
        first = run[0][1]
        text = first.text
        for _, piece in run[1:]:
            text += ("" if _CJK.match(text[-1]) or _CJK.match(piece.text[0]) else " ") + piece.text
        last = run[-1][1]
        joined.append(
            (min(index for index, _ in run), _Line(text, first.x0, last.x1, first.top, first.bottom, first.page))
        )
    return joined


def _without_furniture(lines: list[_Line]) -> list[_Line]:
    """Drop lone page numbers and headers or footers repeated at the top or bottom of pages."""
    by_page: dict[int, list[_Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edges: dict[int, set[int]] = {}  # page → ids of its top and bottom lines
    for page, members in by_page.items():
        highest = max(members, key=lambda line: line.top)
        lowest = min(members, key=lambda line: line.bottom)
        edges[page] = {id(highest), id(lowest)}
    repeated = Counter(
        _DIGITS.sub("#", line.text) for line in lines if id(line) in edges[line.page] and len(by_page) > 1
    )
    return [
        line
        for line in lines
        if id(line) not in edges[line.page]
        or not (_PAGE_NUMBER.match(line.text) or repeated[_DIGITS.sub("#", line.text)] >= 2)
    ]


def _paragraphs(lines: list[_Line]) -> tuple[list[str], list[int]]:
    margins = _page_margins(lines)
    texts: list[str] = []
    pages: list[int] = []
    current: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _starts_paragraph(previous, line, margins):
            texts.append(_join(current))
            current = []
        if not current:
            pages.append(line.page)
        current.append(line.text)
        previous = line
    if current:
        texts.append(_join(current))
    return texts, pages


def _page_margins(lines: list[_Line]) -> dict[int, tuple[float, float, float]]:
    """Per page: the left edge of its text, its right edge and the typical line height.

    The left edge is the leftmost position that two lines share (a line sticking out alone
    does not move it); the right edge is where nine lines in ten end or stop before (a
    justified line a little past the others does not make every other line look short), or
    further right where two lines end at the same place (justified lines all end there).
    Lines of other pages count as the second line: on a page of mostly one-line paragraphs
    (a list of figures, a table's rows), its one wrapped line still marks the margins.
    """
    members: dict[int, list[_Line]] = {}
    for line in lines:
        members.setdefault(line.page, []).append(line)
    starts = Counter(round(line.x0) for line in lines)
    ends = Counter(round(line.x1) for line in lines)
    margins = {}
    for page, group in members.items():
        own = Counter(round(line.x0) for line in group)
        shared = [x for x, count in own.items() if count >= 2 or starts[x] >= 2]
        left = min(shared) if shared else min(own)
        line_ends = sorted(line.x1 for line in group)
        right = line_ends[min(len(line_ends) - 1, int(len(line_ends) * 0.9))]
        right = max([right, *(end for end in line_ends if ends[round(end)] >= 2)])
        margins[page] = (left, right, median(line.height for line in group))
    return margins


def _starts_paragraph(previous: _Line, line: _Line, margins: dict[int, tuple[float, float, float]]) -> bool:
    left, _, height = margins[line.page]
    _, right, _ = margins[previous.page]
    indented = line.x0 - left > 0.8 * height
    if line.page != previous.page:
        return indented or _short(previous, line, right)
    gap = previous.bottom - line.top
    return indented or gap > 0.8 * height or line.top > previous.top or _short(previous, line, right)


def _short(previous: _Line, line: _Line, right: float) -> bool:
    """The previous line stops early: the next line's first word would have fitted after it."""
    char_width = (line.x1 - line.x0) / max(len(line.text), 1)
    first_word = 1 if _CJK.match(line.text) else len(line.text.split(" ", 1)[0])
    return right - previous.x1 > (first_word + 1) * char_width


def _join(parts: list[str]) -> str:
    """A paragraph's lines as one text: Chinese lines run on with no space (a number or a Latin
    word may be cut anywhere: 1051. | 9万套), other lines with one space, none after a hyphen."""
    joined = "".join(parts)
    cjk = len(_CJK.findall(joined))
    if cjk * 10 >= cjk + len(_LATIN.findall(joined)) and cjk:
        return joined
    text = parts[0]
    for part in parts[1:]:
        glue = "" if text.endswith("-") or _CJK.match(text[-1]) or _CJK.match(part[0]) else " "
        text += glue + part
    return text
