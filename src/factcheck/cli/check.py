"""`factcheck check DOC...`: extract, infer the relations, check, report — no claim files needed.

Only typer and the shared option types are imported at the top: the CLI mounts this command at
start-up, and the extractor, the pipeline and the reports load when the command runs.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.extract import reference_period
from factcheck.cli.options import (
    FailOnOpt,
    FormatOpt,
    OutputOpt,
    QuietOpt,
    StrictOpt,
    TodayOpt,
    console,
    today_or_env,
    write_output,
)


def check_command(
    documents: Annotated[
        list[str],
        typer.Argument(
            help="Documents to check: text, Markdown, HTML, PDF or DOCX files, or http(s) URLs.", show_default=False
        ),
    ],
    format: FormatOpt = "rich",
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show the arithmetic of every check.")] = False,
    fail_on: FailOnOpt = None,
    strict: StrictOpt = None,
    write_claims: Annotated[
        Optional[Path],
        typer.Option(
            "--write-claims",
            help="Also save the drafts (the files `factcheck extract` writes) under DIR/<document>/.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="zh, en or auto (guess from the text).")] = "auto",
    period: Annotated[
        Optional[str],
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="The period the documents report on: 2023, 2023-03, 2023-Q1, 2023-H1 or 2023-01/2023-11 "
            "(default: from each one's title, else the period it names most).",
            show_default=False,
        ),
    ] = None,
    year: Annotated[Optional[int], typer.Option("--year", hidden=True, help="Same as --period YEAR.")] = None,
    today: TodayOpt = None,
) -> None:
    """Check a document's numbers against each other: the relations its words state, found for you."""
    from factcheck.errors import UsageError  # not at start-up: --help loads every command module
    from factcheck.extract import checkdoc  # not at start-up: --help loads every command module
    from factcheck.report.registry import REPORTERS  # not at start-up: --help loads every command module
    from factcheck.run.pipeline import RunOptions  # not at start-up: --help loads every command module

    if format not in REPORTERS:
        raise UsageError(f"unknown --format {format!r} (known: {', '.join(REPORTERS)})")
    if lang not in ("zh", "en", "auto"):
        raise UsageError(f"--lang must be zh, en or auto, not {lang!r}")
    prepared = checkdoc.prepare(documents, lang, reference_period(period if period is not None else year))
    if write_claims is not None:
        from factcheck.extract.output import write_drafts  # not at start-up: --help loads every command module

        for checked in prepared:
            write_drafts(checked.drafts, write_claims / checked.folder, force=True)
    options = RunOptions(paths=[], offline=True, today=today_or_env(today))
    result = checkdoc.check(prepared, options)
    _finish(prepared, result, format, output, quiet, explain, fail_on, strict)


def _finish(prepared, result, format: str, output, quiet: bool, explain: bool, fail_on, strict) -> None:
    from factcheck.extract.checkdoc import mention_records  # not at start-up: --help loads every command module
    from factcheck.gate.decision import exit_code  # not at start-up: --help loads every command module
    from factcheck.gate.outcome import judge  # not at start-up: --help loads every command module
    from factcheck.report import docview, records, terminal  # not at start-up: --help loads every command module
    from factcheck.report.registry import REPORTERS  # not at start-up: --help loads every command module

    # The gate as `run` applies it, less the baseline: a document's drafts have no baseline entries.
    verdict = judge(result, fail_on=fail_on, strict=strict, use_baseline=False)
    policy = verdict.policy
    # json is written claim by claim, each record made as it is written (as `run` does): the
    # report of 50,000 figures is never one string and a list of every record at once.
    lazy = format == "json"
    doc = records.build_report(result, policy, verdict.accepted, verdict.reasons, lazy=lazy)
    if format in ("json", "html"):
        doc["mentions"] = mention_records(prepared, result)
        doc["documents"] = [
            {"file": c.source, "title": c.document.title, "format": c.document.format, "text": c.document.text}
            for c in prepared
        ]
    if format == "rich":
        if output is not None:
            write_output(output, terminal.render(doc, explain=explain, quiet=quiet))
            console().print(terminal.summary_line(doc))
        else:
            if not quiet and (line := _relations_line(doc, prepared)):
                console().print(line, highlight=False)
            terminal.print_report(doc, console(), explain=explain, quiet=quiet)
    else:
        if format == "json":
            doc.pop("documents")
        if format == "html":
            text = docview.render(doc)
        else:
            text = REPORTERS[format].chunks(doc) if lazy else REPORTERS[format].render(doc)
        if format == "github":
            from factcheck.report.github import write_step_summary  # not at start-up: --help loads every command module

            write_step_summary(doc)
        if output is not None:
            write_output(output, text)
            terminal.print_report(doc, console(stderr=True), explain=explain, quiet=True)
        elif isinstance(text, str):
            sys.stdout.write(text)
        else:
            sys.stdout.writelines(text)
    if lazy:
        raise typer.Exit(exit_code(result, policy, verdict.accepted))
    raise typer.Exit(exit_code(doc, policy))


def _relations_line(doc: dict, prepared) -> str:
    """What the words of the documents were found to state: a short count before the report."""
    verdicts = Counter(
        finding["verdict"]
        for claim in doc["claims"]
        for finding in claim["findings"]
        if finding["check"] not in ("citation", "value")
    )
    todos = sum(
        1
        for checked in prepared
        for draft in checked.drafts
        if any(set(item) - {"note"} for item in draft.data.get("x-todo", []))
    )
    if not verdicts and not todos:
        return ""
    checked = sum(verdicts.values())
    line = f"relations the text states: {checked} checked"
    if checked:
        line += " (" + ", ".join(f"{count} {verdict}" for verdict, count in verdicts.most_common()) + ")"
    if todos:
        line += f"; {todos} need a figure from outside the document (--write-claims DIR saves them as to-dos)"
    return line
