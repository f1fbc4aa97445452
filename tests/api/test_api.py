"""The Python API: docs/api.md runs as written; the API agrees with the CLI, also inside an event loop."""

from __future__ import annotations

import asyncio
import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import UsageError

REPO = Path(__file__).resolve().parents[2]


def test_the_api_page_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    outcome = doctest.testfile(
        str(REPO / "docs" / "api.md"), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert outcome.attempted > 10
    assert outcome.failed == 0


@pytest.mark.parametrize("extra", [[], ["--no-baseline"], ["--strict"], ["--fail-on", "unverifiable"]])
def test_the_api_exits_as_the_cli_does_on_the_bundled_corpus(extra: list[str], monkeypatch) -> None:
    monkeypatch.setenv("FACTCHECK_TODAY", "2026-11-26")
    command = [sys.executable, "-m", "factcheck", "run", "--offline", "-f", "json", *extra]
    cli = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    options = {
        "--no-baseline": {"use_baseline": False},
        "--strict": {"strict": True},
        "--fail-on": {"fail_on": "unverifiable"},
    }
    kwargs = options.get(extra[0], {}) if extra else {}
    result = factcheck.check(offline=True, cwd=REPO, **kwargs)
    assert result.exit_code == cli.returncode
    assert result.verdicts == {claim["id"]: claim["verdict"] for claim in json.loads(cli.stdout)["claims"]}


def test_a_claim_with_a_source_checks_inside_a_running_event_loop(claims_repo) -> None:
    root = claims_repo(
        {
            "sources.yaml": """
            sources:
              figures: {type: csv, path: data/figures.csv}
            """,
            "data/figures.csv": "series,period,value\nplatforms,2022,1793\n",
            "claims/a.yaml": """
            claim: 平台1793家
            value: 1793
            unit: 家
            period: 2022
            citation: {}
            compare: {source: figures, series: platforms}
            """,
        }
    )

    async def cell() -> factcheck.Result:
        return factcheck.check(cwd=root)

    result = asyncio.run(cell())
    compared = [f for f in result.findings(problems_only=False) if f.check == "compare"]
    assert [f.verdict for f in compared] == ["confirmed"]
    assert result.exit_code == 0


def test_errors_of_use_raise_the_projects_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        factcheck.check(cwd=tmp_path)  # no claims folder here or above
    with pytest.raises(UsageError):
        factcheck.check(tmp_path, fail_on="nonsense")


def test_import_factcheck_stays_light() -> None:
    code = "import sys, factcheck; print(sorted(m for m in sys.modules if m.startswith('factcheck')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['factcheck']"
