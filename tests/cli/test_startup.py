"""`factcheck --help` and `--version` answer before typer loads: their text is typer's own."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from factcheck import __version__
from factcheck import cli as light


@pytest.mark.parametrize("columns", ["80", "200"])
def test_the_quick_help_is_what_typer_prints(columns: str) -> None:
    """Typer's own help (the app's main, a real process at a real width) is the quick one."""
    code = "import sys; sys.argv = ['factcheck', '--help']; from factcheck.cli.app import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "COLUMNS": columns},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == light.HELP, "update factcheck.cli.HELP to:\n" + done.stdout


@pytest.mark.parametrize(
    ("args", "expected"), [(["--version"], f"factcheck {__version__}\n"), (["--help"], light.HELP)]
)
def test_main_answers_without_the_app(monkeypatch, args: list[str], expected: str) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "100")
    light.main()
    assert out.getvalue() == expected


def test_a_narrow_terminal_gets_typer_wrapping(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr(sys, "argv", ["factcheck", "--help"])
    with pytest.raises(SystemExit) as stop:
        light.main()  # typer prints (to the real stdout) and exits 0
    assert stop.value.code == 0
