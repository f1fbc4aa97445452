"""Draft claim files (see docs/claim-format.md) from mentions, as data and as commented YAML.

A draft is what a reviewer would have typed: the clause as `claim` and `quote`, the number as
written, its unit, qualifier, kind, period and a best-effort subject, the citation filled in
(title, document or url, quote, `locator: paragraph N`), and an `x-extract` block saying where
the number sits and how sure the extractor is. Relations whose operands are all drafts become
`checks`; the others wait under `x-todo`. Every draft is parsed with the value grammar before
it is kept, so a written draft always validates.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.checks.citation import quote_reads_value
from factcheck.checks.quote_sign import sign_of, sign_problem
from factcheck.errors import ValueParseError
from factcheck.extract.clauses import sentence_of
from factcheck.extract.document import Document, guess_language
from factcheck.extract.infer.registry import infer_relations
from factcheck.extract.mentions import Mention
from factcheck.extract.names import slug_for
from factcheck.extract.numbers import quantity_of
from factcheck.grammar.decimalcomma import NumberStyle, number_style
from factcheck.grammar.textnorm import fold
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
    used = _UniqueNames()
    names = [
        used.unique(slug_for(m.subject, m.head, m.type, m.kind, m.value, m.unit, m.paragraph, english)) for m, _ in kept
    ]
    suggestions = infer_relations(document, [m for m, _ in kept], names)
    fingerprints = _fingerprints([m for m, _ in kept])
    drafts = []
    for (mention, value), name, suggestion, fingerprint in zip(kept, names, suggestions, fingerprints):
        data = _data(document, mention, value, root) | suggestion.fields
        if suggestion.checks:
            data["checks"] = suggestion.checks
        todos = list(suggestion.todos) + _citation_notes(data["citation"], mention, value, document, root)
        data["x-extract"] = _extract_block(document, mention) | {"fingerprint": fingerprint}
        if suggestion.inferred:
            data["x-extract"]["relations"] = suggestion.inferred
        if todos:
            data["x-todo"] = todos
        drafts.append(Draft(name, data, mention))
    return drafts


def _citation_notes(
    citation: dict[str, str], mention: Mention, value: str, document: Document, root: Path | None
) -> list[dict[str, str]]:
    """Keep the citation checkable as written; say why when a part had to be left out.

    The citation check reads the cited document exactly as extract does, so a clause quoted
    from it is always found there again.
    """
    notes = []
    unsigned = _sign_not_in_quote(citation.get("quote", ""), value, mention)
    if unsigned and (sentence := _sentence(document, mention)) != citation.get("quote"):
        if not _sign_not_in_quote(sentence, value, mention):  # "a decrease …: “Food” by 1.3%, … “Health” by 0.3%"
            citation["quote"], unsigned = sentence, None  # the whole sentence states the decline
    if unsigned:  # "below its level by 368,000": the check reads a sign only at the number
        citation.pop("quote", None)
        notes.append({"note": f"{unsigned}; the quote is left out: quote the words that state the decline"})
    if value == mention.value and "quote" in citation and not _quote_reads(citation, value, mention, document):
        citation.pop("quote", None)  # a last guard: a draft is never misquoted by its own quote
        notes.append({"note": f"the quote does not read {value} as written; quote the words that state it"})
    if value != mention.value:
        citation.pop("quote", None)
        notes.append(
            {
                "note": f"the document writes {mention.value!r} (a rank word); the value is {value} "
                f"and the quote is left out because it does not contain {value}"
            }
        )
    if root is not None and "document" not in citation and document.path is not None:
        notes.append(
            {
                "note": "the document is outside the claims repository: copy it in and cite it as "
                "citation.document so that the quote is checked"
            }
        )
    return notes


def _sentence(document: Document, mention: Mention) -> str:
    text = document.paragraphs[mention.paragraph - 1].text
    start, end = sentence_of(text, mention.value_start)
    return text[start:end].strip()


def _quote_reads(citation: dict[str, str], value: str, mention: Mention, document: Document) -> bool:
    """The citation check's reading of the quote: with the cited document's way of writing numbers
    (32,6%) when the draft cites the document, else either way, as the check does."""
    style = _style_of(document.text) if "document" in citation else None
    return quote_reads_value(citation["quote"], value, mention.unit, style)


@lru_cache(maxsize=4)  # once per document: a str keeps its hash, so asking again costs nothing
def _style_of(text: str) -> NumberStyle:
    return number_style(text)


def _sign_not_in_quote(quote: str, value: str, mention: Mention) -> str | None:
    """Why the citation check would call the quote misquoted for the value's sign, if it would."""
    try:
        interval = quantity_of(value, mention.unit, mention.qualifier).interval
    except ValueParseError:
        return None
    return _sign_problem(quote, value, sign_of(interval)) if quote else None


@lru_cache(maxsize=4096)  # a pure function of its text; long documents repeat their clauses
def _sign_problem(quote: str, value: str, sign: int) -> str | None:
    return sign_problem(quote, value, sign)


class _UniqueNames:
    """`stem`, `stem-2`, `stem-3`, … as `names.unique` gives them, in one pass: each stem resumes
    from the last number it took instead of trying 2, 3, … again (quadratic in a long document
    where a subject repeats thousands of times)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def unique(self, stem: str) -> str:
        name, counter = stem, self.next.get(stem, 2)
        if stem in self.used:
            name = f"{stem}-{counter}"
            while name in self.used:
                counter += 1
                name = f"{stem}-{counter}"
            self.next[stem] = counter + 1
        self.used.add(name)
        return name


def _fingerprints(mentions: list[Mention]) -> list[str]:
    """A hash per mention of what it says, not where: its clause (folded), number and unit,
    and which repeat of that clause it is; edits elsewhere in the document leave it unchanged."""
    seen: Counter[tuple[str, str, str]] = Counter()
    prints = []
    folded: dict[str, str] = {}  # the numbers of one clause share its fold
    for mention in mentions:
        clause = mention.clause.text
        if clause not in folded:
            folded[clause] = fold(clause)
        key = (folded[clause], mention.value, mention.unit or "")
        seen[key] += 1
        text = "\x1f".join((*key, str(seen[key])))
        prints.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    return prints


def _value_for(mention: Mention) -> str | None:
    """The value to write: as written when the grammar parses it; a rank word as its number."""

    try:
        quantity_of(mention.value, mention.unit, mention.qualifier)
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
    citation["quote"] = mention.quote or mention.clause.text
    citation["locator"] = document.paragraphs[mention.paragraph - 1].locator
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
