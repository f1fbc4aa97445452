"""`factcheck.check()`: `factcheck run` as a function returning a `Result`."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from factcheck.errors import UsageError
from factcheck.files import default_claims
from factcheck.gate.decision import exit_code
from factcheck.gate.outcome import judge
from factcheck.report import records
from factcheck.report._view import PROBLEMS, accepted_note
from factcheck.run import pipeline
from factcheck.run.changed import run_changed

PathLike = str | os.PathLike[str]
T = TypeVar("T")


@dataclass(frozen=True)
class Finding:
    """One finding of the report: where, what the check concluded, and whether it fails the gate."""

    claim: str
    file: str
    line: int
    column: int
    check: str
    verdict: str
    message: str
    fails_gate: bool
    accepted: str  # "", "accepted by the baseline" or "accepted: <reason>"
    explanation: tuple[str, ...] = ()

    def __str__(self) -> str:
        tail = f"  [{self.accepted}]" if self.accepted else ""
        return f"{self.file}:{self.line}:{self.column}  {self.verdict}  {self.check}  {self.message}{tail}"


class Result:
    """What a check concluded: the report record, the verdicts, the gate and the exit code."""

    def __init__(self, report: dict[str, Any], code: int) -> None:
        self.report = report  #: the JSON report, as `--format json` prints it
        self.exit_code = code  #: 0 when nothing fails the gate, 1 when something does

    @property
    def gate(self) -> str:
        """ "pass" or "fail"."""
        return str(self.report["summary"]["gate"])

    @property
    def passed(self) -> bool:
        return self.exit_code == 0

    @property
    def verdicts(self) -> dict[str, str]:
        """Claim id → the claim's verdict (its worst finding's)."""
        return {claim["id"]: claim["verdict"] for claim in self.report["claims"]}

    @property
    def counts(self) -> dict[str, int]:
        """Claims per verdict, worst first."""
        return dict(self.report["summary"]["by_verdict"])

    @property
    def notes(self) -> list[str]:
        return list(self.report.get("notes", []))

    def findings(self, *, problems_only: bool = True) -> list[Finding]:
        """The findings, in report order; by default only problems (not passes, skips, pending)."""
        return [
            finding for finding in self._all() if not problems_only or finding.verdict in PROBLEMS or finding.fails_gate
        ]

    def _all(self) -> Iterator[Finding]:
        for claim in self.report["claims"]:
            for item in claim["findings"]:
                yield Finding(
                    claim["id"],
                    claim["file"],
                    int(item.get("line") or 1),
                    int(item.get("column") or 1),
                    item["check"],
                    item["verdict"],
                    item["message"],
                    bool(item.get("gate")),
                    accepted_note(item),
                    tuple(item.get("explanation", ())),
                )

    def to_json(self, indent: int | None = 2) -> str:
        """The JSON report (the record of `factcheck run --format json`)."""
        return json.dumps(self.report, ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {v}" for v, n in self.counts.items())
        return f"<factcheck.Result: {self.report['summary']['claims']} claims ({counts}); gate {self.gate}>"

    def _repr_html_(self) -> str:
        """A notebook's view: the gate, the counts and a table of the problems."""
        counts = " · ".join(f"{n} {escape(v)}" for v, n in self.counts.items())
        colour = "#1a7f37" if self.passed else "#cf222e"
        rows = "".join(
            "<tr>"
            f"<td><code>{escape(f.file)}:{f.line}:{f.column}</code></td><td><b>{escape(f.verdict)}</b></td>"
            f"<td>{escape(f.check)}</td><td>{escape(f.message)}</td><td>{escape(f.accepted)}</td>"
            "</tr>"
            for f in self.findings()
        )
        table = (
            "<table><thead><tr><th>where</th><th>verdict</th><th>check</th><th>message</th><th>accepted</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
            if rows
            else "<p>No problems.</p>"
        )
        return (
            f'<div class="factcheck-result"><p><b style="color:{colour}">gate {escape(self.gate)}</b> · '
            f"{self.report['summary']['claims']} claims: {counts}</p>{table}</div>"
        )


def check(
    paths: PathLike | Sequence[PathLike] | None = None,
    *,
    offline: bool = False,
    refresh: bool = False,
    fail_on: str | Iterable[str] | None = None,
    strict: bool | None = None,
    baseline: PathLike | None = None,
    use_baseline: bool = True,
    changed_since: str | None = None,
    exclude: Sequence[str] = (),
    sources: PathLike | None = None,
    cache_dir: PathLike | None = None,
    timeout: float = 20.0,
    today: date | str | None = None,
    cwd: PathLike | None = None,
) -> Result:
    """Check claim files as `factcheck run` does and return the `Result`.

    `paths`: files or folders (default: the claims/ folder of the repository `cwd` is in).
    `fail_on` (names or "fail,contradicted"), `strict`, `baseline`/`use_baseline`,
    `changed_since`, `exclude` and the rest mean what the command's options of the same names
    mean. Errors of use (a missing path, a bad `fail_on`, an invalid sources.yaml) raise
    `factcheck.errors.FactcheckError` subclasses, as the command exits 2 for them.
    """
    where = Path(cwd) if cwd is not None else Path.cwd()
    options = pipeline.RunOptions(
        paths=_paths(paths, where),
        cwd=where,
        sources_file=None if sources is None else Path(sources),
        offline=offline,
        refresh=refresh,
        timeout=timeout,
        today=_date(today),
        cache_dir=None if cache_dir is None else Path(cache_dir),
        exclude=tuple(exclude),
    )
    run: Callable[[], Any]
    if changed_since is not None:
        run = lambda: run_changed(options, changed_since, pipeline.run)  # noqa: E731
    else:
        run = lambda: pipeline.run(options)  # noqa: E731
    result = _outside_event_loop(run)
    wanted = fail_on if fail_on is None or isinstance(fail_on, str) else ",".join(fail_on) or "none"
    verdict = judge(
        result,
        fail_on=wanted,
        strict=strict,
        baseline=None if baseline is None else Path(baseline),
        use_baseline=use_baseline,
    )
    report = records.build_report(result, verdict.policy, verdict.accepted, verdict.reasons)
    return Result(report, exit_code(report, verdict.policy))


def _paths(paths: PathLike | Sequence[PathLike] | None, cwd: Path) -> list[Path]:
    if paths is None:
        found = default_claims(cwd)
        if found is None:
            raise UsageError(f"no claims/ folder in {cwd} or any folder above: give the claim files or folders")
        return [found]
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    return [Path(item) for item in items]


def _date(today: date | str | None) -> date:
    if isinstance(today, date):
        return today
    text = today or os.environ.get("FACTCHECK_TODAY")
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"today must be a date YYYY-MM-DD, not {text!r}") from None


def _outside_event_loop(work: Callable[[], T]) -> T:
    """Run `work` here, or in a worker thread when this thread runs an event loop (Jupyter).

    The pipeline fetches sources with `asyncio.run()`, which refuses to start inside a running
    loop; a thread of its own has no loop, so the same code runs there unchanged.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return work()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck") as pool:
        return pool.submit(work).result()
