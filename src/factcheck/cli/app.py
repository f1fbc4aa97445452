"""The command line: options in, `RunOptions` to the pipeline, a report and an exit status out.

Exit status (see docs/report.md): 0 nothing fails the gate, 1 something does, 2 the tool could not run
(bad command line, invalid sources.yaml or configuration). No traceback reaches a user
unless they ask for it with `--traceback`.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
from pathlib import Path
from typing import Annotated, NamedTuple, Optional

import typer

from factcheck import __version__
from factcheck.cli import replay
from factcheck.cli.baseline import baseline_command
from factcheck.cli.cache import cache_app
from factcheck.cli.check import check_command
from factcheck.cli.extract import extract_command
from factcheck.cli.options import (
    ColorOpt,
    Command,
    ExcludeOpt,
    FailOnOpt,
    FormatOpt,
    NoCacheOpt,
    OutputOpt,
    PathsArg,
    QuietOpt,
    StatisticsOpt,
    StrictOpt,
    TodayOpt,
    TracebackOpt,
    ValidateFormatOpt,
    VerboseOpt,
    console,
    paths_or_default,
    today_or_env,
    write_output,
)
from factcheck.cli.sources import sources_app
from factcheck.errors import FactcheckError, UsageError
from factcheck.report.safe import printable

app = typer.Typer(
    name="factcheck",
    help="Check numeric claims against each other and against public statistical data.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

_TRACEBACK = "--traceback" in sys.argv


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
    format: FormatOpt = "rich",  # type: ignore[assignment]
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the arithmetic of every check, also when not on a terminal.")
    ] = False,
    statistics: StatisticsOpt = False,
    color: ColorOpt = "auto",  # type: ignore[assignment]
    exclude: ExcludeOpt = None,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use only cached and pinned source data.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ignore cache and pin; fetch sources again.")] = False,
    sources: Annotated[
        Optional[Path],
        typer.Option("--sources", metavar="FILE", help="sources.yaml to use (default: at the repository root)."),
    ] = None,
    cache_dir: Annotated[
        Optional[Path], typer.Option("--cache-dir", metavar="DIR", help="Where fetched data is cached.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Seconds to wait for a source's answer.")
    ] = 20.0,
    baseline: Annotated[
        Optional[Path],
        typer.Option(
            "--baseline",
            metavar="FILE",
            help="Baseline file of accepted findings (default: factcheck-baseline.json "
            "at the repository root, when present).",
        ),
    ] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Ignore any baseline file.")] = False,
    changed_since: Annotated[
        Optional[str],
        typer.Option(
            "--changed-since",
            metavar="GIT-REF",
            help="Check only claims changed since this git ref, and their relations.",
        ),
    ] = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    traceback: TracebackOpt = False,
) -> None:
    """Check every claim: its file, its citation, its relations and its sources."""
    from factcheck.run import pipeline  # not at start-up: --help loads every command module

    if offline and refresh:
        raise UsageError(
            "--offline and --refresh contradict each other: one reads only stored data, the other refetches everything"
        )
    options = pipeline.RunOptions(
        paths=paths_or_default(paths),
        sources_file=sources,
        offline=offline,
        refresh=refresh,
        timeout=timeout,
        today=today_or_env(today),
        cache_dir=cache_dir,
        progress=sys.stderr.isatty() and not quiet,
        exclude=tuple(exclude or ()),
        cache=not no_cache,
    )
    if changed_since is not None:
        from factcheck.run.changed import run_changed  # not at start-up: --help loads every command module

        result = run_changed(options, changed_since, pipeline.run)  # an empty selection checks nothing
    else:
        result = pipeline.run(options)
    replay.observe(result, options, None if no_baseline else baseline)
    view = _View(_value(format), output, quiet, explain, verbose, statistics, _value(color))
    _finish(result, view, fail_on, strict, None if no_baseline else baseline, use_baseline=not no_baseline)


@app.command()
def validate(
    paths: PathsArg = None,
    format: ValidateFormatOpt = "rich",  # type: ignore[assignment]
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    statistics: StatisticsOpt = False,
    color: ColorOpt = "auto",  # type: ignore[assignment]
    exclude: ExcludeOpt = None,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    today: TodayOpt = None,
    no_cache: NoCacheOpt = False,
    traceback: TracebackOpt = False,
) -> None:
    """Check files only, without network or arithmetic: schema, values, ids, citations."""
    from factcheck.run import pipeline  # not at start-up: --help loads every command module

    options = pipeline.RunOptions(
        paths=paths_or_default(paths), today=today_or_env(today), exclude=tuple(exclude or ()), cache=not no_cache
    )
    result = pipeline.validate(options)
    replay.observe(result, options)
    view = _View(_value(format), output, quiet, False, verbose, statistics, _value(color))
    _finish(result, view, fail_on, strict, None, use_baseline=False)


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, e.g. weifang-2022/tech-platforms-total.")],
    paths: PathsArg = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="rich|json", help="rich or json.")] = "rich",
    traceback: TracebackOpt = False,
) -> None:
    """Show how one claim was read: value, interval, unit, dimension, period, citation, checks."""
    from factcheck.cli.show import describe_claim, render_claim  # not at start-up: --help loads every command module

    if format not in ("rich", "json"):
        raise UsageError(f"--format for show must be rich or json, not {format!r}")
    described = describe_claim(claim_id, paths_or_default(paths), Path.cwd())
    if format == "json":
        typer.echo(json.dumps(described, ensure_ascii=False, indent=2))
    else:
        render_claim(described, console())
    raise typer.Exit(1 if described.get("verdict") == "invalid" else 0)


@app.command()
def units(
    format: Annotated[str, typer.Option("--format", "-f", help="rich or json.")] = "rich",
) -> None:
    """List the unit table: every unit word factcheck knows, its dimension and factor."""
    from factcheck.grammar.units import table_rows  # not at start-up: --help loads every command module
    from factcheck.grammar.vocab import SCALE_WORDS  # not at start-up: --help loads every command module

    if format not in ("rich", "json"):
        raise UsageError(f"--format for units must be rich or json, not {format!r}")
    rows = table_rows()
    scales = ", ".join(f"{word} {factor}" for word, factor in SCALE_WORDS.items())
    if format == "json":
        keys = ("dimension", "symbol", "factor", "words")
        listed = [dict(zip(keys, (*row[:3], row[3].split(", ")))) for row in rows]
        typer.echo(
            json.dumps(
                {"units": listed, "scale_words": {word: str(factor) for word, factor in SCALE_WORDS.items()}},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    from rich.table import Table  # not at start-up: --help loads every command module

    table = Table(title="units (a unit per unit, such as 元/人 or kg/ha, combines any two)")
    for column in ("dimension", "symbol", "factor to base", "written as"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out = console()
    out.print(table)
    out.print(f"scale words (in front of a unit or in the value): {scales}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a claim file (for editors' YAML language servers)."""
    from factcheck.load.schema import claim_json_schema  # not at start-up: --help loads every command module

    typer.echo(json.dumps(claim_json_schema(), ensure_ascii=False, indent=2))


def _value(choice) -> str:
    """The text of a choice option (typer passes an enum member; a direct call may pass text)."""
    return str(getattr(choice, "value", choice))


class _View(NamedTuple):
    """How the report is shown: format, destination and the terminal report's options."""

    format: str
    output: Optional[Path]
    quiet: bool
    explain: bool
    verbose: bool
    statistics: bool
    color: str


def _finish(
    result,
    view: _View,
    fail_on: Optional[str],
    strict: Optional[bool],
    baseline_path: Optional[Path],
    *,
    use_baseline: bool,
) -> None:
    from factcheck.gate.decision import exit_code  # not at start-up: --help loads every command module
    from factcheck.gate.outcome import judge  # not at start-up: --help loads every command module
    from factcheck.report import records  # not at start-up: --help loads every command module
    from factcheck.report.registry import REPORTERS  # not at start-up: --help loads every command module

    verdict = judge(result, fail_on=fail_on, strict=strict, baseline=baseline_path, use_baseline=use_baseline)
    reporter = None if view.format == "rich" else REPORTERS[view.format]
    # A format written piece by piece (json) also makes each claim's record only when writing it.
    lazy = hasattr(reporter, "chunks")
    doc = records.build_report(result, verdict.policy, verdict.accepted, verdict.reasons, lazy=lazy)
    shown = {"explain": view.explain, "verbose": view.verbose or None, "statistics": view.statistics}
    if view.format == "rich" or view.output is not None:
        from factcheck.report import terminal  # not for a report to stdout in another format: rich is slow to import
    if view.format == "rich" and view.output is None:
        out = console(color=view.color)
        terminal.print_report(doc, out, quiet=view.quiet, interactive=out.is_terminal and sys.stdout.isatty(), **shown)
    else:
        if view.format == "rich":
            text = terminal.render(doc, quiet=view.quiet, **shown)
        elif view.format == "html":  # with the cited local documents drawn, numbers marked by verdict
            from factcheck.report import docview  # not at start-up: --help loads every command module

            text = docview.render(docview.from_claims(doc, result.root or Path.cwd()))
        else:
            # A format that can stream (json) is written piece by piece: 100,000 claims are never one string.
            text = reporter.chunks(doc) if hasattr(reporter, "chunks") else reporter.render(doc)
        if view.format == "github":
            from factcheck.report.github import write_step_summary  # not at start-up: --help loads every command module

            write_step_summary(doc)  # the job summary, when $GITHUB_STEP_SUMMARY is set
        if view.output is not None:
            write_output(view.output, text)
            err = console(stderr=True, color=view.color)
            terminal.print_report(doc, err, quiet=True, verbose=False, interactive=err.is_terminal)
        elif isinstance(text, str):
            sys.stdout.write(text)
        else:
            sys.stdout.writelines(text)
    if lazy:
        raise typer.Exit(exit_code(result, verdict.policy, verdict.accepted))
    raise typer.Exit(exit_code(doc, verdict.policy))


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
            typer.echo(f"factcheck: error: {printable(str(error))}", err=True)
            raise typer.Exit(2) from None

    wrapper._factcheck_guarded = True  # type: ignore[attr-defined]
    return wrapper


app.command("baseline")(baseline_command)
app.command("extract")(extract_command)
app.command("check")(check_command)
app.add_typer(sources_app, name="sources")
app.add_typer(cache_app, name="cache")
for _typer_app in (app, sources_app, cache_app):
    for _command in _typer_app.registered_commands:
        _command.callback = _guarded(_command.callback)
        if _command.cls in (None, typer.core.TyperCommand):
            _command.cls = Command
        if _command.short_help is None and _command.callback is not None and _command.callback.__doc__:
            # The whole first line in `factcheck --help`: click would cut it at 45 characters.
            _command.short_help = _command.callback.__doc__.strip().splitlines()[0]
for _group in app.registered_groups:  # sources, cache: their summaries whole too
    _text = _group.help or _group.typer_instance.info.help
    if not isinstance(_group.short_help, str) and isinstance(_text, str) and _text.strip():
        _group.short_help = _text.strip().splitlines()[0]


def main() -> None:
    """Entry point: one error handler for the whole tool."""
    # A run makes hundreds of thousands of long-lived objects (claims, findings, report records)
    # and next to no cyclic garbage; at the default threshold (700) the collector took ~15 % of
    # a 10,000-claim run (BENCHMARKS.md). Collections still happen, a hundred times less often.
    gc.freeze()
    gc.set_threshold(70_000, 10, 100)
    _exit_cleanly_on_sigterm()
    try:
        app(standalone_mode=True)
    except FactcheckError as error:
        print(f"factcheck: error: {printable(str(error))}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        sys.exit(130)
    except _Terminated:
        print("factcheck: terminated", file=sys.stderr)
        sys.exit(143)
    except Exception as error:  # the last line of defence: one line, not a traceback
        if _TRACEBACK:
            raise
        print(
            f"factcheck: internal error: {type(error).__name__}: {printable(str(error))} (run again with --traceback)",
            file=sys.stderr,
        )
        sys.exit(2)


class _Terminated(BaseException):
    """SIGTERM (CI cancelling a job, `timeout`): raised so that every `finally` and cleanup runs."""


def _exit_cleanly_on_sigterm() -> None:
    """Python's default SIGTERM ends the process at once, leaving half-written temporary files;
    as an exception it unwinds like Ctrl-C, and the atomic writer removes its temporary file."""
    import signal  # only for the entry point

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated

    try:
        signal.signal(signal.SIGTERM, terminated)
    except ValueError:  # not the main thread (an embedding application): leave its handlers alone
        return
