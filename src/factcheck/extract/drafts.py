"""Draft claim files (see docs/claim-format.md) from mentions, as data and as commented YAML.

A draft is what a reviewer would have typed: the clause as `claim` and `quote`, the number as
written, its unit, qualifier, kind, period and a best-effort subject, the citation filled in
(title, document or url, quote, `locator: paragraph N`), and an `x-extract` block saying where
the number sits and how sure the extractor is. Relations whose operands are all drafts become
`checks`; the others wait under `x-todo`. Every draft is parsed with the value grammar before
it is kept, so a written draft always validates.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factcheck.checks.citation import strip_tags
from factcheck.errors import ValueParseError
from factcheck.extract.document import Document, DocumentError, guess_language
from factcheck.extract.infer.registry import infer_relations
from factcheck.extract.mentions import Mention
from factcheck.extract.names import slug_for, unique
from factcheck.grammar.textnorm import fold
from factcheck.grammar.values import parse_quantity
from factcheck.grammar.vocab import ORDINAL_WORDS

HEADER = (
    "# Draft written by `factcheck extract`: check every field against the document, fill in\n"
    "# or delete `x-todo`, then commit. `x-` keys are kept and ignored by factcheck.\n"
)


@dataclass
class Draft:
    name: str  # file stem, unique in the output folder
    data: dict[str, Any]
    mention: Mention
    notes: list[str] = field(default_factory=list)


def build_drafts(document: Document, mentions: list[Mention], root: Path | None, lang: str = "auto") -> list[Draft]:
    """Drafts for every mention whose value the grammar accepts; names unique, relations attached."""
    english = (guess_language(document.text) if lang == "auto" else lang) == "en"
    kept = [(m, value) for m, value in ((m, _value_for(m)) for m in mentions) if value is not None]
    used: set[str] = set()
    names = [
        unique(slug_for(m.subject, m.head, m.type, m.kind, m.value, m.unit, m.paragraph, english), used)
        for m, _ in kept
    ]
    suggestions = infer_relations(document, [m for m, _ in kept], names)
    source = _folded_source(document) if document.path is not None and root is not None else ""
    drafts = []
    for (mention, value), name, suggestion in zip(kept, names, suggestions):
        data = _data(document, mention, value, root)
        if suggestion.checks:
            data["checks"] = suggestion.checks
        todos = list(suggestion.todos) + _citation_notes(data["citation"], mention, value, source, document, root)
        data["x-extract"] = _extract_block(document, mention)
        if suggestion.inferred:
            data["x-extract"]["relations"] = suggestion.inferred
        if todos:
            data["x-todo"] = todos
        drafts.append(Draft(name, data, mention))
    return drafts


def _citation_notes(
    citation: dict[str, str], mention: Mention, value: str, source: str, document: Document, root: Path | None
) -> list[dict[str, str]]:
    """Keep the citation checkable as written; say why when a part had to be left out."""
    notes = []
    if value != mention.value:
        citation.pop("quote", None)
        notes.append(
            {
                "note": f"the document writes {mention.value!r} (a rank word); the value is {value} "
                f"and the quote is left out because it does not contain {value}"
            }
        )
    if "document" in citation and "quote" in citation and fold(citation["quote"]) not in source:
        citation.pop("document")  # markup inside the clause (**1,793**): not findable as written
        notes.append(
            {
                "note": "the quote differs from the file's markup: cite the document once the quote "
                "is written as the file has it"
            }
        )
    elif root is not None and "document" not in citation and document.path is not None:
        notes.append(
            {
                "note": "the document is outside the claims repository: copy it in and cite it as "
                "citation.document so that the quote is checked"
            }
        )
    return notes


def _folded_source(document: Document) -> str:
    """The cited file as the citation check reads it: raw text, tags stripped for HTML, folded."""

    if document.path is None:
        return fold(document.text)
    raw = document.path.read_bytes().decode("utf-8-sig", errors="replace")
    if document.path.suffix.lower() in (".html", ".htm"):
        raw = strip_tags(raw)
    return fold(raw)


def _value_for(mention: Mention) -> str | None:
    """The value to write: as written when the grammar parses it; a rank word as its number."""

    try:
        parse_quantity(mention.value, mention.unit, qualifier=mention.qualifier)
        return mention.value
    except ValueParseError:
        word = mention.value.lower()
        return str(ORDINAL_WORDS[word]) if word in ORDINAL_WORDS else None


def _data(document: Document, mention: Mention, value: str, root: Path | None) -> dict[str, Any]:
    data: dict[str, Any] = {"claim": mention.clause.text, "value": value}
    if mention.unit:
        data["unit"] = mention.unit
    if mention.qualifier:
        data["qualifier"] = mention.qualifier
    data["kind"] = mention.kind
    if mention.subject:
        data["subject"] = mention.subject
    if mention.period:
        data["period"] = mention.period
    data["citation"] = _citation(document, mention, root)
    return data


def _citation(document: Document, mention: Mention, root: Path | None) -> dict[str, str]:
    citation: dict[str, str] = {}
    if document.title:
        citation["title"] = document.title
    if document.url:
        citation["url"] = document.url
        citation["accessed"] = date.today().isoformat()
    elif document.path is not None and root is not None:
        relative = os.path.relpath(os.path.abspath(document.path), os.path.abspath(root))
        if not relative.startswith(".."):
            citation["document"] = Path(relative).as_posix()
    citation["quote"] = mention.clause.text
    citation["locator"] = f"paragraph {mention.paragraph}"
    return citation


def _extract_block(document: Document, mention: Mention) -> dict[str, Any]:
    offset = document.paragraphs[mention.paragraph - 1].start
    return {
        "paragraph": mention.paragraph,
        "start": offset + mention.start,
        "end": offset + mention.end,
        "type": mention.type,
        "confidence": round(mention.confidence, 2),
    }


def render_yaml(draft: Draft) -> str:
    """The draft as a YAML file: plain keys, JSON-quoted strings (valid YAML, no surprises)."""
    lines = [HEADER.rstrip("\n")]
    for key, value in draft.data.items():
        if key == "x-todo":
            lines.append("# x-todo: relations the text states whose operands you must fill in;")
            lines.append("# move each into `checks` once it is complete.")
        lines.extend(_render(key, value, 0))
    return "\n".join(lines) + "\n"


def _render(key: str, value: Any, indent: int) -> list[str]:
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return [f"{pad}{key}: {{}}"]
        out = [f"{pad}{key}:"]
        for sub_key, sub_value in value.items():
            out.extend(_render(sub_key, sub_value, indent + 1))
        return out
    if isinstance(value, list):
        out = [f"{pad}{key}:"]
        for item in value:
            out.append(f"{pad}  - {_flow(item)}")
        return out
    return [f"{pad}{key}: {_flow(value)}"]


def _flow(value: Any) -> str:
    """A scalar or a small structure in flow style; strings always double-quoted."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    return _NON_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(str(value), ensure_ascii=False))


# Characters a YAML stream may not hold even inside quotes, and the ones YAML reads as line breaks
# (NEL, LS, PS: folded to a space inside quotes); escaped, they read back unchanged.
_NON_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def write_drafts(drafts: list[Draft], folder: Path, force: bool) -> tuple[list[Path], list[Path]]:
    """Write each draft as folder/NAME.yaml; (written, skipped because they exist and not --force)."""

    written: list[Path] = []
    skipped: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for draft in drafts:
            path = folder / f"{draft.name}.yaml"
            if path.exists() and not force:
                skipped.append(path)
                continue
            path.write_text(render_yaml(draft), encoding="utf-8")
            written.append(path)
    except OSError as error:
        raise DocumentError(f"cannot write drafts to {folder}: {error.strerror or error}") from None
    return written, skipped
