"""What the commands share: option types, the default claims folder, the date, the console."""

from __future__ import annotations

import enum
import os
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Iterable, Optional

import typer

from factcheck.errors import UsageError
from factcheck.files import atomic_write, default_claims

PathsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(
        metavar="PATH",
        help="Claim files or folders (default: the claims/ folder of the repository you are in).",
        show_default=False,
    ),
]
#: The formats of each command (the report registry holds their modules; a test keeps both in step).
#: Named here so that `--help` and completion list them without importing every reporter.
RUN_FORMATS = ("rich", "concise", "json", "junit", "junit-strict", "sarif", "github", "gitlab", "markdown", "html")
RUN_FORMATS += ("claimreview",)
#: `validate` judges files, not arithmetic or sources: no charts (html) and no ratings (claimreview).
VALIDATE_FORMATS = tuple(name for name in RUN_FORMATS if name not in ("html", "claimreview"))


def choices(name: str, names: tuple[str, ...]) -> type[enum.Enum]:
    """An enum of `names`: typer lists them in --help and completion, and refuses anything else."""
    return enum.Enum(name, {value.replace("-", "_"): value for value in names}, type=str)  # type: ignore[return-value]


RunFormat = choices("RunFormat", RUN_FORMATS)
ValidateFormat = choices("ValidateFormat", VALIDATE_FORMATS)
Color = choices("Color", ("auto", "always", "never"))


def _format_option(names: tuple[str, ...]) -> Any:
    return typer.Option("--format", "-f", metavar="FORMAT", help="How to report: " + ", ".join(names) + ".")


FormatOpt = Annotated[RunFormat, _format_option(RUN_FORMATS)]
ValidateFormatOpt = Annotated[ValidateFormat, _format_option(VALIDATE_FORMATS)]
ColorOpt = Annotated[
    Color,
    typer.Option(
        "--color",
        metavar="WHEN",
        help="Colour the terminal report: auto (on a terminal, unless NO_COLOR is set), always or never.",
    ),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="List every claim with its verdict and value, however many.")
]
StatisticsOpt = Annotated[bool, typer.Option("--statistics", help="Count the findings per check and verdict.")]
ExcludeOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Leave out claim files whose path or id matches GLOB (repeatable; e.g. 'drafts/*').",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report to FILE; the terminal still gets the summary."
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary and what fails the gate.")]
FailOnOpt = Annotated[
    Optional[str],
    typer.Option(
        "--fail-on",
        metavar="VERDICT,...",
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
        metavar="YYYY-MM-DD",
        help="The date that decides whether a target is due (YYYY-MM-DD; default: $FACTCHECK_TODAY or today).",
        show_default=False,
    ),
]
TracebackOpt = Annotated[bool, typer.Option("--traceback", help="Show the traceback of an unexpected error.")]


def paths_or_default(paths: Optional[list[Path]], cwd: Optional[Path] = None) -> list[Path]:
    """The paths given, each of which must exist; else the claims of the repository you are in.

    Without paths: inside a `claims` folder, that folder (only its claims are checked);
    elsewhere, the `claims/` folder here or of the nearest folder above that has one, so the
    tool runs from any folder of the repository.
    """
    if paths:
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise UsageError(f"no such file or folder: {', '.join(missing)}")
        return list(paths)
    found = default_claims(cwd or Path.cwd())
    if found is None:
        raise UsageError("no claims/ folder here or in any folder above: give the claim files or folders to check")
    return [found]


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


def console(stderr: bool = False, color: str = "auto"):
    """A rich Console that never breaks a line of its own: a terminal folds long lines, a log keeps them.

    `color`: auto (on a terminal, unless NO_COLOR is set), always, or never.
    """
    from rich.console import Console  # rich's console costs start-up time that --help does not need

    if color == "always":
        return Console(stderr=stderr, highlight=False, soft_wrap=True, force_terminal=True)
    if color == "never":
        return Console(stderr=stderr, highlight=False, soft_wrap=True, no_color=True, color_system=None)
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


class Command(typer.core.TyperCommand):
    """Arguments shown the usual way in `--help`: `DOC` and `[PATH]...`, without `{DOC}` or `<str>`.

    Through click's own hooks (`get_usage_pieces`, `get_help_record`), so that every typer
    version from the declared minimum on prints the same help.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if param.param_type_name == "argument":
                name = (param.metavar or param.name or "").upper()
                shown = (name if param.required else f"[{name}]") + ("..." if param.nargs != 1 else "")
                text = (getattr(param, "help", None) or "") + ("  [required]" if param.required else "")
                param.get_usage_pieces = lambda ctx, shown=shown: [shown]  # type: ignore[method-assign]
                param.get_help_record = lambda ctx, name=name, text=text: (name, text)  # type: ignore[method-assign]


NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Run in full: parse every claim file again (no loaded-claims cache, no stored run in .factcheck/).",
    ),
]
