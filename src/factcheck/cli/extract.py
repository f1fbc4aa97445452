"""`factcheck extract DOC`: draft claim files from a document, for a reviewer to complete.

Only typer and the small text-safety helper are imported at the top: the CLI mounts this command
at start-up, and everything else (the document reader, the grammar, rich, httpx) loads when the
command runs. Text from the document is printed through `printable`: shown, never obeyed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def extract_command(
    document: Annotated[
        str,
        typer.Argument(
            metavar="DOC",
            help="A .txt, .md, .html, .pdf or .docx file, or an http(s) URL (PDF and .docx need "
            "pip install 'factcheck[documents]').",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="Folder for the drafts (default: claims/<document name>/).",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", metavar="zh|en|auto", help="zh, en or auto (guess from the text).")
    ] = "auto",
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="The period the document reports on: 2023, 2023-03, 2023-Q1, 2023-H1 or 2023-01/2023-11 "
            "(default: from its title, else the period it names most).",
            show_default=False,
        ),
    ] = None,
    year: Annotated[int | None, typer.Option("--year", hidden=True, help="Same as --period YEAR.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what was found; write nothing.")] = False,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="rich|json", help="rich (a summary) or json (every draft).")
    ] = "rich",
    force: Annotated[
        bool,
        typer.Option("--force", help="Overwrite drafts you edited and recreate drafts you deleted."),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list every draft in a table.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Draft claim files from a document: every numeric mention, with its citation filled in.

    Running it again over the same folder keeps every draft you edited, renamed or deleted and
    adds only drafts for new mentions (see docs/extract.md).
    """
    from factcheck.cli.extract_view import print_json, print_summary, progress_bar  # not at start-up
    from factcheck.errors import UsageError  # not at start-up: --help loads every command module
    from factcheck.extract.document import read_document  # not at start-up: --help loads every command module
    from factcheck.extract.drafts import build_drafts  # not at start-up: --help loads every command module
    from factcheck.extract.mentions import find_mentions  # not at start-up: --help loads every command module
    from factcheck.extract.names import unique  # not at start-up: --help loads every command module
    from factcheck.extract.output import Written, write_drafts  # not at start-up
    from factcheck.files import repository_root  # not at start-up: --help loads every command module

    if lang not in ("zh", "en", "auto"):
        raise UsageError(f"--lang must be zh, en or auto, not {lang!r}")
    if format not in ("rich", "json"):
        raise UsageError(f"--format must be rich or json, not {format!r}")
    reference = reference_period(period if period is not None else year)
    doc = read_document(document)
    folder = out if out is not None else Path("claims") / unique(_folder_name(doc.name), set())
    root = repository_root(folder, Path.cwd())
    with progress_bar(len(doc.text), quiet) as advance:
        mentions = find_mentions(doc, lang, reference, progress=advance)
    drafts = build_drafts(doc, mentions, root, lang)
    drafted = {id(d.mention) for d in drafts}
    refused = [m for m in mentions if id(m) not in drafted]  # values the grammar refuses: no draft
    written = Written() if dry_run else write_drafts(drafts, folder, force)
    if format == "json":
        print_json(drafts, refused, folder, written, dry_run)
    elif not quiet:
        print_summary(doc, drafts, refused, folder, written, dry_run, verbose)


def reference_period(period: str | int | None):
    from factcheck.errors import UsageError, ValueParseError  # not at start-up: --help loads every command module
    from factcheck.extract.timing import Reference  # not at start-up: --help loads every command module

    try:
        return Reference.of(period)
    except ValueParseError as error:
        raise UsageError(f"--period: {error}") from None


def _folder_name(name: str) -> str:
    import re  # not at start-up: --help loads every command module

    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "document"
