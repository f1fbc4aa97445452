"""`factcheck check DOC`: a document's mentions and inferred relations checked in memory.

Each document is read and drafted exactly as `factcheck extract` would write it (the same
`Draft`s, the same YAML text), then every draft is loaded from that text — never from a file —
and the ordinary pipeline runs over them. Findings are moved from the draft's YAML lines to the
document: `DOC:line:col` of the number (for text and Markdown files the line and column of the
file; for HTML the first place the number's own words appear in the file; for a URL, the line
of the extracted text).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

from factcheck.extract.document import Document, read_document
from factcheck.extract.drafts import Draft, build_drafts, render_yaml
from factcheck.extract.mentions import find_mentions
from factcheck.extract.names import unique
from factcheck.load.claims import LoadResult
from factcheck.load.normalize import build_claim, invalid
from factcheck.load.schema import schema_problems
from factcheck.model import Claim, ClaimResult, Position, RunResult
from factcheck.run.pipeline import RunOptions, run
from factcheck.yamlio.reader import parse_yaml


@dataclass
class CheckedDocument:
    source: str  # the DOC argument as given: the file name findings point at
    document: Document
    folder: str  # the claim ids' folder: `folder/draft-name`
    drafts: list[Draft]
    positions: dict[str, Position] = field(default_factory=dict)  # claim id → the number in DOC


def prepare(sources: list[str], lang: str = "auto", period: Any = None) -> list[CheckedDocument]:
    """Read and draft every document; claim ids are unique across them."""
    used: set[str] = set()
    prepared = []
    for source in sources:
        document = read_document(source)
        root = document.path.parent if document.path is not None else None
        drafts = build_drafts(document, find_mentions(document, lang, period), root, lang)
        folder = unique(re.sub(r"[^A-Za-z0-9._-]+", "-", document.name).strip("-.") or "document", used)
        checked = CheckedDocument(source, document, folder, drafts)
        locate = _locator(document)
        for draft in drafts:
            line, column = locate(draft.data["x-extract"]["start"], draft.mention.value)
            checked.positions[f"{folder}/{draft.name}"] = Position(source, line, column)
        prepared.append(checked)
    return prepared


def check(prepared: list[CheckedDocument], options: RunOptions) -> RunResult:
    """Run every draft's checks (citations included) and anchor each finding at its number."""
    claims: dict[str, Claim] = {}
    failed: list[ClaimResult] = []
    for checked in prepared:
        texts: dict[str, str] = {}  # one copy of each text of this document's drafts (see _shared)
        for draft in checked.drafts:
            claim_id = f"{checked.folder}/{draft.name}"
            loaded = _load_draft(draft, claim_id, checked.source, texts)
            if isinstance(loaded, Claim):
                claims[claim_id] = loaded
            else:
                failed.append(loaded)
    root = _root(prepared, options.cwd)
    base = Path(os.path.abspath(options.cwd)) / ".factcheck-check-in-memory"  # never read: ids all known
    options = replace(options, loaded=LoadResult(claims, failed, base, root, options.cwd))
    result = run(options)
    where = {claim_id: position for checked in prepared for claim_id, position in checked.positions.items()}
    for claim_result in result.claims:
        position = where.get(claim_result.id)
        if position is None:
            continue
        claim_result.file = position.file
        claim_result.findings = [replace(finding, position=position) for finding in claim_result.findings]
    result.claims.sort(key=lambda r: r.findings[0].position if r.findings else where.get(r.id, Position(r.file)))
    return result


def _root(prepared: list[CheckedDocument], cwd: Path) -> Path:
    """The folder citations are read from: the (first) local document's, else the working directory."""
    for checked in prepared:
        if checked.document.path is not None:
            return Path(os.path.abspath(checked.document.path.parent))
    return Path(os.path.abspath(cwd))


def _load_draft(draft: Draft, claim_id: str, display: str, texts: dict[str, str] | None = None) -> Claim | ClaimResult:
    doc = parse_yaml(render_yaml(draft))
    if texts is not None and doc.data is not None:
        doc.data = _shared(doc.data, texts)
    findings = [invalid("schema", Position(display, p.line, p.column), p.reason) for p in doc.problems]
    if doc.data is not None:
        for problem in schema_problems(doc):
            findings.append(invalid("schema", Position(display, problem.line, problem.column), problem.reason))
        claim = build_claim(doc, claim_id, display, findings, [])
        if claim is not None and not findings:
            return claim
    return ClaimResult(claim_id, display, findings or [invalid("schema", Position(display), "the draft did not load")])


def _shared(value: Any, texts: dict[str, str]) -> Any:
    """`value` with each text (keys too) replaced by the first equal one met in the document.

    Every draft of a document repeats its title, its file name, its keys; read back from YAML
    each is a new string, which the claim then keeps: a title line of 1,500 characters made
    3 KB a figure. Only plain `str`, `dict` and `list` are rebuilt (order kept); everything
    else (YamlInt, YamlFloat, None, bool) is kept as read.
    """
    kind = type(value)
    if kind is str:
        return texts.setdefault(value, value)
    if kind is dict:
        return {
            texts.setdefault(key, key) if type(key) is str else key: _shared(item, texts) for key, item in value.items()
        }
    if kind is list:
        return [_shared(item, texts) for item in value]
    return value


def _locator(document: Document):
    """offset in document.text (and the number as written) → (line, column) in the file, 1-based."""
    text = document.text
    raw = None
    if document.path is not None and document.format != "txt":
        try:
            raw = document.path.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
        except OSError:
            raw = None

    breaks = [found.start() for found in re.finditer("\n", text)]  # once: a count per figure was quadratic
    removed = sorted(document.removed)
    removed_at = [at for at, _ in removed]
    removed_before = list(accumulate((length for _, length in removed), initial=0))

    def in_text(offset: int) -> tuple[int, int]:
        before = bisect_left(breaks, offset)  # the line breaks before `offset`
        start = breaks[before - 1] + 1 if before else 0
        return before + 1, offset - start + 1 + dropped(start, offset)  # romanisation left out

    def dropped(start: int, offset: int) -> int:
        """`file_column(document.removed, start, offset)`, by bisection."""
        return removed_before[bisect_right(removed_at, offset)] - removed_before[bisect_left(removed_at, start)]

    def locate(offset: int, value: str) -> tuple[int, int]:
        if raw is None:
            return in_text(offset)
        number = re.match(r"[-+]?[\d.,]+|\S+", value)
        needle = number.group() if number else value
        start = text.find(needle.lstrip("-+"), offset - 1)
        start = offset if start < 0 or start > offset + 40 else start
        for width in (16, 10, 6, 3, 0):
            snippet = text[max(0, start - width) : start + len(needle.lstrip("-+"))]
            if "\n" in snippet:
                continue
            found = raw.find(snippet)
            if found >= 0 and raw.find(snippet, found + 1) < 0:
                at = found + len(snippet) - len(needle.lstrip("-+"))
                return raw.count("\n", 0, at) + 1, at - (raw.rfind("\n", 0, at) + 1) + 1
        return in_text(offset)

    return locate


def mention_records(prepared: list[CheckedDocument], result: RunResult) -> list[dict[str, Any]]:
    """Every drafted mention: where it is, its value and interval, and the checks it took part in."""
    by_id = {r.id: r for r in result.claims}
    takes_part: dict[str, list[dict[str, Any]]] = {}
    for claim_result in result.claims:
        claim = claim_result.claim
        if claim is None:
            continue
        for finding in claim_result.findings:
            if finding.index is None or finding.index >= len(claim.checks):
                continue
            spec = claim.checks[finding.index]
            entry = {"claim": claim_result.id, "check": finding.check, "verdict": finding.verdict.value}
            takes_part.setdefault(claim_result.id, []).append({**entry, "role": "result"})
            for operand in spec.operands():
                target = getattr(operand, "id", None)
                if target:
                    takes_part.setdefault(target, []).append({**entry, "role": "operand"})
    records = []
    for checked in prepared:
        for draft in checked.drafts:
            claim_id = f"{checked.folder}/{draft.name}"
            position = checked.positions[claim_id]
            claim_result = by_id.get(claim_id)
            claim = claim_result.claim if claim_result is not None else None
            record: dict[str, Any] = {
                "id": claim_id,
                "file": position.file,
                "line": position.line,
                "column": position.column,
                "value": draft.data["value"],
                "start": draft.data["x-extract"]["start"],  # offsets in the document's extracted text
                "end": draft.data["x-extract"]["end"],
                "unit": draft.data.get("unit"),
                "interval": claim.quantity.interval.to_json() if claim is not None else None,
                "kind": draft.data["kind"],
                "type": draft.mention.type,
                "verdict": claim_result.verdict.value if claim_result is not None else None,
                "checks": takes_part.get(claim_id, []),
            }
            if "x-todo" in draft.data:
                record["todo"] = [item for item in draft.data["x-todo"] if "note" not in item or len(item) > 1]
            records.append(record)
    return records
