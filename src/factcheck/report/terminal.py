"""`--format rich` (the default): the terminal report.

Claims are grouped by folder in tables with coloured verdicts; every finding that is not a
pass is listed with `file:line:col`, and under each failure its arithmetic (under every check
with `--explain`). A summary of the counts per verdict and the gate's decision closes the
report. rich measures CJK text as two cells, so Chinese claims stay aligned; without a
terminal or with NO_COLOR set the same report prints plain.
"""

from __future__ import annotations

import io
import posixpath
from typing import Any, Iterable

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from factcheck.model import with_unit

NAME = "rich"

STYLES = {
    "invalid": "bold red",
    "error": "bold red",
    "fail": "bold red",
    "contradicted": "bold red",
    "misquoted": "magenta",
    "uncited": "yellow",
    "revised": "yellow",
    "unverifiable": "yellow",
    "pending": "cyan",
    "skipped": "dim",
    "confirmed": "green",
    "pass": "green",
}
QUIET_VERDICTS = {"pass", "confirmed", "skipped"}


def render(doc: dict[str, Any], *, explain: bool = False, quiet: bool = False, width: int = 120) -> str:
    """The report as plain text (no colour), for files and tests."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system=None, force_terminal=False, legacy_windows=False, _environ={}
    )
    print_report(doc, console, explain=explain, quiet=quiet)
    return buffer.getvalue()


def print_report(doc: dict[str, Any], console: Console, *, explain: bool = False, quiet: bool = False) -> None:
    if not quiet:
        for folder, claims in _by_folder(doc["claims"]):
            console.print(_folder_table(folder, claims))
    problems = list(_problems(doc["claims"], explain=explain, quiet=quiet))
    if problems:
        console.print(Text("Findings", style="bold"))
        for renderable in problems:
            console.print(renderable)
        console.print()
    for note in doc.get("notes", []):
        console.print(Text(f"note: {note}", style="dim"))
    console.print(summary_line(doc))


def summary_line(doc: dict[str, Any]) -> Text:
    summary = doc["summary"]
    text = Text()
    text.append(f"{summary['claims']} claims: ", style="bold")
    parts = list(summary["by_verdict"].items())
    for i, (verdict, count) in enumerate(parts):
        if i:
            text.append(", ")
        text.append(f"{count} {verdict}", style=STYLES.get(verdict, ""))
    gate = summary["gate"]
    text.append("   gate: ")
    text.append(gate.upper(), style="bold red" if gate == "fail" else "bold green")
    accepted = sum(1 for c in doc["claims"] for f in c["findings"] if f.get("baseline"))
    if accepted:
        text.append(f" ({accepted} known finding{'s' if accepted != 1 else ''} accepted by the baseline)", style="dim")
    return text


def _by_folder(claims: list[dict[str, Any]]) -> Iterable[tuple[str, list[dict[str, Any]]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        groups.setdefault(posixpath.dirname(claim["id"]), []).append(claim)
    return sorted(groups.items())


def _folder_table(folder: str, claims: list[dict[str, Any]]) -> Table:
    table = Table(
        title=f"{folder or '.'}/",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
    )
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("claim text", overflow="ellipsis", no_wrap=True, max_width=48)
    for claim in claims:
        name = claim["id"][len(folder) + 1 :] if folder else claim["id"]
        value = with_unit(str(claim.get("value", "")), claim.get("unit"))
        table.add_row(_verdict(claim["verdict"]), escape(name), escape(value), escape(claim.get("claim", "")))
    return table


def _verdict(verdict: str) -> Text:
    return Text(verdict, style=STYLES.get(verdict, ""))


def _problems(claims: list[dict[str, Any]], *, explain: bool, quiet: bool) -> Iterable[Any]:
    for claim in claims:
        for finding in claim["findings"]:
            passed = finding["verdict"] in QUIET_VERDICTS
            if passed and not explain:
                continue
            if quiet and not finding.get("gate"):
                continue
            yield _finding_block(claim, finding, explain=explain)


def _finding_block(claim: dict[str, Any], finding: dict[str, Any], *, explain: bool) -> Group:
    head = Text()
    head.append(f"{claim['file']}:{finding['line']}:{finding.get('column', 1)}", style="bold")
    head.append("  ")
    head.append(finding["verdict"], style=STYLES.get(finding["verdict"], ""))
    head.append(f"  {finding['check']}  ", style="dim")
    head.append(finding["message"])
    if finding.get("baseline"):
        head.append("  (accepted by the baseline)", style="dim")
    lines: list[Any] = [head]
    failing = finding["verdict"] not in QUIET_VERDICTS
    if explain or failing:
        for line in finding.get("explanation", []):
            lines.append(Text(f"    {line}", style="dim" if not failing else ""))
    return Group(*lines)
