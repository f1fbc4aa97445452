"""`--format html`: one self-contained HTML file to read, share or attach to a CI run.

No external assets (styles, the filter script and the charts are inline; a Content Security
Policy forbids loading anything), so it works from a file, an artifact download or offline:

- a summary: the gate's outcome and the claims per verdict;
- the claims table, filterable by text, verdict and "problems only" (an inline script; without
  scripts every row simply shows); a link can preset the filter: `factcheck.html#verdict=fail&q=gdp`;
- every finding that fails the gate with its arithmetic;
- for each source comparison, a small SVG chart of the source series with the claimed
  interval drawn as a band.

Everything taken from claim files and sources is HTML-escaped.

Pass: a green "gate passed" badge, "No finding fails the gate.", the table and the charts.
Fail: a red "gate failed" badge and one card per failure with its place and arithmetic.

    factcheck run --format html --output factcheck.html
"""

from __future__ import annotations

from html import escape
from typing import Any, Mapping

from factcheck.model import with_unit
from factcheck.report._chart import chart
from factcheck.report._view import (
    PROBLEMS,
    VERDICT_TITLES,
    counts,
    details,
    findings,
    gate_passed,
    interval,
    location,
    severity,
    tool_version,
)

NAME = "html"

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:2rem auto;
max-width:70rem;padding:0 1rem;color:#1d2430;line-height:1.45}
h1{margin-bottom:.2rem}.meta{color:#5b6472}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #dde2ea;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f8}.counts{width:auto}.counts td:last-child{text-align:right}
.gate{display:inline-block;padding:.2rem .7rem;border-radius:1rem;font-weight:600}
.gate.pass{background:#dcf5e3;color:#13612e}.gate.fail{background:#fde2e1;color:#9b1c1c}
.v{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.85em;background:#eceff3}
.v-invalid,.v-error,.v-fail,.v-contradicted,.v-misquoted{background:#fde2e1;color:#9b1c1c}
.v-uncited,.v-revised,.v-unverifiable{background:#fff3cd;color:#7a5a00}
.v-pass,.v-confirmed{background:#dcf5e3;color:#13612e}
.finding{border:1px solid #dde2ea;border-left:4px solid #c0392b;border-radius:.3rem;padding:.6rem 1rem;
margin:1rem 0}
.finding.warning{border-left-color:#d4a017}.finding.note{border-left-color:#7f8c9d}
.where{font-family:ui-monospace,monospace;color:#5b6472;font-size:.9em}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;white-space:pre-wrap}
.filters{display:flex;gap:.8rem;align-items:center;margin:.6rem 0;flex-wrap:wrap}
.filters input[type=search]{min-width:18rem;padding:.3rem}
.chart .axis{stroke:#8a94a3;stroke-width:1}.chart .tick,.chart .band-label{font-size:10px;fill:#5b6472}
.chart .band{fill:#2f80ed;fill-opacity:.18;stroke:#2f80ed;stroke-opacity:.5}
.chart .series{stroke:#34495e;stroke-width:1.5}.chart .point{fill:#34495e}
.chart .point.focus{fill:#c0392b}.chart .point.agrees{fill:#1e8449}
.compare{display:flex;gap:1.2rem;flex-wrap:wrap;align-items:flex-start}
"""

SCRIPT = """
(function () {
  var text = document.getElementById("filter-text"), verdict = document.getElementById("filter-verdict");
  var problems = document.getElementById("filter-problems"), count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#claims-table tbody tr"));
  function apply() {
    var q = text.value.trim().toLowerCase(), v = verdict.value, p = problems.checked, shown = 0;
    rows.forEach(function (row) {
      var ok = (!q || row.getAttribute("data-search").indexOf(q) !== -1) &&
               (!v || row.getAttribute("data-verdict") === v) &&
               (!p || row.getAttribute("data-problem") === "1");
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  var wanted = /[#&]verdict=([a-z]+)/.exec(location.hash), query = /[#&]q=([^&]*)/.exec(location.hash);
  if (wanted) { verdict.value = wanted[1]; }
  if (query) { text.value = decodeURIComponent(query[1]); }
  text.addEventListener("input", apply);
  verdict.addEventListener("change", apply);
  problems.addEventListener("change", apply);
  apply();
})();
"""


def e(value: Any) -> str:
    return escape(str(value if value is not None else ""), quote=True)


def badge(verdict: str) -> str:
    return f'<span class="v v-{e(verdict)}">{e(verdict)}</span>'


def render(doc: Mapping[str, Any]) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck report</title><style>{STYLE}</style></head><body>",
        _summary(doc),
        _failures(doc),
        _comparisons(doc),
        _claims(doc),
        _notes(doc),
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _summary(doc: Mapping[str, Any]) -> str:
    passed = gate_passed(doc)
    summary = doc.get("summary") or {}
    meta = [f"{e(summary.get('claims', len(doc.get('claims', []))))} claims"]
    if tool_version(doc):
        meta.append(f"factcheck {e(tool_version(doc))}")
    if doc.get("generated"):
        meta.append(f"generated {e(doc['generated'])}")
    if summary.get("fail_on"):
        meta.append("the gate fails on: " + e(", ".join(summary["fail_on"])))
    rows = "".join(f"<tr><td>{badge(v)}</td><td>{e(n)}</td></tr>" for v, n in counts(doc).items())
    gate = '<span class="gate pass">gate passed</span>' if passed else '<span class="gate fail">gate failed</span>'
    return (
        f'<header><h1>factcheck report</h1><p>{gate}</p><p class="meta">{" · ".join(meta)}</p></header>'
        f'<section id="summary"><h2>Summary</h2><table class="counts"><thead><tr><th>verdict</th>'
        f"<th>claims</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _finding_block(claim: Mapping[str, Any], finding: Mapping[str, Any], css: str) -> str:
    file, line, column = location(claim, finding)
    verdict = str(finding.get("verdict", ""))
    arithmetic = details(finding)
    pre = f"<pre>{e(chr(10).join(arithmetic))}</pre>" if arithmetic else ""
    return (
        f'<article class="finding {css}"><h3>{e(claim.get("id", ""))} · {e(finding.get("check", ""))} '
        f'{badge(verdict)}</h3><p class="where">{e(file)}:{line}:{column}</p>'
        f'<p class="message">{e(finding.get("message", ""))}</p>{pre}</article>'
    )


def _failures(doc: Mapping[str, Any]) -> str:
    blocks = [_finding_block(c, f, "error") for c, f in findings(doc) if severity(f) == "error"]
    warnings = [_finding_block(c, f, "warning") for c, f in findings(doc) if severity(f) == "warning"]
    accepted = [_finding_block(c, f, "note") for c, f in findings(doc) if severity(f) == "note"]
    out = [
        f'<section id="failures"><h2>Failures ({len(blocks)})</h2>'
        + ("".join(blocks) or "<p>No finding fails the gate.</p>")
        + "</section>"
    ]
    if warnings:
        out.append(f'<section id="warnings"><h2>Warnings ({len(warnings)})</h2>{"".join(warnings)}</section>')
    if accepted:
        out.append(
            f'<section id="baseline"><details><summary>Accepted by the baseline ({len(accepted)})</summary>'
            f"{''.join(accepted)}</details></section>"
        )
    return "\n".join(out)


def _comparisons(doc: Mapping[str, Any]) -> str:
    items = []
    for claim, finding in findings(doc):
        if finding.get("check") != "compare":
            continue
        verdict = str(finding.get("verdict", ""))
        label = f"{claim.get('id', '')}: source series against the claimed interval"
        svg = chart(finding, label) or '<p class="meta">No source value to draw.</p>'
        stated = interval(finding.get("stated"))
        items.append(
            f'<div class="comparison"><h3>{e(claim.get("id", ""))} {badge(verdict)}</h3>{svg}'
            f'<p class="meta">claimed {e(with_unit(str(claim.get("value", "")), claim.get("unit")))}'
            f"{' → ' + e(stated) if stated else ''}<br>{e(finding.get('message', ''))}</p></div>"
        )
    if not items:
        return ""
    return (
        f'<section id="comparisons"><h2>Source comparisons ({len(items)})</h2>'
        f'<div class="compare">{"".join(items)}</div></section>'
    )


def _claims(doc: Mapping[str, Any]) -> str:
    claims = doc.get("claims", [])
    verdicts = [v.lower() for v in VERDICT_TITLES if any(c.get("verdict") == v for c in claims)]
    options = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in verdicts)
    rows = "".join(_claim_row(claim) for claim in claims)
    return (
        '<section id="claims"><h2>Claims</h2><div class="filters">'
        '<input type="search" id="filter-text" placeholder="Filter by id, text, file or message" '
        'aria-label="Filter claims">'
        f'<select id="filter-verdict" aria-label="Verdict"><option value="">all verdicts</option>{options}</select>'
        '<label><input type="checkbox" id="filter-problems"> problems only</label>'
        '<span id="filter-count" class="meta"></span></div>'
        '<table id="claims-table"><thead><tr><th>claim</th><th>verdict</th><th>text</th><th>value</th>'
        f"<th>period</th><th>findings</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _claim_row(claim: Mapping[str, Any]) -> str:
    verdict = str(claim.get("verdict", ""))
    messages = [
        f"{f.get('check', '')}: {f.get('verdict', '')}: {f.get('message', '')}" for f in claim.get("findings", [])
    ]
    search = " ".join([str(claim.get(k, "") or "") for k in ("id", "file", "claim", "subject", "verdict")] + messages)
    listing = "".join(f"<li>{e(m)}</li>" for m in messages)
    return (
        f'<tr data-verdict="{e(verdict)}" data-problem="{int(verdict in PROBLEMS)}" '
        f'data-search="{e(search.lower())}">'
        f'<td>{e(claim.get("id", ""))}<div class="where">{e(claim.get("file", ""))}</div></td>'
        f"<td>{badge(verdict)}</td><td>{e(claim.get('claim', ''))}</td>"
        f"<td>{e(with_unit(str(claim.get('value', '')), claim.get('unit')))}</td><td>{e(claim.get('period', ''))}</td>"
        f"<td>{'<ul>' + listing + '</ul>' if listing else ''}</td></tr>"
    )


def _notes(doc: Mapping[str, Any]) -> str:
    notes = doc.get("notes") or []
    if not notes:
        return ""
    return '<section id="notes"><h2>Notes</h2><ul>' + "".join(f"<li>{e(n)}</li>" for n in notes) + "</ul></section>"
