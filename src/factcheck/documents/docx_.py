"""The text of a Word (.docx) file as paragraphs, in document order (python-docx, optional).

Body paragraphs and tables are read in the order they appear; a table row is one paragraph,
its cells separated by " | " (a merged cell is read once; an empty cell keeps its column, as in
HTML); a line break inside a Word paragraph starts a new paragraph, as `<br>` does in HTML. A
paragraph's spaces are kept as Word keeps them (a run of spaces may align columns: "General
99.6   -0.2"); only its ends are trimmed. Headers, footers and comments are page furniture and
are left out. The title is the file's own Title property, else the first paragraph. The
archive is checked before it is opened, so a small file that inflates to gigabytes is refused
rather than read.
"""

from __future__ import annotations

import io
import zipfile

from factcheck.documents.text import DocumentError

EXTRA = "pip install 'factcheck[documents]'"
MAX_INFLATED_BYTES = 256 << 20


def docx_blocks(data: bytes, source: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of a .docx file's bytes."""
    try:
        import docx  # optional: the documents extra
        from docx.table import Table  # optional: the documents extra
    except ImportError:
        raise DocumentError(f"{source}: reading a .docx file needs the documents extra: {EXTRA}") from None
    _check_archive(data, source)
    blocks: list[str] = []
    try:
        document = docx.Document(io.BytesIO(data))
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.extend(_row_text(row) for row in item.rows)
            else:
                blocks.extend(item.text.split("\n"))
        title = document.core_properties.title or ""
    except Exception as error:  # noqa: BLE001 - python-docx and lxml raise many types on a damaged file
        raise DocumentError(f"{source}: not a readable .docx file ({type(error).__name__}: {error})") from None
    return title.strip(), [text for text in (block.strip() for block in blocks) if text]


def _row_text(row) -> str:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return " ".join(" | ".join(cells).split()) if any(cells) else ""  # an empty cell: "非食品 | | 2.4"


def _check_archive(data: bytes, source: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise DocumentError(f"{source}: not a readable .docx file ({error})") from None
    if inflated > MAX_INFLATED_BYTES:
        raise DocumentError(f"{source}: the archive inflates to {inflated} bytes, over {MAX_INFLATED_BYTES}")
