"""Read a document from a path or URL: size cap, format, decoding; one `DocumentError` line on failure.

The format comes from the file name or the server's content type, and the first bytes settle
it for PDF (`%PDF-`). Text is UTF-8 (with or without BOM), the charset the page or server
declares, or GB18030 (GBK and GB2312 are subsets: older Chinese pages).
"""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.documents.docx_ import docx_blocks
from factcheck.documents.html_ import html_to_blocks
from factcheck.documents.markdown import markdown_to_blocks
from factcheck.documents.pdf import pdf_blocks
from factcheck.documents.text import Document, DocumentError, blocks_document, text_document

MAX_BYTES = 64 << 20
TIMEOUT_SECONDS = 20.0
FORMATS = ("txt", "md", "html", "pdf", "docx")
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_document(source: str) -> Document:
    """The document at `source`: a local path, or an http(s) URL (fetched with httpx)."""
    if re.match(r"(?i)https?://", source):
        data, content_type = _fetch(source)
        return parse_bytes(data, source.split("?", 1)[0].split("#", 1)[0], content_type, url=source)
    return read_path(Path(source), source)


def read_path(path: Path, shown: str | None = None) -> Document:
    """A local file as a Document; `shown` is how messages name it (default: the path)."""
    shown = shown or str(path)
    if not path.is_file():
        raise DocumentError(f"{shown}: no such file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{shown}: {size} bytes is over the {MAX_BYTES} byte limit")
        with path.open("rb") as handle:  # the size may change after stat: read no more than the cap
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise DocumentError(f"{shown}: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{shown}: over the {MAX_BYTES} byte limit")
    return parse_bytes(data, path.name, "", path=path, shown=shown)


def parse_bytes(
    data: bytes,
    name: str,
    content_type: str,
    *,
    path: Path | None = None,
    url: str | None = None,
    shown: str | None = None,
) -> Document:
    """A document from its bytes; `name` (a file name or URL path) and `content_type` give the format."""
    shown = shown or url or name
    fmt = format_of(name, content_type, data[:8])
    if fmt == "pdf":
        title, blocks, pages = pdf_blocks(data, shown)
        return blocks_document(title, blocks, "pdf", pages=pages, path=path, url=url)
    if fmt == "docx":
        title, blocks = docx_blocks(data, shown)
        return blocks_document(title, blocks, "docx", path=path, url=url)
    if fmt == "doc":
        raise DocumentError(f"{shown}: a .doc (Word 97–2003) file: save it as .docx or PDF first")
    return parse_document(decode(data, content_type, shown), fmt, path=path, url=url)


def parse_document(text: str, fmt: str, *, path: Path | None = None, url: str | None = None) -> Document:
    """Decoded text of format `fmt` (txt, md, html) as a titled list of paragraphs."""
    if fmt == "txt":
        return text_document(text, path=path, url=url)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title, blocks = html_to_blocks(text) if fmt == "html" else markdown_to_blocks(text)
    return blocks_document(title, blocks, fmt, path=path, url=url)


def format_of(name: str, content_type: str, head: bytes = b"") -> str:
    """txt, md, html, pdf, docx (or doc, refused) from a file name, a content type and the first bytes."""
    lowered = name.lower()
    content_type = content_type.lower()
    if head.startswith(b"%PDF-") or lowered.endswith(".pdf") or "application/pdf" in content_type:
        return "pdf"
    if lowered.endswith(".docx") or _DOCX_TYPE in content_type:
        return "docx"
    if lowered.endswith(".doc") or "application/msword" in content_type:
        return "doc"
    if lowered.endswith((".md", ".markdown")):
        return "md"
    if lowered.endswith((".html", ".htm", ".xhtml")) or "html" in content_type:
        return "html"
    if "markdown" in content_type:
        return "md"
    return "txt"


def decode(data: bytes, content_type: str, source: str) -> str:
    """UTF-8 (with or without BOM), the charset the server or page named, or GB18030."""
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
