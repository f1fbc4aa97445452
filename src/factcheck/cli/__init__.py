"""The command line: thin typer commands over the pipeline, the gate and the reports.

`main` answers `factcheck --version` and `factcheck --help` before importing typer and the
commands (about 5× the interpreter's own start-up instead of 9×, see BENCHMARKS.md): they print
the version and the top-level help below, which `tests/cli` keeps equal to what typer prints.
`run` and `validate` first look for a stored run with the same inputs (`cli.replay`) and
print it when there is one. Anything else goes to the typer app.
"""

from __future__ import annotations

import os
import sys

#: `factcheck --help` as typer prints it at 80 columns or more (click caps the width at 80).
HELP = """\
Usage: factcheck [OPTIONS] COMMAND [ARGS]...

  Check numeric claims against each other and against public statistical data.

Options:
  --version             Print the version and exit.
  --install-completion  Install completion for the current shell.
  --show-completion     Show completion for the current shell, to copy it or
                        customize the installation.
  --help                Show this message and exit.

Commands:
  run       Check every claim: its file, its citation, its relations and its
            sources.
  validate  Check files only, without network or arithmetic: schema, values,
            ids, citations.
  show      Show how one claim was read: value, interval, unit, dimension,
            period, citation, checks.
  units     List the unit table: every unit word factcheck knows, its
            dimension and factor.
  schema    Print the JSON Schema of a claim file (for editors' YAML language
            servers).
  baseline  Accept today's failing findings: write them to the baseline file
            so that only new ones fail.
  extract   Draft claim files from a document: every numeric mention, with its
            citation filled in.
  check     Check a document's numbers against each other: the relations its
            words state, found for you.
  sources   List, check, pin and update the data sources of sources.yaml.
  cache     The loaded-claims cache (.factcheck/loaded): claim files are
            parsed again only when they change.
"""


def main() -> None:
    """Entry point of the `factcheck` script and `python -m factcheck`."""
    arguments = sys.argv[1:]
    if arguments == ["--version"]:
        from factcheck import __version__  # the package's __init__: one line, no imports

        sys.stdout.write(f"factcheck {__version__}\n")
        return
    if arguments == ["--help"] and _columns() >= 80:
        sys.stdout.write(HELP)
        return
    recorder = None
    if arguments[:1] in (["run"], ["validate"]):
        from factcheck.cli.replay import replay_or_record  # stored whole runs: before typer is imported

        recorder = replay_or_record(arguments)  # exits here when a stored run matches
    from factcheck.cli.app import main as app_main  # everything else: typer and the commands

    if recorder is None:
        app_main()
    else:
        recorder.run(app_main)


def _columns() -> int:
    """The terminal width as click reads it (shutil's rule), without importing shutil."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 80


__all__ = ["HELP", "main"]
