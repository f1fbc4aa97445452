"""`--format concise`: one line per finding, `file:line:col: verdict check message`, and a summary line.

For editors' quickfix lists (the `file:line:col: message` shape of compilers), grep and logs:
every finding that is a problem, never wrapped or cut, newlines in a message escaped. A
finding accepted by the baseline or by an `accept:` entry ends with `[accepted ...]`. The
last line counts the claims per verdict and gives the gate's decision.
"""

from __future__ import annotations

from typing import Any, Mapping

from factcheck.report._view import PROBLEMS, accepted_note, findings, location

NAME = "concise"


def render(doc: Mapping[str, Any]) -> str:
    lines = [line(claim, finding) for claim, finding in findings(doc) if finding.get("verdict") in PROBLEMS]
    summary = doc.get("summary") or {}
    counts = ", ".join(f"{count} {verdict}" for verdict, count in (summary.get("by_verdict") or {}).items())
    total = summary.get("claims", len(doc.get("claims", [])))
    lines.append(f"{total} claim{'s' if total != 1 else ''}: {counts or 'none'}; gate: {summary.get('gate', 'pass')}")
    return "\n".join(lines) + "\n"


def line(claim: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    file, row, column = location(claim, finding)
    message = str(finding.get("message", "")).replace("\r", "\\r").replace("\n", "\\n")
    note = accepted_note(finding)
    tail = f" [{note}]" if note else ""
    return f"{file}:{row}:{column}: {finding.get('verdict', '')} {finding.get('check', '')} {message}{tail}"
