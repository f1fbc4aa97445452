"""The document view of `--format html`: the document itself, every number marked.

`factcheck check` passes the documents it read; `factcheck run` passes the local documents its
claims cite (`from_claims`), each number found through its claim's quote.

The ordinary HTML report (summary, failures, claims table) with one more section before the
failures: each document's text, every drafted number highlighted by what its checks concluded —
failed (red), passed (green), unchecked (grey; dashed when it waits for a figure from outside
the document) — with the arithmetic in a tooltip and, on click, in the panel beside the text,
which also lists every relation checked. Self-contained like the report: inline style and
script, nothing loaded. Everything from the document is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any, Mapping

from factcheck.documents.read import read_path
from factcheck.documents.text import DocumentError
from factcheck.report import html

NAME = "html"

STYLE = """
.docview{display:flex;gap:1.2rem;align-items:flex-start}.doctext{flex:3;min-width:0}
.doctext p{margin:.5rem 0}.side{flex:2;position:sticky;top:.5rem;max-height:95vh;overflow:auto;
border-left:1px solid #dde2ea;padding-left:1rem}
mark.n{padding:0 .1rem;border-radius:.2rem;cursor:pointer;background:#eceff3;color:inherit}
mark.n-failed{background:#fbd0ce;outline:1px solid #c0392b}mark.n-passed{background:#cdeed8}
mark.n-unchecked{background:#eceff3}mark.n-todo{background:#fff3cd;outline:1px dashed #d4a017}
mark.n.active{box-shadow:0 0 0 2px #2f80ed}.legend mark{cursor:default}
#detail pre{font-size:.85em}.rel{margin:.3rem 0;font-size:.92em}.rel a{text-decoration:none}
"""

SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("mention-data").textContent);
  var panel = document.getElementById("detail");
  function show(id) {
    var m = data[id]; if (!m) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("mark.n.active"), function (x) {
      x.classList.remove("active"); });
    var mark = document.getElementById("m-" + id); if (mark) { mark.classList.add("active"); }
    panel.textContent = "";
    var h = document.createElement("h3"); h.textContent = m.head; panel.appendChild(h);
    var pre = document.createElement("pre"); pre.textContent = m.detail; panel.appendChild(pre);
  }
  if (/^#m-/.test(location.hash)) { show(decodeURIComponent(location.hash.slice(3))); }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-m]");
    if (target) { show(target.getAttribute("data-m")); }
  });
})();
"""


def e(value: Any) -> str:
    return escape(str(value if value is not None else ""), quote=True)


def render(doc: Mapping[str, Any]) -> str:
    page = html.render(doc)
    if not doc.get("documents"):
        return page
    section = document_section(doc)
    page = page.replace("</style>", STYLE + "</style>", 1)
    page = page.replace('<section id="failures">', section + '\n<section id="failures">', 1)
    return page.replace("</body>", f"<script>{SCRIPT}</script>\n</body>", 1)


def mention_state(mention: Mapping[str, Any]) -> str:
    """failed, passed, todo (waits for an outside figure) or unchecked."""
    verdicts = [entry.get("verdict") for entry in mention.get("checks", [])]
    if any(v in ("fail", "error", "invalid", "contradicted") for v in verdicts):
        return "failed"
    if verdicts and all(v in ("pass", "confirmed") for v in verdicts):
        return "passed"
    if mention.get("todo"):
        return "todo"
    return "unchecked"


def document_section(doc: Mapping[str, Any]) -> str:
    findings = _check_findings(doc)
    mentions = list(doc.get("mentions", []))
    data: dict[str, dict[str, str]] = {}
    out = ['<section id="document"><h2>The document</h2>']
    out.append(
        '<p class="legend">Numbers: <mark class="n n-failed">failed</mark> <mark class="n n-passed">passed</mark> '
        '<mark class="n n-unchecked">unchecked</mark> <mark class="n n-todo">needs a figure from outside</mark>'
        " · hover for the arithmetic, click for details.</p>"
    )
    for document in doc.get("documents", []):
        mine = [m for m in mentions if m.get("file") == document.get("file")]
        for mention in mine:
            data[_key(mention)] = {
                "head": f"{mention.get('value')}{mention.get('unit') or ''}",
                "detail": _detail(mention, findings),
            }
        out.append(f"<h3>{e(document.get('title') or document.get('file'))}</h3>")
        out.append(f'<p class="where">{e(document.get("file"))}</p><div class="docview"><div class="doctext">')
        out.append(_marked_text(str(document.get("text", "")), mine, findings))
        out.append('</div><aside class="side"><div id="detail"><p>Click a number to see its checks.</p></div>')
        out.append(_relations(mine, findings))
        out.append("</aside></div>")
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    out.append(f'<script type="application/json" id="mention-data">{payload}</script></section>')
    return "\n".join(out)


def _key(mention: Mapping[str, Any]) -> str:
    return str(mention.get("id", "")).replace("/", "--")


def _check_findings(doc: Mapping[str, Any]) -> dict[tuple[str, str], list[Mapping[str, Any]]]:
    """(claim id, check) → that claim's findings of the check (the arithmetic of a relation)."""
    out: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for claim in doc.get("claims", []):
        for finding in claim.get("findings", []):
            if "index" in finding:
                out.setdefault((str(claim.get("id")), str(finding.get("check"))), []).append(finding)
    return out


def _detail(mention: Mapping[str, Any], findings: Mapping) -> str:
    lines = [
        f"{mention.get('file')}:{mention.get('line')}:{mention.get('column')}  {mention.get('value')}"
        f"{mention.get('unit') or ''}  interval {mention.get('interval')}"
    ]
    seen = set()
    for entry in mention.get("checks", []):
        key = (entry.get("claim"), entry.get("check"))
        if key in seen:
            continue
        seen.add(key)
        for finding in findings.get((str(key[0]), str(key[1])), []):
            role = "result of" if entry.get("role") == "result" else "operand of"
            lines.append(f"\n{role} {key[1]} on {key[0]}: {finding.get('verdict')}")
            lines.append(str(finding.get("message", "")))
            lines.extend(str(x) for x in finding.get("explanation", []))
    for item in mention.get("todo", []):
        lines.append("\nneeds a figure from outside the document: " + json.dumps(item, ensure_ascii=False))
    if len(lines) == 1:
        lines.append("\nno relation the text states involves this number")
    return "\n".join(lines)


def _marked_text(text: str, mentions: list[Mapping[str, Any]], findings: Mapping) -> str:
    spans = sorted(
        ((int(m["start"]), int(m["end"]), m) for m in mentions if "start" in m and "end" in m),
        key=lambda span: (span[0], span[1]),
    )
    out: list[str] = []
    cursor = 0
    for start, end, mention in spans:
        if start < cursor or end > len(text):
            continue
        out.append(e(text[cursor:start]))
        state = mention_state(mention)
        title = _detail(mention, findings)
        key = _key(mention)
        out.append(
            f'<mark class="n n-{state}" id="m-{e(key)}" data-m="{e(key)}" data-state="{state}" '
            f'title="{e(title).replace(chr(10), "&#10;")}">{e(text[start:end])}</mark>'
        )
        cursor = end
    out.append(e(text[cursor:]))
    return "".join(f"<p>{line}</p>" for line in "".join(out).split("\n") if line.strip())


def _relations(mentions: list[Mapping[str, Any]], findings: Mapping) -> str:
    items = []
    for mention in mentions:
        for entry in mention.get("checks", []):
            if entry.get("role") != "result":
                continue
            for finding in findings.get((str(entry.get("claim")), str(entry.get("check"))), []):
                items.append(
                    f'<p class="rel">{html.badge(str(finding.get("verdict", "")))} '
                    f'<a href="#m-{e(_key(mention))}" data-m="{e(_key(mention))}">{e(entry.get("check"))}</a> '
                    f"{e(finding.get('message', ''))}</p>"
                )
    unique = list(dict.fromkeys(items))
    return f"<h3>Relations checked ({len(unique)})</h3>" + ("".join(unique) or "<p>None found in the text.</p>")


def from_claims(doc: dict[str, Any], root: Path) -> dict[str, Any]:
    """For `factcheck run --format html`: the local documents the claims cite, each claim's number
    found through its quote, as the `documents` and `mentions` the view draws (the doc unchanged
    when no claim cites a readable local document)."""
    texts: dict[str, str] = {}
    mentions = []
    for claim in doc.get("claims", []):
        citation = claim.get("citation") or {}
        name, quote, value = citation.get("document"), citation.get("quote"), claim.get("value")
        if not name or not quote or not value:
            continue
        if name not in texts:
            texts[name] = _read(root, str(name))
        text = texts[name]
        at = text.find(str(quote)) if text else -1
        inside = str(quote).find(str(value)) if at >= 0 else -1
        if inside < 0:
            continue
        start = at + inside
        own = [f for f in claim.get("findings", []) if "index" in f or f.get("check") == "compare"]
        mentions.append(
            {
                "id": claim.get("id"),
                "file": name,
                "line": text.count("\n", 0, start) + 1,
                "column": start - (text.rfind("\n", 0, start) + 1) + 1,
                "value": value,
                "unit": claim.get("unit"),
                "interval": claim.get("interval"),
                "start": start,
                "end": start + len(str(value)),
                "checks": [
                    {"claim": claim.get("id"), "check": f.get("check"), "verdict": f.get("verdict"), "role": "result"}
                    for f in own
                ],
            }
        )
    if not mentions:
        return doc
    files = sorted({str(m["file"]) for m in mentions})
    documents = [{"file": name, "title": name, "text": texts[name]} for name in files]
    return {**doc, "documents": documents, "mentions": mentions}


def _read(root: Path, name: str) -> str:
    """A cited document's text ('' when it cannot be read or lies outside the repository)."""
    path = (root / name).resolve()
    try:
        path.relative_to(root.resolve())
        return read_path(path, name).text  # read exactly as the citation check and extract read it
    except (OSError, ValueError, DocumentError):
        return ""
