"""A rate's change over the month before, whose level that month a table of the document states:
`difference`, complete.

生产指数为51.9%，比上月上升1.7个百分点 and, in the release's table of the index and its parts by month
(单位:% over "PMI | …", then "生产 | 新订单 | …", then a row a month), the row 2023年7月 whose 生产 cell
is 50.2: 51.9 − 50.2 = 1.7. What ties them:

- the change is in points, right after the rate in its sentence, its words 比上月 / 较上月 and a verb;
- the rate's own words (its clause before it) name one column of the table: the header's cells,
  the lowest line's from the right, a line above it naming the columns to their left;
- the table's cell in that column is of the month before the rate's, in the rate's unit.

A change in a list (上升0.5、0.6和0.3个百分点, of 大、中、小型企业 each) is of a subject the table's column
need not be: never drawn. The `earlier` pattern's placeholder for the month before is settled by it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation
from factcheck.grammar.tables import cells

ID = "table-earlier"

_LAST_MONTH = re.compile(
    r"(?:比|较)上月(?:略|小幅|微|继续)?(?P<verb>上升|下降|提高|降低|回落|回升|增加|减少|上涨|下跌|降|升)$"
)
_FALL = re.compile(r"下降|降低|回落|减少|下跌|降")
_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?")


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for i, mention in enumerate(ctx.mentions):
        if not ctx.statistic(i) or ctx.dimension(i) != "points" or i == 0:
            continue
        clause = re.split(r"[，,；;。：:]", ctx.before(i, 24))[-1].strip()
        found = _LAST_MONTH.search(clause)
        rate = i - 1
        if found is None or ctx.sentence_of[rate] != ctx.sentence_of[i] or ctx.dimension(rate) != "percent":
            continue
        if re.match(r"\s*[、和及]", ctx.after(i, 4)) or re.search(r"分别", ctx.mentions[rate].head):
            continue  # 上升0.5、0.6和0.3个百分点: each of its own subject
        before = _month_before(ctx.mentions[rate].period)
        cell = _cell(ctx, rate, before) if before else None
        if cell is None:
            continue
        signed = mention.negative or mention.value.lstrip().startswith(("-", "−"))
        fell = not signed and bool(_FALL.search(found.group("verb")))
        pair = [ctx.ref(cell), ctx.ref(rate)] if fell else [ctx.ref(rate), ctx.ref(cell)]
        yield Relation(i, {"difference": pair}, 0.75, f"{ID}: the month before's level is a cell of the table")


def _month_before(period: str | None) -> str | None:
    if not period or not re.fullmatch(r"\d{4}-\d\d", period):
        return None
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _cell(ctx: Context, rate: int, period: str) -> int | None:
    """The table's cell of `period` in the one column the rate's own words name, or None."""
    words = re.sub(r"\s+", "", re.split(r"[，,；;。：:]", ctx.mentions[rate].head)[-1])
    found: list[tuple[int, int]] = []  # (length of the column's name, cell)
    for k, cell in enumerate(ctx.mentions):
        if cell.period != period or cell.unit != ctx.mentions[rate].unit or not ctx.statistic(k):
            continue
        name = _column_name(ctx, k)
        if name and name in words:
            found.append((len(name), k))
    longest = max((length for length, _ in found), default=0)
    chosen = [k for length, k in found if length == longest]
    return chosen[0] if len(chosen) == 1 else None


def _column_name(ctx: Context, k: int) -> str | None:
    """The name of the column of the table cell `k` (a row written with `|`), from the header lines
    above the table's rows; None for a figure of no such row."""
    paragraph = ctx.mentions[k].paragraph
    row = cells(ctx.document.paragraphs[paragraph - 1].text)
    figures = [n for n, cell in enumerate(row) if n and _NUMBER.fullmatch(cell.text)]
    at = next((n for n in figures if row[n].start <= ctx.mentions[k].value_start < row[n].end), None)
    if at is None:
        return None
    names = _header_names(ctx, paragraph, len(figures))
    return names[figures.index(at)] if names else None


def _header_names(ctx: Context, paragraph: int, width: int) -> list[str | None] | None:
    """The names of a table's `width` figure columns: the header lines above its rows, the lowest
    naming the columns from the right, a line above it the columns left to its left."""
    memo = ctx.memo.setdefault(ID, {})
    if (paragraph, width) in memo:
        return memo[(paragraph, width)]
    lines: list[list[str]] = []
    number = paragraph - 1
    while number >= 1:
        text = ctx.document.paragraphs[number - 1].text
        row = cells(text)
        if not row:
            break
        named = [cell.text for cell in row]
        while named and not named[-1]:
            named.pop()
        if any(_NUMBER.fullmatch(name) for name in named[1:]):
            if lines:
                break  # a row above the header: another table's
            number -= 1
            continue  # a row of the same table
        if re.match(r"\s*(?:计量)?单位\s*[:：]", named[0] if named else ""):
            break
        lines.insert(0, [re.sub(r"\s+", "", name) for name in named])
        number -= 1
    names: list[str | None] = [None] * width
    if lines and lines[-1] and len(lines[-1]) <= width and all(lines[-1]):
        names[width - len(lines[-1]) :] = lines[-1]
        for line in reversed(lines[:-1]):
            open_columns = next((n for n, name in enumerate(names) if name is not None), width)
            if line and all(line) and len(line) <= open_columns:
                names[: len(line)] = line
    result = names if any(names) else None
    memo[(paragraph, width)] = result
    return result
