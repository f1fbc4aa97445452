"""What `factcheck extract` shows: a progress bar on stderr, a short summary, the full table with
--verbose, every draft with --format json. Loaded only when the command runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from factcheck.extract.document import Document
from factcheck.extract.drafts import Draft
from factcheck.extract.mentions import Mention
from factcheck.extract.output import Written
from factcheck.report.json_ import render
from factcheck.report.safe import printable, printable_tree

LONG_DOCUMENT = 100_000  # characters: shorter documents are read before a bar would be seen


@contextmanager
def progress_bar(total: int, quiet: bool) -> Iterator[Callable[[int], None]]:
    """`advance(characters)` for a bar on stderr; nothing shown when quiet, short or not a terminal."""
    console = Console(stderr=True)
    if quiet or total < LONG_DOCUMENT or not console.is_terminal:
        yield lambda _: None
        return
    columns = (TextColumn("reading mentions"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("extract", total=total)
        yield lambda characters: bar.advance(task, characters)


def print_summary(
    document: Document,
    drafts: list[Draft],
    refused: list[Mention],
    folder: Path,
    written: Written,
    dry_run: bool,
    verbose: bool,
) -> None:
    console = Console(highlight=False, soft_wrap=True)  # summary lines are not cut at 80 columns in a pipe
    if verbose:
        wide = console if console.is_terminal else Console(highlight=False, width=max(console.width, 140))
        wide.print(_table(drafts))
        for mention in refused:
            console.print(
                _cell(
                    f"not drafted (the value grammar refuses {mention.value!r}): paragraph {mention.paragraph}: "
                    f"{mention.clause.text}"
                )
            )
    kinds = Counter(draft.data["kind"] for draft in drafts)
    by_kind = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
    shown = document.url or (document.path.as_posix() if document.path else "the document")
    console.print(
        f"{len(drafts)} drafts from {shown} ({len(document.paragraphs)} paragraphs)"
        + (f": {by_kind}" if by_kind else "")
    )
    undated = sum(1 for draft in drafts if draft.data.get("kind") == "fact" and "period" not in draft.data)
    if undated:  # a monthly release that never writes its year: the reader must say which period
        console.print(
            f"{undated} facts have no period: the document names no year they belong to "
            "(give it with --period, for example --period 2023-04)"
        )
    if refused:
        hint = "" if verbose else " (--verbose lists them)"
        console.print(f"{len(refused)} numbers not drafted: the value grammar refuses them{hint}")
    if dry_run:
        console.print(_cell(f"dry run: nothing written (would write to {folder.as_posix()}/)"))
        return
    for line in _written_lines(written, folder):
        console.print(_cell(line))
    if not verbose:
        console.print("--verbose shows every draft; --format json gives them all as data")


def _written_lines(written: Written, folder: Path) -> list[str]:
    place = f"{folder.as_posix()}/"
    lines = [f"wrote {len(written.written)} new drafts to {place}"]
    if written.updated:
        lines.append(f"updated {len(written.updated)} drafts you had not edited")
    if written.unchanged:
        lines.append(f"{len(written.unchanged)} drafts unchanged")
    kept = written.edited + written.kept
    if kept:
        lines.append(f"kept {len(kept)} existing files you edited (--force overwrites them): " + _names(kept))
    if written.renamed:
        lines.append(f"kept {len(written.renamed)} drafts you renamed: " + _names(written.renamed))
    if written.deleted:
        shown = ", ".join(written.deleted[:5]) + (" …" if len(written.deleted) > 5 else "")
        lines.append(f"did not recreate {len(written.deleted)} drafts you deleted (--force does): {shown}")
    return lines


def _names(paths: list[Path]) -> str:
    return ", ".join(p.name for p in paths[:5]) + (" …" if len(paths) > 5 else "")


def _table(drafts: list[Draft]) -> Table:
    table = Table(title=f"{len(drafts)} numeric mentions", show_lines=False)
    for column in ("file", "value", "unit", "qualifier", "kind", "period", "clause"):
        table.add_column(column, overflow="fold")
    for draft in drafts:
        data = draft.data
        fields = (draft.name, data["value"], data.get("unit", ""), data.get("qualifier", ""), data["kind"])
        table.add_row(*(_cell(str(field)) for field in (*fields, data.get("period", ""), data["claim"])))
    return table


def _cell(text: str) -> Text:
    """Document text is shown, never obeyed: control codes written out, rich markup printed as is."""
    return Text(printable(text))


def print_json(drafts: list[Draft], refused: list[Mention], folder: Path, written: Written, dry_run: bool) -> None:
    kept = written.edited + written.kept + written.renamed
    payload = {
        "folder": folder.as_posix(),
        "dry_run": dry_run,
        "drafts": [{"file": (folder / f"{d.name}.yaml").as_posix(), "claim": d.data} for d in drafts],
        "written": [p.as_posix() for p in written.written],
        "updated": [p.as_posix() for p in written.updated],
        "unchanged": [p.as_posix() for p in written.unchanged],
        "skipped": [p.as_posix() for p in kept],
        "not_recreated": [(folder / name).as_posix() for name in written.deleted],
        "not_drafted": [
            {"value": m.value, "unit": m.unit, "paragraph": m.paragraph, "clause": m.clause.text} for m in refused
        ],
    }
    typer.echo(render(printable_tree(payload)), nl=False)  # json.dumps(…, indent=2) + "\n", encoded faster
