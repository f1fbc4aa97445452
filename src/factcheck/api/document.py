"""`factcheck.check_document()`: `factcheck check DOC` from Python, with the same gate and report."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from factcheck.api.check import Result, _date, _outside_event_loop
from factcheck.errors import UsageError, ValueParseError
from factcheck.extract import checkdoc
from factcheck.extract.timing import Reference
from factcheck.gate.decision import exit_code
from factcheck.gate.outcome import judge
from factcheck.report import records
from factcheck.run.pipeline import RunOptions

PathLike = str | os.PathLike[str]


def check_document(
    documents: PathLike | Sequence[PathLike],
    *,
    lang: str = "auto",
    period: str | int | None = None,
    fail_on: str | Iterable[str] | None = None,
    strict: bool | None = None,
    today: object = None,
) -> Result:
    """Extract the numbers of documents (files or URLs), infer the relations their words state,
    check them, and return the `Result` `factcheck check DOC... --format json` describes.

    The report also lists every mention (`result.report["mentions"]`): where it stands, its
    value and interval, and the checks it took part in.
    """
    if lang not in ("zh", "en", "auto"):
        raise UsageError(f"lang must be zh, en or auto, not {lang!r}")
    try:
        reference = Reference.of(period)
    except ValueParseError as error:
        raise UsageError(f"period: {error}") from None
    sources = [os.fspath(documents)] if isinstance(documents, (str, os.PathLike)) else [os.fspath(d) for d in documents]
    prepared = checkdoc.prepare(sources, lang, reference)
    options = RunOptions(paths=[], offline=True, today=_date(today))  # type: ignore[arg-type]
    result = _outside_event_loop(lambda: checkdoc.check(prepared, options))
    wanted = fail_on if fail_on is None or isinstance(fail_on, str) else ",".join(fail_on) or "none"
    verdict = judge(result, fail_on=wanted, strict=strict, use_baseline=False)
    report = records.build_report(result, verdict.policy, verdict.accepted, verdict.reasons)
    report["mentions"] = checkdoc.mention_records(prepared, result)
    return Result(report, exit_code(report, verdict.policy))
