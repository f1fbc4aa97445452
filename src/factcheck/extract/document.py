"""Read the document that `extract` drafts claims from: a text, Markdown or HTML file, or a URL.

Everything becomes plain text split into numbered paragraphs, because a draft's citation says
`locator: paragraph N` and its quote must be found again in the document. A plain-text file is
kept character for character (offsets in `x-extract` point into the file as decoded); Markdown
and HTML are reduced to their visible text first. Inputs are size-capped, and every failure is
one `DocumentError` line (exit status 2), never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import ToolError
from factcheck.extract.markup import html_to_blocks, markdown_to_blocks

MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 20.0

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n")


class DocumentError(ToolError):
    """The document cannot be read: missing, too large, undecodable or unreachable."""


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, as in `locator: paragraph N`
    start: int  # offset of the paragraph in Document.text
    text: str


@dataclass(frozen=True)
class Document:
    text: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    format: str  # txt, md or html
    path: Path | None = None
    url: str | None = None

    @property
    def name(self) -> str:
        """A short name for the default output folder: the file stem or the URL's last part."""
        if self.path is not None:
            return self.path.stem
        tail = (self.url or "document").rstrip("/").rsplit("/", 1)[-1]
        return tail.split("?", 1)[0].rsplit(".", 1)[0] or "document"


def read_document(source: str) -> Document:
    """The document at `source`: a local path, or an http(s) URL (fetched with httpx)."""
    if re.match(r"(?i)https?://", source):
        data, content_type = _fetch(source)
        fmt = _format_of(source.split("?", 1)[0], content_type)
        return parse_document(_decode(data, content_type, source), fmt, url=source)
    path = Path(source)
    if not path.is_file():
        raise DocumentError(f"{source}: no such file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{source}: {size} bytes is over the {MAX_BYTES} byte limit")
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{source}: {error.strerror or error}") from None
    return parse_document(_decode(data, "", source), _format_of(path.name, ""), path=path)


def parse_document(text: str, fmt: str, *, path: Path | None = None, url: str | None = None) -> Document:
    """Split decoded text of format `fmt` (txt, md, html) into a titled list of paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "txt":
        paragraphs = _text_paragraphs(text)
        title = paragraphs[0].text if paragraphs else ""
    else:
        title, blocks = html_to_blocks(text) if fmt == "html" else markdown_to_blocks(text)
        text = "\n".join(blocks)
        paragraphs = _line_paragraphs(text)
        title = title or (paragraphs[0].text if paragraphs else "")
    if not paragraphs:
        raise DocumentError(f"{path or url}: the document has no text")
    return Document(text=text, title=title.strip(), paragraphs=tuple(paragraphs), format=fmt, path=path, url=url)


def _text_paragraphs(text: str) -> list[Paragraph]:
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
        stripped = block.strip()
        start += block.index(stripped)
        # Same length as the file: a wrapped line break reads as a space.
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, stripped.replace("\n", " ")))
    return paragraphs


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


def _format_of(name: str, content_type: str) -> str:
    lowered = name.lower()
    if lowered.endswith((".md", ".markdown")):
        return "md"
    if lowered.endswith((".html", ".htm", ".xhtml")) or "html" in content_type:
        return "html"
    if "markdown" in content_type:
        return "md"
    return "txt"


def _decode(data: bytes, content_type: str, source: str) -> str:
    """UTF-8 (with or without BOM), the charset the server named, or GB18030 for older Chinese pages."""
    charsets = ["utf-8-sig"]
    declared = re.search(r"charset=([\w-]+)", content_type) or re.search(rb"charset=[\"']?([\w-]+)", data[:2048])
    if declared:
        name = declared.group(1)
        charsets.insert(0, name.decode("ascii", "replace") if isinstance(name, bytes) else name)
    charsets.append("gb18030")
    for charset in charsets:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentError(f"{source}: not UTF-8 or GB18030 text")


def _fetch(url: str) -> tuple[bytes, str]:
    import httpx  # httpx only to read a URL

    chunks: list[bytes] = []
    size = 0
    try:
        with (
            httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True) as client,
            client.stream("GET", url, headers={"User-Agent": "factcheck-extract"}) as response,
        ):
            if response.status_code >= 400:
                raise DocumentError(f"{url}: HTTP status {response.status_code}")
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise DocumentError(f"{url}: over the {MAX_BYTES} byte limit")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "")
    except (httpx.HTTPError, httpx.InvalidURL) as error:  # InvalidURL is not an HTTPError
        raise DocumentError(f"{url}: {type(error).__name__}: {error}") from None


def guess_language(text: str) -> str:
    """zh when Chinese characters make up a tenth of the letters, else en."""
    cjk = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if cjk * 10 >= cjk + latin and cjk else "en"
