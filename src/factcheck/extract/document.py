"""The document that `extract` drafts claims from, read by `factcheck.documents`.

The reader lives below both `extract` and the citation check so that the two read every
format (text, Markdown, HTML, PDF, DOCX, URLs) the same way and a draft's quote is always
found again; this module keeps the names the extraction stages import.
"""

from __future__ import annotations

from factcheck.documents.read import parse_bytes, parse_document, read_document
from factcheck.documents.text import Document, DocumentError, Paragraph, guess_language

__all__ = ["Document", "DocumentError", "Paragraph", "guess_language", "parse_bytes", "parse_document", "read_document"]
