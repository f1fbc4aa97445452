"""The command line: options in, `RunOptions` to the pipeline, a report and an exit status out.

Exit status (spec §9): 0 nothing fails the gate, 1 something does, 2 the tool could not run
(bad command line, invalid sources.yaml or configuration). No traceback reaches a user
unless they ask for it with `--traceback`.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError, UsageError

app = typer.Typer(
    name="factcheck",
    help="Check numeric claims against each other and against public statistical data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_TRACEBACK = "--traceback" in sys.argv

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
    typer.Option("--fail-on", help="Verdicts that fail the gate, comma-separated "
                                   "(default: invalid,error,fail,contradicted,misquoted)."),
]
StrictOpt = Annotated[
    Optional[bool], typer.Option("--strict/--no-strict", help="uncited and unverifiable fail the gate too.")
]
TodayOpt = Annotated[
    Optional[str],
    typer.Option("--today", help="The date that decides whether a target is due (YYYY-MM-DD; "
                                 "default: $FACTCHECK_TODAY or today).", show_default=False),
]
TracebackOpt = Annotated[bool, typer.Option("--traceback", help="Show the traceback of an unexpected error.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Check numeric claims against each other and against public statistical data."""


@app.command()
def run(
    paths: PathsArg = None,
    format: FormatOpt = "rich",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show the arithmetic of every check.")] = False,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use only cached and pinned source data.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ignore cache and pin; fetch sources again.")] = False,
    sources: Annotated[
        Optional[Path], typer.Option("--sources", help="sources.yaml to use (default: at the repository root).")
    ] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", help="Where fetched data is cached.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a source's answer.")] = 20.0,
    baseline: Annotated[
        Optional[Path],
        typer.Option("--baseline", help="Baseline file of accepted findings (default: factcheck-baseline.json "
                                        "at the repository root, when present)."),
    ] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Ignore any baseline file.")] = False,
    changed_since: Annotated[
        Optional[str],
        typer.Option("--changed-since", help="Check only claims changed since this git ref, and their relations."),
    ] = None,
    today: TodayOpt = None,
    traceback: TracebackOpt = False,
) -> None:
    """Check every claim: its file, its citation, its relations and its sources."""
    from factcheck.run import pipeline

    _check_format(format)
    if offline and refresh:
        raise UsageError("--offline and --refresh contradict each other: one reads only stored data, "
                         "the other refetches everything")
    options = pipeline.RunOptions(
        paths=_paths(paths), sources_file=sources, offline=offline, refresh=refresh, timeout=timeout,
        today=_today(today), cache_dir=cache_dir, progress=sys.stderr.isatty() and format == "rich",
    )
    if changed_since is not None:
        from factcheck.run.changed import run_changed

        result = run_changed(options, changed_since, pipeline.run)  # an empty selection checks nothing
    else:
        result = pipeline.run(options)
    _finish(result, format, output, quiet, explain, fail_on, strict, None if no_baseline else baseline,
            use_baseline=not no_baseline)


@app.command()
def validate(
    paths: PathsArg = None,
    format: FormatOpt = "rich",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    today: TodayOpt = None,
    traceback: TracebackOpt = False,
) -> None:
    """Check files only, without network or arithmetic: schema, values, ids, citations."""
    from factcheck.run import pipeline

    _check_format(format)
    options = pipeline.RunOptions(paths=_paths(paths), today=_today(today))
    result = pipeline.validate(options)
    _finish(result, format, output, quiet, False, fail_on, strict, None, use_baseline=False)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, e.g. weifang-2022/tech-platforms-total.")],
    paths: PathsArg = None,
    format: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
    traceback: TracebackOpt = False,
) -> None:
    """Show how one claim was read: value, interval, unit, dimension, period, citation, checks."""
    from factcheck.cli.show import describe_claim, render_claim

    if format not in ("rich", "json"):
        raise UsageError(f"--format for show must be rich or json, not {format!r}")
    described = describe_claim(claim_id, _paths(paths), Path.cwd())
    if format == "json":
        typer.echo(json.dumps(described, ensure_ascii=False, indent=2))
    else:
        render_claim(described, _console())
    raise typer.Exit(1 if described.get("verdict") == "invalid" else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a claim file (for editors' YAML language servers)."""
    from factcheck.load.schema import claim_json_schema

    typer.echo(json.dumps(claim_json_schema(), ensure_ascii=False, indent=2))


def _finish(result, format: str, output: Optional[Path], quiet: bool, explain: bool, fail_on: Optional[str],
            strict: Optional[bool], baseline_path: Optional[Path], *, use_baseline: bool) -> None:
    from factcheck.gate.policy import exit_code, load_policy
    from factcheck.report import records, reporter
    from factcheck.report import terminal

    root = result.root or Path.cwd()
    policy = load_policy(root, fail_on, strict)
    accepted = _baseline(result, root, baseline_path, policy) if use_baseline else None
    doc = records.build_report(result, policy.fail_on, accepted) if accepted else \
        records.build_report(result, policy.fail_on)
    console = _console()
    if format == "rich":
        if output is not None:
            _write(output, terminal.render(doc, explain=explain, quiet=quiet))
            console.print(terminal.summary_line(doc))
        else:
            terminal.print_report(doc, console, explain=explain, quiet=quiet)
    else:
        text = reporter(format).render(doc)
        if format == "github":
            from factcheck.report.github import write_step_summary

            write_step_summary(doc)  # the job summary, when $GITHUB_STEP_SUMMARY is set
        if output is not None:
            _write(output, text)
            terminal.print_report(doc, _console(stderr=True), explain=explain, quiet=True)
        else:
            sys.stdout.write(text)
    raise typer.Exit(exit_code(doc, policy))


def _baseline(result, root: Path, path: Optional[Path], policy):
    """The baseline's acceptance test, or None when no baseline file applies."""
    from factcheck.gate.baseline import DEFAULT_BASELINE, acceptance, read_baseline

    default = root / (policy.baseline or DEFAULT_BASELINE)  # [tool.factcheck] baseline = "..."
    path = path or default
    if not path.exists():
        if path != default:
            raise UsageError(f"baseline file {path} does not exist")
        return None
    accepted, notes = acceptance(result, read_baseline(path), policy.fail_on, path=str(path))
    result.notes.extend(notes)
    return accepted


def _check_format(name: str) -> None:
    from factcheck.report import FORMATS

    if name not in FORMATS:
        raise UsageError(f"unknown --format {name!r} (known: {', '.join(FORMATS)})")


def _paths(paths: Optional[list[Path]]) -> list[Path]:
    if paths:
        missing = [str(path) for path in paths if not path.exists()]
        if missing:
            raise UsageError(f"no such file or folder: {', '.join(missing)}")
        return list(paths)
    default = Path("claims")
    if not default.exists():
        raise UsageError("no claims/ folder here: give the claim files or folders to check")
    return [default]


def _today(text: Optional[str]) -> date:
    text = text or os.environ.get("FACTCHECK_TODAY")
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--today must be a date YYYY-MM-DD, not {text!r}") from None


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def _console(stderr: bool = False):
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, width=max(console.width, 120))
    return console


_registered = False


def _register_subcommands_once() -> None:
    """Commands that live beside the features they drive (registered once per process)."""
    global _registered
    if _registered:
        return
    _registered = True
    from factcheck.gate.baseline import baseline_command
    from factcheck.cli.extract import extract_command
    from factcheck.cli.sources import sources_app

    app.command("baseline")(baseline_command)
    app.command("extract")(extract_command)
    app.add_typer(sources_app, name="sources")
    for typer_app in (app, sources_app):
        for command in typer_app.registered_commands:
            command.callback = _guarded(command.callback)


def _guarded(callback):
    """Turn the project's own errors into one stderr line and exit status 2, in every command.

    Done per command rather than only in main() so that the behaviour is the same when the
    app is driven in-process (tests, `python -m factcheck`).
    """
    if callback is None or getattr(callback, "_factcheck_guarded", False):
        return callback

    @functools.wraps(callback)
    def wrapper(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except FactcheckError as error:
            typer.echo(f"factcheck: error: {error}", err=True)
            raise typer.Exit(2) from None

    wrapper._factcheck_guarded = True  # type: ignore[attr-defined]
    return wrapper


def main() -> None:
    """Entry point: one error handler for the whole tool."""
    try:
        _register_subcommands_once()
        app(standalone_mode=True)
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as error:  # the last line of defence: one line, not a traceback
        if _TRACEBACK:
            raise
        print(f"factcheck: internal error: {type(error).__name__}: {error} (run again with --traceback)",
              file=sys.stderr)
        sys.exit(2)
