"""`factcheck extract DOC`: draft claim files from a document, for a reviewer to complete.

Only typer and the small text-safety helper are imported at the top: the CLI mounts this command
at start-up, and everything else (the document reader, the grammar, rich, httpx) loads when the
command runs. Text from the document is printed through `printable`: shown, never obeyed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from factcheck.report.safe import printable, printable_tree


def extract_command(
    document: Annotated[
        str,
        typer.Argument(metavar="DOC", help="A .txt, .md or .html file, or an http(s) URL.", show_default=False),
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
        str, typer.Option("--format", "-f", metavar="rich|json", help="rich (a table) or json (the drafts).")
    ] = "rich",
    force: Annotated[bool, typer.Option("--force", help="Overwrite draft files that already exist.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display while reading.")] = False,
) -> None:
    """Draft claim files from a document: every numeric mention, with its citation filled in."""
    from factcheck.errors import UsageError  # not at start-up: --help loads every command module
    from factcheck.extract.document import read_document  # not at start-up: --help loads every command module
    from factcheck.extract.drafts import build_drafts, write_drafts  # not at start-up
    from factcheck.extract.mentions import find_mentions  # not at start-up: --help loads every command module
    from factcheck.extract.names import unique  # not at start-up: --help loads every command module
    from factcheck.files import repository_root  # not at start-up: --help loads every command module

    if lang not in ("zh", "en", "auto"):
        raise UsageError(f"--lang must be zh, en or auto, not {lang!r}")
    if format not in ("rich", "json"):
        raise UsageError(f"--format must be rich or json, not {format!r}")
    reference = _reference(period if period is not None else year)
    with _progress(quiet) as step:
        step(f"reading {document}")
        doc = read_document(document)
        folder = out if out is not None else Path("claims") / unique(_folder_name(doc.name), set())
        root = repository_root(folder, Path.cwd())
        step(f"finding the numbers of {doc.name} ({len(doc.text):,} characters)")
        mentions = find_mentions(doc, lang, reference)
        step(f"drafting {len(mentions)} claims")
        drafts = build_drafts(doc, mentions, root, lang)
    drafted = {id(d.mention) for d in drafts}
    refused = [m for m in mentions if id(m) not in drafted]  # values the grammar refuses: no draft
    written: list[Path] = []
    skipped: list[Path] = []
    if not dry_run:
        written, skipped = write_drafts(drafts, folder, force)
    if format == "json":
        _print_json(drafts, refused, folder, written, skipped, dry_run)
    else:
        _print_table(drafts, refused, folder, written, skipped, dry_run)


@contextlib.contextmanager
def _progress(quiet: bool):
    """What is being done, on stderr, while a long document is read: only on a terminal, not with --quiet."""
    import sys  # not at start-up: --help loads every command module

    if quiet or not sys.stderr.isatty():
        yield lambda message: None
        return
    from rich.console import Console  # not at start-up: --help loads every command module

    with Console(stderr=True).status("") as status:
        yield lambda message: status.update(f"{message}…")


def _reference(period: str | int | None):
    from factcheck.errors import UsageError, ValueParseError  # not at start-up: --help loads every command module
    from factcheck.extract.timing import Reference  # not at start-up: --help loads every command module

    try:
        return Reference.of(period)
    except ValueParseError as error:
        raise UsageError(f"--period: {error}") from None


def _folder_name(name: str) -> str:
    import re  # not at start-up: --help loads every command module

    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "document"


def _print_json(drafts, refused, folder: Path, written: list[Path], skipped: list[Path], dry_run: bool) -> None:
    import json  # not at start-up: --help loads every command module

    payload = {
        "folder": folder.as_posix(),
        "dry_run": dry_run,
        "drafts": [{"file": (folder / f"{d.name}.yaml").as_posix(), "claim": d.data} for d in drafts],
        "written": [p.as_posix() for p in written],
        "skipped": [p.as_posix() for p in skipped],
        "not_drafted": [
            {"value": m.value, "unit": m.unit, "paragraph": m.paragraph, "clause": m.clause.text} for m in refused
        ],
    }
    typer.echo(json.dumps(printable_tree(payload), ensure_ascii=False, indent=2))


def _print_table(drafts, refused, folder: Path, written: list[Path], skipped: list[Path], dry_run: bool) -> None:
    from rich.console import Console  # not at start-up: --help loads every command module
    from rich.table import Table  # not at start-up: --help loads every command module
    from rich.text import Text  # not at start-up: --help loads every command module

    def cell(value: object) -> Text:  # document text is shown, never obeyed: no control codes, no markup
        return Text(printable(str(value)))

    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=max(console.width, 140))
    table = Table(title=f"{len(drafts)} numeric mentions", show_lines=False)
    for column in ("file", "value", "unit", "qualifier", "kind", "period", "clause"):
        table.add_column(column, overflow="fold")
    for draft in drafts:
        data = draft.data
        table.add_row(
            *map(
                cell,
                (
                    draft.name,
                    data["value"],
                    data.get("unit", ""),
                    data.get("qualifier", ""),
                    data["kind"],
                    data.get("period", ""),
                    data["claim"],
                ),
            )
        )
    console.print(table)
    for mention in refused:
        console.print(
            cell(
                f"not drafted (the value grammar refuses {mention.value!r}): paragraph {mention.paragraph}: "
                f"{mention.clause.text}"
            )
        )
    if dry_run:
        console.print(f"dry run: nothing written (would write to {folder.as_posix()}/)")
        return
    console.print(f"wrote {len(written)} drafts to {folder.as_posix()}/")
    if skipped:
        console.print(
            f"kept {len(skipped)} existing files (use --force to overwrite): "
            + ", ".join(p.name for p in skipped[:5])
            + (" …" if len(skipped) > 5 else "")
        )
