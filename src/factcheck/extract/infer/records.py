"""A record the text states for a period of a table whose rows are periods (English): `order`.

"In August 2020, the lowest number since September 1999 was recorded", over a table of monthly
counts ("Year Month Number of bankruptcies 2016 October 303 … 2020 August 175 …"): the table's
cell of August 2020 is the lowest of its cells since September 1999 (`order: {among: [...], order:
ascending}`); the months between September 1999 and the table's first row are not in the document,
so the same order against them waits under `x-todo` (a source placeholder). "the highest … since"
ranks the other way. The sentence must name the period and state no figure of its own (a figure's
superlative is the `order` and `series` patterns'); the table must be the document's only one of
periods with one figure a row, so that which cell the words mean is not in doubt.

A figure the text says a series peaked at ("The number of bankruptcies peaked in May 2013 (816)")
is the highest of values the document does not give (`x-todo`). A growth the text states from one
quarter to the next ("grew by 0.6 percent in Q1 2018 relative to Q4 2017") over the document's one
chart series, a point a line ("2017 IV110.5", "2018 I111.1"), is the series' growth between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.extract.infer.line_tables import mention_at
from factcheck.extract.infer.order import outside_order
from factcheck.grammar.flatheader import cell_period
from factcheck.grammar.linetable import line_tables, series_point

ID = "records"

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = rf"(?:{_MONTH}\s+|Q[1-4]\s+)?(?:19|20)\d\d"
_RECORD = re.compile(
    rf"(?i)\b(?P<word>lowest|highest|smallest|largest)\b[^.;\d]{{0,40}}?\bsince\s+(?P<since>{_WHEN})\b"
)
_IN = re.compile(rf"\b[Ii]n\s+(?P<when>{_WHEN})\b")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


#: "peaked in May 2013 (", "peaked at", "bottomed out at": the words just before a series' extreme.
_PEAK = re.compile(rf"(?i)\b(?P<word>peaked|bottomed out)\s+(?:at\s+|in\s+{_WHEN}\s*(?:\(|at\s+|,\s*at\s+))$")


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for i in range(len(ctx.mentions)):
        peak = _PEAK.search(ctx.before(i, 60))
        if peak is not None and ctx.statistic(i):
            high = peak.group("word").lower() == "peaked"
            yield outside_order(ctx, i, high, f"{ID}: '{peak.group().strip()}': the series' extreme", across="period")
    yield from series_growth(ctx)
    cells = _period_cells(ctx)
    if len(cells) < 3:
        return
    for paragraph in ctx.document.paragraphs:
        for sentence in _SENTENCE.finditer(paragraph.text):
            text = sentence.group()
            record, when = _RECORD.search(text), _IN.search(text)
            if record is None or when is None or when.start() > record.start():
                continue
            if re.search(r"\d", _RECORD.sub("", _IN.sub("", text))):
                continue  # a figure of its own: the other patterns'
            period, since = cell_period(when.group("when")), cell_period(record.group("since"))
            claim = cells.get(period or "")
            if claim is None or since is None or since >= (period or ""):
                continue
            others = [j for p, j in sorted(cells.items()) if p != period and _after(p, since)]
            low = record.group("word").lower() in ("lowest", "smallest")
            words = f"'{record.group()}' of the table's cell for {when.group('when')}"
            if others:
                body: dict = {"among": [ctx.ref(j) for j in others]}
                if low:
                    body["order"] = "ascending"
                yield Relation(claim, {"order": body}, 0.7, f"{ID}: {words}, among the table's periods since")
            if _after(min(cells), since) and not min(cells).startswith(since):
                yield outside_order(
                    ctx, claim, not low, f"{ID}: {words}, before the table's first row", across="period"
                )


def _after(period: str, since: str) -> bool:
    """Whether `period` ("2016-10") falls after `since` ("1999-09", "1999")."""
    return period[: len(since)] > since


def _period_cells(ctx: Context) -> dict[str, int]:
    """{period: mention} of the cells of the document's one table of periods with one figure a row
    (a table on one line, or a chart's series a point a line)."""
    found: list[dict[str, int]] = [points] if (points := _series_points(ctx)) else []
    for paragraph, table in ((p, t) for p in ctx.document.paragraphs for t in line_tables(p.text)):
        if len(table.columns) != 1 or any(r.period is None for r in table.rows):
            continue
        cells = {}
        for row in table.rows:
            j = mention_at(ctx, paragraph.number, row.cells[0].start, row.cells[0].text)
            if j is not None and row.period is not None:
                cells[row.period] = j
        found.append(cells)
    return found[0] if len(found) == 1 else {}


#: The base of a growth the text states: "relative to Q4 2017", "compared with the previous quarter".
_BASE = re.compile(
    r"(?i)\b(?:relative to|compared (?:with|to)|over|from|on)\s+(?:the\s+)?"
    r"(?:(?P<q>Q[1-4])\s+(?P<y>(?:19|20)\d\d)|(?P<previous>previous|preceding|prior)\s+quarter)\b"
)


def series_growth(ctx: Context) -> Iterator[Relation]:
    """A growth in percent the text states from one quarter to the next, both points of the
    document's one chart series (a point a line: "2017 IV110.5", "2018 I111.1"): the growth of the
    series between them (the chart's caption is seldom in the copy, so the words must name both quarters)."""
    points = _series_points(ctx)
    if len(points) < 3:
        return
    in_series = {ctx.mentions[j].paragraph for j in points.values()}
    for i, mention in enumerate(ctx.mentions):
        if not ctx.statistic(i) or ctx.dimension(i) != "percent" or mention.paragraph in in_series:
            continue
        late = points.get(mention.period or "")
        base = _BASE.search(ctx.after(i, 80))
        if late is None or base is None or re.search(r"[.;]", ctx.after(i, 80)[: base.start()]):
            continue
        if base.group("previous"):
            earlier = _previous_quarter(mention.period or "")
        else:
            earlier = f"{base.group('y')}-{base.group('q').upper()}"
        early = points.get(earlier or "")
        if early is None or earlier != _previous_quarter(mention.period or ""):
            continue
        why = f"{ID}: a growth from {earlier} to {mention.period}, both points of the document's chart series"
        yield Relation(i, {"growth": {"from": ctx.ref(early), "to": ctx.ref(late)}}, 0.6, why)


def _previous_quarter(period: str) -> str | None:
    match = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if match is None:
        return None
    year, quarter = int(match.group(1)), int(match.group(2))
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def _series_points(ctx: Context) -> dict[str, int]:
    """{period: mention} of the document's one series of chart points, one a line."""
    runs: list[dict[str, int]] = []
    last = -1
    for paragraph in ctx.document.paragraphs:
        point = series_point(paragraph.text)
        if point is None:
            continue
        j = mention_at(ctx, paragraph.number, point.value.start, point.value.text)
        if j is None:
            continue
        if paragraph.number != last + 1:
            runs.append({})
        runs[-1][point.period] = j
        last = paragraph.number
    found = [run for run in runs if len(run) >= 3]
    return found[0] if len(found) == 1 else {}
