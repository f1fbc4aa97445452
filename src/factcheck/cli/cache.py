"""`factcheck cache clean`: remove the loaded-claims cache of a claims repository."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.errors import UsageError

cache_app = typer.Typer(
    help="The loaded-claims cache (.factcheck/loaded): claim files are parsed again only when they change.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@cache_app.command("clean")
def clean_command(
    path: Annotated[
        Optional[Path],
        typer.Argument(help="A claims folder or a file in the repository (default: the working directory)."),
    ] = None,
) -> None:
    """Remove the loaded-claims cache and the stored runs; the next run parses every claim file. Fetched
    source data stays."""
    from factcheck.cli import runstore  # not at start-up: --help loads every command module
    from factcheck.files import repository_root  # not at start-up: --help loads every command module
    from factcheck.load.cache import cache_folder, clean  # not at start-up: --help loads every command module

    cwd = Path.cwd()
    folder = (path or cwd).absolute()
    if (folder / ".factcheck").is_dir():
        root = folder  # the repository itself
    else:  # a claims folder or file inside it, found the way a run finds it
        root = repository_root(folder / "claims" if (folder / "claims").is_dir() else folder, cwd)
    try:
        removed = clean(root)
        runs = runstore.clean(root)
    except OSError as error:
        raise UsageError(f"cannot clean the cache: {error}") from None
    folder = cache_folder(root)
    typer.echo(f"removed {folder} ({removed} files)" if removed else f"no cache at {folder}")
    if runs:
        typer.echo(f"removed {folder.parent / runstore.FOLDER} ({runs} stored runs)")
