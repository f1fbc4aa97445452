"""Fuzzing whole claim files through the pipeline and every report format: no exception escapes,
no input hangs, and no control character from the input reaches any output.

The pieces are the attacks of the hardening review (huge exponents, NaN, division by zero,
escape codes, a closing script tag, path steering, YAML that libyaml is lenient with), put
together by hypothesis in the places a claim file holds text and numbers.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bounded import bounded
from factcheck.gate.decision import Policy
from factcheck.report import records
from factcheck.report.registry import REPORTERS
from factcheck.run.pipeline import RunOptions, run

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "20"))
NUMBERS = ["5", "3e999999999", "1e-999999999", "9" * 250, ".nan", ".inf", "-.inf", "true", "0", "0x1F", "5万亿亿亿"]
TEXTS = [
    "有5家",
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x9b31m",
    "\u202e",
    "</script><script>alert(1)</script>",
    "[link=x]y[/link]",
    "\r",
]
FORMULAS = [
    "{./b} / 0",
    "{./b} / (1 - 1)",
    "{./b} * 1e999999999",
    "((((((((({./b}))))))))) + 1",
    "{3e999999999} + {./b}",
]
REFS = ["../../admin/secret", "a/../../b", "NY.GDP.MKTP.CD", "x\x1b[2J"]
CONTROL = ("\x1b", "\x07", "\x9b", "\u202e", "\r")


def _quoted(text: str) -> str:
    return json.dumps(text)  # a YAML double-quoted scalar


@st.composite
def claim_files(draw: st.DrawFn) -> dict[str, str]:
    text = "".join(draw(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3)))
    value = draw(st.sampled_from(NUMBERS))
    lines = [f"claim: {_quoted(text)}", f"value: {value}", f"citation: {{quote: {_quoted(text)}}}"]
    check = draw(st.sampled_from(["formula", "same", "compare", "none"]))
    if check == "formula":
        lines.append(f"checks:\n  - formula: {_quoted(draw(st.sampled_from(FORMULAS)))}")
    elif check == "same":
        lines.append(f"checks:\n  - same: {draw(st.sampled_from(NUMBERS))}")
    elif check == "compare":
        lines.append(f"compare: {{source: s, series: {_quoted(draw(st.sampled_from(REFS)))}, period: '2022'}}")
    glue = draw(st.sampled_from(["\n", "# x\n", " # x\n"]))  # "# x" glued to the last value: refused
    return {"a.yaml": "\n".join(lines) + glue, "b.yaml": "claim: 有5家\nvalue: 5\nunit: 家\ncitation: {quote: 有5家}\n"}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(files=claim_files())
def test_hostile_claim_files_are_findings_in_every_format(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as name, bounded():
        root = Path(name)
        (root / "claims").mkdir()
        (root / "sources.yaml").write_text("sources:\n  s: {type: worldbank, url: 'http://127.0.0.1:9'}\n")
        for file, text in files.items():
            (root / "claims" / file).write_text(text, encoding="utf-8")
        result = run(RunOptions(paths=[root / "claims"], cwd=root, offline=True, today=date(2026, 11, 26)))
        verdicts = {claim.id: claim.verdict.value for claim in result.claims}
        assert set(verdicts) == {"a", "b"} and verdicts["b"] == "pass", verdicts  # the other claim is still checked
        doc = records.build_report(result, Policy())
        for name, reporter in REPORTERS.items():
            shown = reporter.render(doc)
            assert not any(char in shown for char in CONTROL), name
        assert "</script" not in REPORTERS["claimreview"].render(doc)
