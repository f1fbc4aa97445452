"""The installed tool as a user runs it: a real process, real exit codes, no tracebacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def factcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("factcheck")
    if script.exists():
        return [str(script)]
    found = shutil.which("factcheck")
    return [found] if found else [sys.executable, "-m", "factcheck"]


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "FACTCHECK_TODAY": "2026-11-26"}
    return subprocess.run(factcheck_command() + args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_version_and_help(tmp_path: Path) -> None:
    from factcheck import __version__

    done = run(["--version"], tmp_path)
    assert done.returncode == 0 and __version__ in done.stdout
    done = run(["--help"], tmp_path)
    assert done.returncode == 0
    for command in ("run", "validate", "show", "schema", "baseline", "extract", "sources"):
        assert command in done.stdout


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert done.returncode == 0


def test_run_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "ok.yaml").write_text(
        "claim: 建成加氢站6座\nvalue: 6\nunit: 座\ncitation: {quote: 建成加氢站6座}\n", encoding="utf-8"
    )
    done = run(["run"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr

    (claims / "bomb.yaml").write_bytes(b"a: &a [1, 2]\nb: *a\n\xff\xfe")
    (claims / "tags.yaml").write_text("claim: !!python/object:os.system x\nvalue: 1\ncitation: {}\n")
    done = run(["run"], tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert "claims/tags.yaml:1:8" in done.stdout

    done = run(["run", "--fail-on", "nonsense"], tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr

    done = run(["run", "no/such/folder"], tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def imported_by(args: list[str], cwd: Path, columns: str = "100") -> set[str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "COLUMNS": columns},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_help_does_not_import_heavy_modules(tmp_path: Path) -> None:
    """Start-up stays light: the network, schema and event-loop stacks load only when used."""
    imported = imported_by(["--help"], tmp_path, columns="60")  # narrow: typer prints the help
    assert "factcheck.cli.app" in imported  # the measure works
    heavy = {name for name in imported if name.split(".")[0] in ("httpx", "pydantic", "jsonschema", "asyncio")}
    assert not heavy, sorted(heavy)


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_only_what_they_print(tmp_path: Path, option: str) -> None:
    imported = imported_by([option], tmp_path)
    assert "factcheck.cli" in imported  # the measure works
    ours = {name for name in imported if name.startswith("factcheck")}
    assert ours <= {"factcheck", "factcheck.cli", "factcheck.__main__"}, sorted(ours)
    assert not {name for name in imported if name.split(".")[0] in ("typer", "click", "rich", "yaml", "json")}
