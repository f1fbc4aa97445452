"""`--format junit`: a JUnit XML test report, one test case per check of every claim.

For CI test reporters (mikepenz/action-junit-report on GitHub, `artifacts:reports:junit`
on GitLab). Each finding is a `<testcase>` with `classname` = the claim file, `name` =
"claim id: check", and `file`/`line` attributes so reporters can annotate the YAML line.

- a finding that fails the gate → `<failure>` (or `<error>` for `invalid` and `error`), its
  message in `message` and the arithmetic in the body;
- `skipped`, `pending` and findings accepted by the baseline → `<skipped>`;
- everything else passes; a non-gating problem (say `uncited`) keeps its message in
  `<system-out>`. A claim with nothing to check is one passing case named by its id.

`--format junit-strict` is the same report in the shape the strict schema of Jenkins' xUnit
plugin (junit-10.xsd) accepts: no `file`/`line` on a test case and no `skipped` count on
`<testsuites>`; the place of a finding opens its failure text instead (`claims/a.yaml:12:5`).

Pass:  <testcase classname="claims/a.yaml" name="a: sum" file="claims/a.yaml" line="12"/>
Fail:  <testcase classname="claims/a.yaml" name="a: sum" file="claims/a.yaml" line="12">
         <failure message="38 + 320 + 1435 = 1793, stated 1794" type="fail">…arithmetic…</failure>
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, Mapping

from factcheck.report._view import accepted_note, details, location

NAME = "junit"

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: Any) -> str:
    return _NOT_XML.sub("\ufffd", str(text))


def render(doc: Mapping[str, Any], *, strict: bool = False) -> str:
    suite = ET.Element("testsuite", name="factcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for claim in doc.get("claims", []):
        for case, outcome in _cases(claim, strict):
            suite.append(case)
            totals["tests"] += 1
            if outcome:
                totals[outcome] += 1
    for key, value in totals.items():
        suite.set(key, str(value))
    suite.set("time", "0")
    counts = {k: str(v) for k, v in totals.items() if not (strict and k == "skipped")}
    root = ET.Element("testsuites", {"name": "factcheck", **counts, "time": "0"})
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _cases(claim: Mapping[str, Any], strict: bool = False) -> list[tuple[ET.Element, str | None]]:
    """One test case per finding; names made unique as GitLab keeps only the first duplicate."""
    file = _clean(claim.get("file") or claim.get("id", ""))
    claim_id = _clean(claim.get("id", ""))
    if not claim.get("findings"):
        where = {} if strict else {"file": file, "line": "1"}
        case = ET.Element("testcase", classname=file, name=claim_id, **where, time="0")
        return [(case, None)]
    cases = []
    seen: dict[str, int] = {}
    for finding in claim["findings"]:
        name = f"{claim_id}: {finding.get('check', '')}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} ({seen[name]})"
        _, line, column = location(claim, finding)
        where = {} if strict else {"file": file, "line": str(line)}
        case = ET.Element("testcase", classname=file, name=_clean(name), **where, time="0")
        cases.append((case, _outcome(case, finding, f"{file}:{line}:{column}" if strict else "")))
    return cases


def _outcome(case: ET.Element, finding: Mapping[str, Any], place: str = "") -> str | None:
    verdict = str(finding.get("verdict", ""))
    message = _clean(finding.get("message", ""))
    body = _clean("\n".join([*([place] if place else []), message, *details(finding)]))
    if accepted_note(finding):
        ET.SubElement(case, "skipped", message=_clean(f"{accepted_note(finding)} ({verdict}): {message}"))
        return "skipped"
    if finding.get("gate"):
        tag, outcome = ("error", "errors") if verdict in ("invalid", "error") else ("failure", "failures")
        element = ET.SubElement(case, tag, message=message, type=verdict)
        element.text = body
        return outcome
    if verdict in ("skipped", "pending"):
        ET.SubElement(case, "skipped", message=_clean(f"{verdict}: {message}"))
        return "skipped"
    if verdict not in ("pass", "confirmed"):
        out = ET.SubElement(case, "system-out")
        out.text = _clean(f"{verdict}: {body}")
    return None
