"""`accept:` in a claim file: the finding is reported as accepted with its reason, survives edits
of the claim's other fields, does not fail the gate, and goes stale when the finding disappears."""

from __future__ import annotations

from pathlib import Path

import factcheck
from cli_support import invoke, run_json

TOTAL = """
claim: 总数达到{total}家
value: {total}
unit: 家
citation: {{}}
checks:
  - difference: [./after, ./before]
{accept}
"""
PARTS = {
    "claims/after.yaml": "claim: 123家\nvalue: 123\nunit: 家\ncitation: {}\n",
    "claims/before.yaml": "claim: 83家\nvalue: 83\nunit: 家\ncitation: {}\n",
}
ACCEPT = """accept:
  - check: difference
    reason: "firms leave the list at review"
"""


def _write(root: Path, total: int = 41, accept: str = ACCEPT, text: str | None = None) -> None:
    body = TOTAL.format(total=total, accept=accept)
    if text is not None:
        body = body.replace(f"总数达到{total}家", text)
    (root / "claims" / "new.yaml").write_text(body.lstrip(), encoding="utf-8")


def _finding(doc: dict, check: str = "difference") -> dict:
    claim = next(c for c in doc["claims"] if c["id"] == "new")
    return next(f for f in claim["findings"] if f["check"] == check)


def test_an_accepted_finding_is_reported_with_its_reason_and_passes_the_gate(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root, accept="")
    code, doc = run_json()
    assert code == 1 and _finding(doc)["verdict"] == "fail" and _finding(doc)["gate"]

    _write(root)
    code, doc = run_json()
    finding = _finding(doc)
    assert code == 0
    assert finding["verdict"] == "fail"  # still reported as what it is
    assert finding["gate"] is False and finding["baseline"] is False
    assert finding["accepted"] == {"by": "claim", "reason": "firms leave the list at review"}
    code, out, _ = invoke("run")
    assert "[accepted: firms leave the list at review]" in out
    assert "fail (accepted)" in out  # the claims list of a short run marks it too


def test_the_acceptance_survives_an_edit_of_the_claims_text(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root)
    assert run_json()[0] == 0
    _write(root, text="新增省级制造业单项冠军41家 (edited)")
    code, doc = run_json()
    assert code == 0 and _finding(doc)["accepted"]["by"] == "claim"


def test_an_entry_that_accepts_nothing_is_stale(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root, total=40)  # 123 − 83 = 40: the difference passes now
    code, doc = run_json()
    assert code == 0
    assert _finding(doc)["verdict"] == "pass" and _finding(doc)["accepted"] is None
    stale = [note for note in doc.get("notes", []) if "stale" in note]
    assert stale and stale[0].startswith("claims/new.yaml:8:12:") and "`accept: difference`" in stale[0]


def test_the_api_and_every_format_agree(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root)
    assert factcheck.check(cwd=root).exit_code == 0
    assert "accepted: firms leave the list at review" in invoke("run", "-f", "concise")[1]
    assert '"justification": "firms leave the list at review"' in invoke("run", "-f", "sarif")[1]
    assert '"severity": "info"' in invoke("run", "-f", "gitlab")[1]
    assert "<skipped" in invoke("run", "-f", "junit")[1]


def test_a_malformed_entry_is_invalid_at_its_place(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root, accept="accept:\n  - check: diference\n    reason: ''\n")
    code, out, _ = invoke("validate", "-f", "concise")
    assert code == 1
    assert "claims/new.yaml:8:12: invalid schema `accept.0.check` must be one of" in out
    assert "(did you mean `difference`?)" in out
    assert "claims/new.yaml:9:13: invalid schema `accept.0.reason` must not be empty" in out


def test_the_baseline_leaves_out_what_claim_files_accept(claims_repo) -> None:
    root = claims_repo(PARTS)
    _write(root)
    code, out, _ = invoke("baseline")
    assert code == 0 and "wrote 0 accepted findings" in out
    _write(root, accept="")
    invoke("baseline")
    assert '"check": "difference"' in (root / "factcheck-baseline.json").read_text(encoding="utf-8")
