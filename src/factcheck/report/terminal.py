"""`--format rich` (the default): the terminal report, in the manner of ruff and pytest.

1. Findings first, one line each: `file:line:col  verdict  check  message`, marked when
   accepted (by the baseline or by an `accept:` entry of the claim file). A line is never
   wrapped by the tool and never cut: a terminal folds it, a log keeps it whole.
2. Under a finding, its arithmetic: on a terminal, or everywhere with `--explain` (which also
   lists the passing checks with theirs).
3. With `--verbose`, or for a short run, a per-claim list by folder: verdict, value as written
   (qualifier included: 800多家, 超过340亿元), id and claim text. Plain aligned lines, so ten
   thousand claims print fast; only the claim text is shortened, and only on a terminal.
4. A summary: problems per verdict and check, notes, and the closing line with the gate.
   `--statistics` adds the count of findings per check and verdict.

rich measures CJK text as two cells; colour only on a terminal, never with NO_COLOR.
"""

from __future__ import annotations

import io
import posixpath
from collections import Counter
from typing import Any, Iterable, Iterator

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.style import Style
from rich.text import Text

from factcheck.report._view import accepted_note, shown_value

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
#: A run of at most this many claims lists them without `--verbose`.
SHORT_RUN = 20
#: The claim text is dropped from a listed row when less room than this is left for it.
MIN_TEXT = 8


def render(
    doc: dict[str, Any],
    *,
    explain: bool = False,
    quiet: bool = False,
    verbose: bool | None = None,
    statistics: bool = False,
    width: int = 120,
) -> str:
    """The report as plain text (no colour, nothing shortened), for files and tests."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system=None, force_terminal=False, legacy_windows=False, _environ={}
    )
    print_report(doc, console, explain=explain, quiet=quiet, verbose=verbose, statistics=statistics, interactive=False)
    return buffer.getvalue()


def print_report(
    doc: dict[str, Any],
    console: Console,
    *,
    explain: bool = False,
    quiet: bool = False,
    verbose: bool | None = None,
    statistics: bool = False,
    interactive: bool | None = None,
) -> None:
    """Print the report. `interactive` (default: the console is a terminal) shows the arithmetic
    under each finding and shortens claim texts to the width; `verbose` None lists the claims
    of a short run only."""
    interactive = console.is_terminal if interactive is None else interactive
    lines: list[Text | Row] = list(finding_lines(doc, explain=explain, quiet=quiet, arithmetic=explain or interactive))
    claims = doc.get("claims", [])
    listed = not quiet and (verbose if verbose is not None else len(claims) <= SHORT_RUN)
    if listed and claims:
        if lines:
            lines.append(Text())
        lines.extend(claim_lines(claims, console.width if interactive else None))
    if lines:
        lines.append(Text())
    if statistics:
        lines.extend(statistics_lines(doc))
        lines.append(Text())
    lines.extend(_problem_summary(doc))
    lines.extend(Text(f"note: {note}", style="dim") for note in doc.get("notes", []))
    lines.append(summary_line(doc))
    _emit(console, lines)


#: A listed claim's line: (text, style) pieces, cheaper than a rich Text for ten thousand rows.
Row = tuple[tuple[str, str], ...]


def _emit(console: Console, lines: list[Text | Row]) -> None:
    """Print whole lines: the terminal folds long ones, nothing is broken or cut here.

    Written straight to the console's file (styles rendered to escape codes on a colour
    terminal): rich's layout would cost seconds for ten thousand rows and could break lines.
    """
    colour = console.is_terminal and not console.no_color and console.color_system is not None
    system = console._color_system if colour else None  # rich keeps the detected system there
    out: list[str] = []
    for line in lines:
        pieces: Iterable[tuple[str, str | Style | None]]
        if isinstance(line, Text):
            pieces = (
                ((segment.text, segment.style) for segment in line.render(console)) if colour else [(line.plain, "")]
            )
        else:
            pieces = line
        for text, style in pieces:
            if system is not None and style:
                out.append((Style.parse(style) if isinstance(style, str) else style).render(text, color_system=system))
            else:
                out.append(text)
        out.append("\n")
    console.file.write("".join(out))
    console.file.flush()


# -- findings ---------------------------------------------------------------------------------


def finding_lines(doc: dict[str, Any], *, explain: bool, quiet: bool, arithmetic: bool) -> Iterator[Text]:
    """Every finding worth showing, one line each, with its arithmetic lines under it when asked."""
    for claim in doc.get("claims", []):
        for finding in claim.get("findings", []):
            passed = finding.get("verdict") in QUIET_VERDICTS
            if passed and not explain:
                continue
            if quiet and not finding.get("gate"):
                continue
            yield finding_line(claim, finding)
            if arithmetic:
                dim = passed or bool(accepted_note(finding))
                for line in finding.get("explanation", []):
                    yield Text(f"    {line}", style="dim" if dim else "")


def finding_line(claim: dict[str, Any], finding: dict[str, Any]) -> Text:
    """`file:line:col  verdict  check  message`, plus `[accepted ...]` when something accepts it."""
    verdict = str(finding.get("verdict", ""))
    line = Text()
    line.append(f"{claim.get('file', claim.get('id', ''))}:{finding.get('line', 1)}:{finding.get('column', 1)}", "bold")
    line.append("  ")
    line.append(verdict, STYLES.get(verdict, ""))
    line.append(f"  {finding.get('check', '')}  ", "dim")
    line.append(_one_line(str(finding.get("message", ""))))
    note = accepted_note(finding)
    if note and verdict not in QUIET_VERDICTS:
        line.append(f"  [{_one_line(note)}]", "cyan")
    return line


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


# -- the claims, listed -----------------------------------------------------------------------


def claim_lines(claims: list[dict[str, Any]], width: int | None) -> Iterator[Row]:
    """The claims by folder, aligned: verdict, value, id, text. `width` None: nothing shortened."""
    rows = [(claim, _claim_verdict(claim), shown_value(claim)) for claim in claims]
    verdict_width = max(cell_len(verdict) for _, verdict, _ in rows)
    value_width = min(max(cell_len(value) for _, _, value in rows), 16)
    for folder, group in _by_folder(rows):
        yield ((f"{folder or '.'}/", "bold"),)
        names = [claim["id"][len(folder) + 1 :] if folder else claim["id"] for claim, _, _ in group]
        name_width = min(max(cell_len(name) for name in names), 40)
        for (claim, verdict, value), name in zip(group, names):
            head = f"{_pad(verdict, verdict_width)}  {_pad(value, value_width)}  "
            text = _one_line(str(claim.get("claim", "")))
            tail = ""
            if text:
                used = cell_len(head) + max(cell_len(name), name_width) + 2
                room = None if width is None else width - used
                if room is None or cell_len(text) <= room:
                    tail = text
                elif room >= MIN_TEXT:
                    tail = f"{set_cell_size(text[:room], room - 1).rstrip()}…"  # a character is 1 or 2 cells
            style = STYLES.get(str(claim.get("verdict", "")), "")
            if not tail:
                yield ((head[: len(verdict)], style), (head[len(verdict) :], ""), (name, "bold"))
            else:
                yield (
                    (head[: len(verdict)], style),
                    (head[len(verdict) :], ""),
                    (_pad(name, name_width), "bold"),
                    (f"  {tail}", "dim"),
                )


def _claim_verdict(claim: dict[str, Any]) -> str:
    """The claim's verdict, with `(accepted)` when every finding that would fail is accepted."""
    verdict = str(claim.get("verdict", ""))
    findings = claim.get("findings", [])
    worst = [f for f in findings if f.get("verdict") == verdict]
    if worst and verdict not in QUIET_VERDICTS and all(accepted_note(f) for f in worst):
        return f"{verdict} (accepted)"
    return verdict


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - cell_len(text))


def _by_folder(rows: list[tuple[dict[str, Any], str, str]]) -> Iterable[tuple[str, list]]:
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(posixpath.dirname(row[0]["id"]), []).append(row)
    return sorted(groups.items())


# -- the summary ------------------------------------------------------------------------------


def _problem_summary(doc: dict[str, Any]) -> Iterator[Text]:
    """One line per problem verdict: how many findings, and of which checks."""
    by_verdict: dict[str, Counter] = {}
    for claim in doc.get("claims", []):
        for finding in claim.get("findings", []):
            verdict = str(finding.get("verdict", ""))
            if verdict not in QUIET_VERDICTS:
                by_verdict.setdefault(verdict, Counter())[str(finding.get("check", ""))] += 1
    order = list(STYLES)
    for verdict in sorted(by_verdict, key=lambda v: order.index(v) if v in order else len(order)):
        checks = by_verdict[verdict]
        line = Text()
        line.append(f"{sum(checks.values())} {verdict}", STYLES.get(verdict, ""))
        line.append(": " + ", ".join(f"{check} {count}" for check, count in sorted(checks.items())))
        yield line


def statistics_lines(doc: dict[str, Any]) -> Iterator[Text]:
    """`--statistics`: findings counted per check and verdict, most frequent first."""
    counts = Counter(
        (str(finding.get("check", "")), str(finding.get("verdict", "")))
        for claim in doc.get("claims", [])
        for finding in claim.get("findings", [])
    )
    if not counts:
        return
    check_width = max(len("check"), *(cell_len(check) for check, _ in counts))
    yield Text(f"{'count':>6}  {_pad('check', check_width)}  verdict", style="bold")
    for (check, verdict), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        line = Text(f"{count:>6}  {_pad(check, check_width)}  ")
        line.append(verdict, STYLES.get(verdict, ""))
        yield line


def summary_line(doc: dict[str, Any]) -> Text:
    summary = doc["summary"]
    text = Text()
    claims = summary["claims"]
    text.append(f"{claims} claim{'s' if claims != 1 else ''}: ", style="bold")
    parts = list(summary["by_verdict"].items())
    for i, (verdict, count) in enumerate(parts):
        if i:
            text.append(", ")
        text.append(f"{count} {verdict}", style=STYLES.get(verdict, ""))
    gate = summary["gate"]
    text.append("   gate: ")
    text.append(gate.upper(), style="bold red" if gate == "fail" else "bold green")
    notes = [accepted_note(f) for c in doc["claims"] for f in c["findings"] if f.get("verdict") not in QUIET_VERDICTS]
    by_baseline = sum(1 for note in notes if note == "accepted by the baseline")
    by_claims = sum(1 for note in notes if note and note != "accepted by the baseline")
    parts = [f"{by_baseline} by the baseline"] * bool(by_baseline) + [f"{by_claims} in claim files"] * bool(by_claims)
    if parts:
        total = by_baseline + by_claims
        what = " and ".join(parts) if len(parts) > 1 else parts[0].split(" ", 1)[1]
        text.append(f" ({total} known finding{'s' if total != 1 else ''} accepted {what})", "dim")
    return text
