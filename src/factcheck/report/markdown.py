"""`--format markdown`: a pull-request comment (also the GitHub job summary).

A heading with the gate's outcome, a table of claims per verdict, every finding that fails the
gate with its arithmetic, the non-gating problems as a list, and collapsible sections for
findings accepted by the baseline and for all claims. Text from claim files is escaped, so a
claim cannot inject HTML or break a table. The output is cut to `max_chars` (GitHub comments
take 65,536 characters), saying how many findings were left out.

Pass: `## factcheck: ✅ gate passed`, the verdict table, and the claims in a closed <details>.
Fail: `## factcheck: ❌ gate failed`, then `### Failures (1)` with each failure's place, message
and a fenced block of its arithmetic (`computed [1793, 1793] vs stated [1794, 1794]: …`).

    factcheck run --format markdown --output comment.md
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable, Mapping

from factcheck.report._view import (
    VERDICT_TITLES,
    accepted_note,
    counts,
    details,
    findings,
    gate_passed,
    location,
    severity,
)

NAME = "markdown"
COMMENT_LIMIT = 65_000

ICONS = {
    "invalid": "⛔",
    "error": "💥",
    "fail": "❌",
    "contradicted": "❌",
    "misquoted": "✂️",
    "uncited": "❔",
    "revised": "🔁",
    "unverifiable": "❓",
    "pending": "⏳",
    "skipped": "⏭️",
    "confirmed": "✅",
    "pass": "✅",
}


def text(value: Any) -> str:
    """Inline Markdown text: HTML escaped, table pipes and Markdown markup neutralised, one line."""
    escaped = html.escape(str(value), quote=False)
    escaped = re.sub(r"([\\`*_\[\]|#~])", r"\\\1", escaped)
    return " ".join(escaped.split())


def code(value: Any, table: bool = False) -> str:
    """Inline code that survives backticks inside it (and pipes, inside a table cell)."""
    content = " ".join(str(value).split())
    if table:
        content = content.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall(r"`+", content)), default=0) + 1)
    pad = " " if content.startswith("`") or content.endswith("`") else ""
    return f"{fence}{pad}{content}{pad}{fence}"


def block(lines: Iterable[str]) -> str:
    """A fenced code block longer than any backtick run inside it."""
    body = "\n".join(lines)
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", body)), default=0) + 1)
    return f"{fence}text\n{body}\n{fence}"


def render(doc: Mapping[str, Any], max_chars: int = COMMENT_LIMIT) -> str:
    blocks = [_heading(doc), _summary_table(doc)]
    tail = [*_baseline_section(doc), _claims_section(doc), *_notes(doc)]
    failing = [_failure(claim, finding) for claim, finding in findings(doc) if severity(finding) == "error"]
    warnings = [_warning(claim, finding) for claim, finding in findings(doc) if severity(finding) == "warning"]
    body = _fit(blocks, failing, warnings, tail, max_chars)
    return "\n\n".join(body) + "\n"


def _fit(head: list[str], failing: list[str], warnings: list[str], tail: list[str], limit: int) -> list[str]:
    """Keep the heading and as many failures, then warnings, as fit; drop the rest with a count."""
    out = list(head)
    budget = limit - sum(len(part) + 2 for part in head) - 200
    sections = (
        (f"### Failures ({len(failing)})", failing, "\n\n"),
        (f"### Warnings ({len(warnings)})", warnings, "\n"),
    )
    left_out = 0
    for heading, items, separator in sections:
        kept: list[str] = []
        for item in items:
            if budget - len(item) - len(heading) - 4 < 0:
                left_out += len(items) - len(kept)
                break
            kept.append(item)
            budget -= len(item) + len(separator)
        if kept:
            out.append(heading + "\n\n" + separator.join(kept))
            budget -= len(heading) + 4
    for part in tail:
        if budget - len(part) >= 0:
            out.append(part)
            budget -= len(part) + 2
    if left_out:
        out.append(
            f"_{left_out} more findings left out to keep this under {limit} characters; "
            "see the full report (`--format html` or `--format json`)._"
        )
    return out


def _heading(doc: Mapping[str, Any]) -> str:
    summary = doc.get("summary") or {}
    outcome = "✅ gate passed" if gate_passed(doc) else "❌ gate failed"
    fail_on = ", ".join(summary.get("fail_on") or [])
    line = f"{summary.get('claims', len(doc.get('claims', [])))} claims checked"
    if fail_on:
        line += f"; the gate fails on: {fail_on}"
    return f"## factcheck: {outcome}\n\n{line}."


def _summary_table(doc: Mapping[str, Any]) -> str:
    rows = ["| verdict | claims |", "|---|---:|"]
    rows += [f"| {ICONS.get(verdict, '')} {verdict} | {count} |" for verdict, count in counts(doc).items()]
    return "\n".join(rows)


def _where(claim: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    file, line, column = location(claim, finding)
    return code(f"{file}:{line}:{column}")


def _failure(claim: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    verdict = str(finding.get("verdict", ""))
    head = (
        f"#### {ICONS.get(verdict, '')} {code(claim.get('id', ''))} · {text(finding.get('check', ''))} · "
        f"{VERDICT_TITLES.get(verdict, verdict)}\n\n{_where(claim, finding)}: {text(finding.get('message', ''))}"
    )
    arithmetic = details(finding)
    return head + ("\n\n" + block(arithmetic) if arithmetic else "")


def _warning(claim: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    verdict = str(finding.get("verdict", ""))
    return (
        f"- {ICONS.get(verdict, '')} **{verdict}** {code(claim.get('id', ''))} · {text(finding.get('check', ''))}: "
        f"{text(finding.get('message', ''))} ({_where(claim, finding)})"
    )


def _baseline_section(doc: Mapping[str, Any]) -> list[str]:
    accepted = [(claim, finding) for claim, finding in findings(doc) if severity(finding) == "note"]
    if not accepted:
        return []
    items = [
        f"- {code(claim.get('id', ''))} · {text(finding.get('check', ''))} · {finding.get('verdict', '')}: "
        f"{text(finding.get('message', ''))} ({text(accepted_note(finding))})"
        for claim, finding in accepted
    ]
    return [f"<details><summary>Accepted ({len(accepted)})</summary>\n\n" + "\n".join(items) + "\n\n</details>"]


def _claims_section(doc: Mapping[str, Any]) -> str:
    rows = ["| claim | verdict | claim text | file |", "|---|---|---|---|"]
    for claim in doc.get("claims", []):
        verdict = str(claim.get("verdict", ""))
        rows.append(
            f"| {code(claim.get('id', ''), True)} | {ICONS.get(verdict, '')} {verdict} | "
            f"{text(claim.get('claim', ''))} | {code(claim.get('file', ''), True)} |"
        )
    return (
        f"<details><summary>All claims ({len(doc.get('claims', []))})</summary>\n\n"
        + "\n".join(rows)
        + "\n\n</details>"
    )


def _notes(doc: Mapping[str, Any]) -> list[str]:
    notes = doc.get("notes") or []
    return ["**Notes**\n\n" + "\n".join(f"- {text(note)}" for note in notes)] if notes else []
