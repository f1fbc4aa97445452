"""`--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`).

A JSON array with one issue per problem finding, in the subset of the Code Climate format
that GitLab reads: `description`, `check_name`, `fingerprint`, `severity` and
`location.path` / `location.lines.begin`. Severity follows the gate: a finding that fails it
is `major` (`critical` for an invalid file or a source error), a problem that does not is
`minor`, an accepted one `info`. The fingerprint is stable across line moves (claim id,
check, its index and which repeat it is), so GitLab tracks an issue from one pipeline to
the next.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

from factcheck.report._view import accepted_note, details, findings, location, severity

NAME = "gitlab"


def render(doc: Mapping[str, Any]) -> str:
    issues = []
    seen: dict[tuple[str, str, Any], int] = {}
    for claim, finding in findings(doc):
        level = severity(finding)
        if level is None:
            continue
        file, line, _ = location(claim, finding)
        key = (str(claim.get("id", "")), str(finding.get("check", "")), finding.get("index"))
        seen[key] = seen.get(key, 0) + 1
        verdict = str(finding.get("verdict", ""))
        description = f"{verdict}: {finding.get('message', '')}"
        if accepted_note(finding):
            description += f" [{accepted_note(finding)}]"
        issue = {
            "type": "issue",
            "description": description,
            "check_name": f"factcheck/{finding.get('check', '')}",
            "fingerprint": _fingerprint(key, seen[key]),
            "severity": _severity(level, verdict),
            "categories": ["Bug Risk"],
            "location": {"path": file, "lines": {"begin": line}},
        }
        body = details(finding)
        if body:
            issue["content"] = {"body": "\n".join(body)}
        issues.append(issue)
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _severity(level: str, verdict: str) -> str:
    if level == "error":
        return "critical" if verdict in ("invalid", "error") else "major"
    return "minor" if level == "warning" else "info"


def _fingerprint(key: tuple[str, str, Any], repeat: int) -> str:
    text = "\x1f".join([key[0], key[1], str(key[2]), str(repeat)])
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
