"""`factcheck baseline`: accept today's failing findings so that only new ones fail the gate."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.options import paths_or_default, today_or_env


def baseline_command(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="Claim files or folders (default: claims/).", show_default=False)
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Baseline file to write (default: [tool.factcheck] baseline, else "
            "factcheck-baseline.json at the repository root).",
        ),
    ] = None,
    fail_on: Annotated[
        Optional[str],
        typer.Option("--fail-on", help="Verdicts to accept, comma-separated (default: those that fail the gate)."),
    ] = None,
    strict: Annotated[
        Optional[bool], typer.Option("--strict/--no-strict", help="Accept uncited and unverifiable findings too.")
    ] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use only cached and pinned source data.")] = False,
    sources: Annotated[Optional[Path], typer.Option("--sources", help="sources.yaml to use.")] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Where fetched data is cached.")] = None,
    today: Annotated[
        Optional[str],
        typer.Option("--today", help="The date that decides whether a target is due.", show_default=False),
    ] = None,
) -> None:
    """Accept today's failing findings: write them to the baseline file so that only new ones fail."""
    from factcheck.gate.baseline import configured_baseline, read_baseline, write_baseline  # not on the --help path
    from factcheck.gate.policy import load_policy  # not at start-up: --help loads every command module
    from factcheck.run import pipeline  # not at start-up: --help loads every command module

    options = pipeline.RunOptions(
        paths=paths_or_default(paths),
        sources_file=sources,
        offline=offline,
        today=today_or_env(today),
        cache_dir=cache_dir,
    )
    result = pipeline.run(options)
    root = Path(result.root or Path.cwd())
    policy = load_policy(root, fail_on, strict)
    path = output or configured_baseline(root, policy.baseline)
    old = read_baseline(path)
    entries = write_baseline(result, path, policy, keep=old if paths else ())
    before, after = {entry.key for entry in old}, {entry.key for entry in entries}
    typer.echo(
        f"factcheck: wrote {len(entries)} accepted findings to {path} "
        f"({len(after - before)} new, {len(before - after)} dropped)"
    )
