"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers.

One run; `tool.driver.rules` are the check kinds (schema, value, citation, sum, …, compare),
each with a description. Every finding that reports a problem becomes a result:

- level `error`: it fails the gate;
- level `warning`: a problem that does not fail the gate (`uncited` by default);
- level `note` with `baselineState: unchanged`: a known failure accepted by the baseline.

Passing, confirmed, pending and skipped findings are not results. Locations are the claim
file with a 1-based `startLine`/`startColumn`; the run says `columnKind:
unicodeCodePoints` because claim files are full of CJK text. `partialFingerprints` hash the
claim id, check and check index (not the line), so an alert survives edits above it.

Pass: a run whose findings all pass has `"results": []` (the rules are still listed).
Fail: `{"ruleId": "sum", "level": "error", "message": {"text": "Check failed: 38 + 320 + 1435 =
1793, stated 1794\n…"}, "locations": [… "region": {"startLine": 12, "startColumn": 5}]}`.

Upload it with github/codeql-action/upload-sarif (the job needs `security-events: write`):

    factcheck run --format sarif --output factcheck.sarif
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping
from urllib.parse import quote

from factcheck.report._view import CHECKS, VERDICT_TITLES, details, findings, location, severity, tool_version

NAME = "sarif"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(doc: Mapping[str, Any]) -> str:
    rules = list(CHECKS)
    results = []
    ordinal: dict[tuple[str, str, Any], int] = {}
    for claim, finding in findings(doc):
        level = severity(finding)
        if level is None:
            continue
        results.append(_result(claim, finding, level, rules, ordinal))
    run = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": tool_version(doc) or "0",
                "rules": [_rule(check) for check in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def _rule(check: str) -> dict[str, Any]:
    description = CHECKS[check]
    return {
        "id": check,
        "name": check.capitalize() + "Check",
        "shortDescription": {"text": f"factcheck {check} check"},
        "fullDescription": {"text": description},
        "help": {
            "text": f"{description} A claim file names it as `{check}`; the finding's message "
            "and the report's arithmetic say what was computed and what was stated."
        },
        "defaultConfiguration": {"level": "error"},
    }


def _result(
    claim: Mapping[str, Any],
    finding: Mapping[str, Any],
    level: str,
    rules: list[str],
    ordinal: dict[tuple[str, str, Any], int],
) -> dict[str, Any]:
    file, line, column = location(claim, finding)
    check = str(finding.get("check", ""))
    verdict = str(finding.get("verdict", ""))
    text = "\n".join([f"{VERDICT_TITLES.get(verdict, verdict)}: {finding.get('message', '')}", *details(finding)])
    result: dict[str, Any] = {
        "ruleId": check,
        "level": level,
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(file.replace("\\", "/"), safe="/")},
                    "region": {"startLine": line, "startColumn": column},
                }
            }
        ],
        "partialFingerprints": {"factcheckFinding/v1": _fingerprint(claim, finding, ordinal)},
        "properties": {"claim": claim.get("id", ""), "verdict": verdict},
    }
    if check in rules:
        result["ruleIndex"] = rules.index(check)
    for key in ("expected", "stated"):
        if finding.get(key) is not None:
            result["properties"][key] = finding[key]
    if finding.get("baseline"):
        result["baselineState"] = "unchanged"
    accepted = finding.get("accepted")
    if isinstance(accepted, Mapping) and accepted.get("by") == "claim":
        result["suppressions"] = [{"kind": "inSource", "justification": str(accepted.get("reason", ""))}]
    return result


def _fingerprint(claim: Mapping[str, Any], finding: Mapping[str, Any], ordinal: dict[tuple[str, str, Any], int]) -> str:
    """Stable across line moves: claim id, check, check index, and which repeat it is."""
    key = (str(claim.get("id", "")), str(finding.get("check", "")), finding.get("index"))
    ordinal[key] = ordinal.get(key, 0) + 1
    text = "\x1f".join([key[0], key[1], str(key[2]), str(ordinal[key])])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
