"""Shared fixtures for the report formats: the sample report and golden-file comparison.

Golden files in tests/golden/ are rewritten only on request:

    python -m pytest tests/report --update-golden

and the change is then reviewed in the diff like any other.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/* from the current report formats",
    )


@pytest.fixture
def sample_doc() -> dict[str, Any]:
    """A fresh copy of tests/golden/sample-report.json (tests may change it)."""
    return copy.deepcopy(json.loads((GOLDEN / "sample-report.json").read_text(encoding="utf-8")))


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """`golden(name, text)`: compare with tests/golden/<name>, or rewrite it with --update-golden."""
    update = request.config.getoption("--update-golden", default=False)

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.write_text(text, encoding="utf-8", newline="")
            return
        assert path.exists(), f"{path} is missing: run pytest tests/report --update-golden and review it"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"

    return check


def make_doc(findings: list[dict[str, Any]], verdict: str = "fail") -> dict[str, Any]:
    """A minimal report with one claim holding `findings`."""
    return {
        "version": 1,
        "tool": {"name": "factcheck", "version": "0.1.0"},
        "summary": {"claims": 1, "by_verdict": {verdict: 1}, "gate": "fail"},
        "claims": [{"id": "a/b", "file": "claims/a/b.yaml", "verdict": verdict, "claim": "x", "findings": findings}],
    }


def finding(verdict: str = "fail", gate: bool = True, **extra: Any) -> dict[str, Any]:
    base = {
        "check": "sum",
        "verdict": verdict,
        "line": 3,
        "column": 2,
        "message": "1 + 1 = 2, stated 3",
        "expected": [2, 2],
        "stated": [3, 3],
        "explanation": ["computed 2 vs stated 3"],
        "evidence": {},
        "gate": gate,
        "baseline": False,
    }
    base.update(extra)
    return base
