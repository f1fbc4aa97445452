"""Helpers to drive the CLI in-process from tests (imported by test modules by name)."""

from __future__ import annotations

import json
from typing import Any


def invoke(*args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    from typer.testing import CliRunner

    from factcheck.cli import app as cli

    runner = CliRunner()
    result = runner.invoke(cli.app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out, err = invoke("run", "--format", "json", *args)
    assert out.strip(), f"no JSON on stdout (exit {code}); stderr: {err}"
    return code, json.loads(out)


def verdicts(doc: dict[str, Any]) -> dict[str, str]:
    return {claim["id"]: claim["verdict"] for claim in doc["claims"]}
