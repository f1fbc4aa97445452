"""`--format github`: GitHub Actions workflow commands that annotate the claim files.

Each finding that fails the gate is an `::error`, each non-gating problem (`uncited` by
default) a `::warning`, each finding accepted by the baseline a `::notice`:

    ::error file=claims/a.yaml,line=12,col=5,title=a%3A sum (Check failed)::38 + 320 + 1435 = 1793, stated 1794

A passing run prints no annotation, only `factcheck: gate passed: 0 failing, …`.

Messages escape `%`, CR and LF; properties also escape `:` and `,`. GitHub shows at most 10
annotations of each level per step and 50 per job, so the first 9 of a level are annotated and
the 10th says how many more there are; the job summary lists them all. The annotations sit in
a `::group::` so the log stays short.

`write_step_summary(doc)` appends the Markdown report to `$GITHUB_STEP_SUMMARY` when that
variable is set (GitHub accepts up to 1 MiB per step).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

from factcheck.report import markdown
from factcheck.report._view import (
    VERDICT_TITLES,
    accepted_note,
    details,
    findings,
    gate_passed,
    location,
    severity,
)

NAME = "github"
PER_LEVEL = 10  # annotations GitHub shows per level per step
PER_JOB = 50
SUMMARY_LIMIT = 1024 * 1024
LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: Any) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def render(doc: Mapping[str, Any]) -> str:
    by_level: dict[str, list[str]] = {"error": [], "warning": [], "notice": []}
    for claim, finding in findings(doc):
        level = severity(finding)
        if level is not None:
            by_level[LEVELS[level]].append(_annotation(LEVELS[level], claim, finding))
    lines = ["::group::factcheck annotations"]
    budget = PER_JOB
    for level, items in by_level.items():
        shown = _limited(level, items, min(PER_LEVEL, budget))
        budget -= len(shown)
        lines += shown
    lines.append("::endgroup::")
    lines.append(_outcome_line(doc, {level: len(items) for level, items in by_level.items()}))
    return "\n".join(lines) + "\n"


def _annotation(level: str, claim: Mapping[str, Any], finding: Mapping[str, Any]) -> str:
    file, line, column = location(claim, finding)
    verdict = str(finding.get("verdict", ""))
    title = f"{claim.get('id', '')}: {finding.get('check', '')} ({VERDICT_TITLES.get(verdict, verdict)})"
    message = str(finding.get("message", ""))
    if level == "notice":
        message = f"{accepted_note(finding)}: {message}"
    body = "\n".join([message, *details(finding)])
    return command(level, body, file=file, line=line, col=column, title=title)


def _limited(level: str, annotations: list[str], room: int) -> list[str]:
    """At most `room` annotations; when some must go, the last one counts them."""
    if room <= 0:
        return []
    if len(annotations) <= room:
        return annotations
    kept = annotations[: room - 1]
    rest = len(annotations) - len(kept)
    note = f"{rest} more factcheck findings of level {level} are not annotated (GitHub shows {PER_LEVEL} per step); "
    note += "see the job summary or the full report"
    return kept + [command(level, note, title=f"factcheck: {rest} more")]


def _outcome_line(doc: Mapping[str, Any], totals: Mapping[str, int]) -> str:
    outcome = "passed" if gate_passed(doc) else "failed"
    return (
        f"factcheck: gate {outcome}: {totals['error']} failing, {totals['warning']} warnings, "
        f"{totals['notice']} accepted"
    )


def step_summary(doc: Mapping[str, Any]) -> str:
    """The Markdown job summary: the PR-comment report, cut to fit GitHub's 1 MiB."""
    limit = SUMMARY_LIMIT - 4096
    text = markdown.render(doc, max_chars=limit)
    while len(text.encode("utf-8")) > SUMMARY_LIMIT - 1024:  # CJK takes 3 bytes a character
        limit //= 2
        text = markdown.render(doc, max_chars=limit)
    return text


def write_step_summary(doc: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Path | None:
    """Append the job summary to $GITHUB_STEP_SUMMARY when it is set; return the file written."""
    target = (os.environ if environ is None else environ).get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(step_summary(doc))
    return path
