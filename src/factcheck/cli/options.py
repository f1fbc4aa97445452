"""What the commands share: option types, the default claims folder, the date, the console."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Annotated, Iterable, Optional

import typer

from factcheck.errors import UsageError
from factcheck.files import atomic_write

PathsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Claim files or folders (default: claims/).", show_default=False),
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="rich, json, junit, sarif, github, markdown, html or claimreview.")
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option("--output", "-o", help="Write the report to FILE; the terminal still gets the summary."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary and what fails the gate.")]
FailOnOpt = Annotated[
    Optional[str],
    typer.Option(
        "--fail-on",
        help="Verdicts that fail the gate, comma-separated (default: invalid,error,fail,contradicted,misquoted).",
    ),
]
StrictOpt = Annotated[
    Optional[bool], typer.Option("--strict/--no-strict", help="uncited and unverifiable fail the gate too.")
]
TodayOpt = Annotated[
    Optional[str],
    typer.Option(
        "--today",
        help="The date that decides whether a target is due (YYYY-MM-DD; default: $FACTCHECK_TODAY or today).",
        show_default=False,
    ),
]
TracebackOpt = Annotated[bool, typer.Option("--traceback", help="Show the traceback of an unexpected error.")]


def paths_or_default(paths: Optional[list[Path]]) -> list[Path]:
    """The paths given, each of which must exist, or `claims/` of the working directory."""
    if paths:
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise UsageError(f"no such file or folder: {', '.join(missing)}")
        return list(paths)
    default = Path("claims")
    if not default.exists():
        raise UsageError("no claims/ folder here: give the claim files or folders to check")
    return [default]


def today_or_env(text: Optional[str]) -> date:
    """`--today`, else $FACTCHECK_TODAY, else today: what decides whether a target is due."""
    text = text or os.environ.get("FACTCHECK_TODAY")
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--today must be a date YYYY-MM-DD, not {text!r}") from None


def write_output(path: Path, text: str | Iterable[str]) -> None:
    try:
        atomic_write(path, text, parents=True)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def console(stderr: bool = False):
    """A rich Console; when not on a terminal, wide enough that report lines do not wrap."""
    from rich.console import Console  # rich's console costs start-up time that --help does not need

    out = Console(stderr=stderr, highlight=False, soft_wrap=False)
    if not out.is_terminal:
        out = Console(stderr=stderr, highlight=False, width=max(out.width, 120))
    return out


NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Read and parse every claim file again, without the loaded-claims cache in .factcheck/loaded.",
    ),
]
