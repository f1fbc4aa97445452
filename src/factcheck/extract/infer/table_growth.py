"""Change columns of a table flattened to text (English headers): `growth` from one cell of the row
to another.

Under "March 2011 February 2012r March 2012p February to March 2012 March 2011 to March 2012", the row
"Quebec 11,617 11,675 11,810 1.2 1.7" states 1.2 % from February to March 2012 and 1.7 % from March
2011 to March 2012; under "Aug 96 Jul 97 Aug 97 Aug 97/ Aug 96 Aug 97/ Jul 97", "Aug 97/ Aug 96" is
the change from August 1996 to August 1997; under "Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19
Growth", each growth column is the change between the two level columns before it. The k-th
percent cell of a row is the k-th change column (empty cells, "-", at the row's end leave the last
columns out); the levels are the row's cells whose periods (each cell's column's) are the change's
ends. Nothing is drafted unless every cell involved has a period and one dimension.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.infer.base import Context, Relation, same_dimension

ID = "table-growth"

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: "February to March 2012", "March 2011 to March 2012"
_RANGE = re.compile(rf"(?i)\b({_MON})(?:\s+(\d{{4}}|\d{{2}}))?\s+to\s+({_MON})\s+(\d{{4}}|\d{{2}})\b")
#: "Aug 97/ Aug 96": the first against the second
_SLASH = re.compile(rf"(?i)\b({_MON})\s*(\d{{4}}|\d{{2}})\s*/\s*({_MON})\s*(\d{{4}}|\d{{2}})\b")
_WORD = re.compile(r"(?i)(?:%\s?)?\b(?:growth|change|chg)\b")
_PERIOD_TOKEN = re.compile(rf"(?i)\b{_MON}\s*(?:\d{{4}}|\d{{2}})\b")
_PERCENT = ("%", "％", "percent", "per cent")


def _month(name: str, year: str) -> str:
    number = int(year)
    if len(year) == 2:
        number += 1900 if number >= 50 else 2000
    return f"{number}-{_MONTHS.index(name[:3].lower()) + 1:02d}"


def _changes(header: str) -> list[tuple[str, str] | None]:
    """The header's change columns in order: (from, to) periods, or None for a "Growth" column (the
    two level columns before it)."""
    found: list[tuple[int, tuple[str, str] | None]] = []
    for match in _RANGE.finditer(header):
        first_year = match.group(2) or match.group(4)
        found.append((match.start(), (_month(match.group(1), first_year), _month(match.group(3), match.group(4)))))
    for match in _SLASH.finditer(header):
        found.append((match.start(), (_month(match.group(3), match.group(4)), _month(match.group(1), match.group(2)))))
    if not found:
        found = [(match.start(), None) for match in _WORD.finditer(header)]
    return [change for _, change in sorted(found, key=lambda item: item[0])]


def _header(ctx: Context, paragraph: int) -> list[tuple[str, str] | None]:
    """The change columns of the nearest line above the row with two periods or more and no figure."""
    for number in range(paragraph - 1, max(paragraph - 16, 0), -1):
        if any(ctx.statistic(j) for j in ctx.by_paragraph.get(number, [])) and number != paragraph - 1:
            if all(ctx.mentions[j].period for j in ctx.by_paragraph.get(number, []) if ctx.statistic(j)):
                continue  # another row of the same table
        text = ctx.document.paragraphs[number - 1].text
        if len(_PERIOD_TOKEN.findall(text)) >= 2 and not any(
            ctx.statistic(j) for j in ctx.by_paragraph.get(number, [])
        ):
            return _changes(text)
    return []


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    yield from _balance_rows(ctx)
    headers: dict[int, list[tuple[str, str] | None]] = {}
    for paragraph, row in ctx.by_paragraph.items():
        cells = [j for j in row if ctx.statistic(j) and ctx.quantities[j] is not None]
        rates = [j for j in cells if ctx.mentions[j].unit in _PERCENT]
        levels = [j for j in cells if ctx.dimension(j) not in ("percent", "points")]
        if not rates or len(levels) < 2 or any(ctx.mentions[j].period is None for j in cells):
            continue
        if "\n" in ctx.paragraph_text(row[0]).strip() or ctx.mentions[rates[-1]].end < len(
            ctx.paragraph_text(row[0]).rstrip(" -–—\t")
        ):
            continue  # a row ends with its cells (or with empty ones)
        if paragraph not in headers:
            headers[paragraph] = _header(ctx, paragraph)
        columns = headers[paragraph]
        if not columns or len(rates) > len(columns):
            continue
        for k, rate in enumerate(rates):
            pair = _ends(ctx, cells, rate, columns[k])
            if pair is None or not same_dimension(ctx, list(pair)):
                continue
            earlier, later = pair
            check = {"growth": {"from": ctx.ref(earlier), "to": ctx.ref(later)}}
            yield Relation(rate, check, 0.7, f"{ID}: a change column of the row, between two of its cells")


def _ends(ctx: Context, cells: list[int], rate: int, column: tuple[str, str] | None) -> tuple[int, int] | None:
    levels = [j for j in cells if ctx.dimension(j) not in ("percent", "points")]
    if column is None:  # "Growth": the two level cells right before it, since the previous rate
        before = [j for j in cells if j < rate]
        pair = []
        for j in reversed(before):
            if ctx.dimension(j) in ("percent", "points"):
                break
            pair.append(j)
        if len(pair) < 2:
            return None
        newer, older = pair[0], pair[1]
        if ctx.mentions[newer].period == ctx.mentions[older].period:
            return None
        return older, newer
    start, end = column
    first = [j for j in levels if ctx.mentions[j].period == start]
    last = [j for j in levels if ctx.mentions[j].period == end]
    if not first or not last or first[-1] == last[-1]:
        return None
    return first[-1], last[-1]  # a leading column (a weight) shares a period: the period column is the later


_BALANCE_ROW = re.compile(r"(?i)\b(?:trade )?(balance|surplus|deficit)\b")


def _row_label(ctx: Context, paragraph: int) -> str:
    row = [j for j in ctx.by_paragraph.get(paragraph, []) if ctx.statistic(j)]  # "Extra-EA19 exports 186.5 …"
    return ctx.document.paragraphs[paragraph - 1].text[: ctx.mentions[row[0]].start] if row else ""


def _balance_rows(ctx: Context) -> Iterator[Relation]:
    """A "trade balance" row under an exports row and an imports row: each cell is the exports cell
    minus the imports cell of its column (the same period; one such cell in each row)."""
    for paragraph, row in ctx.by_paragraph.items():
        found = _BALANCE_ROW.search(_row_label(ctx, paragraph))
        if found is None or re.search(r"(?i)\b(?:export|import)", _row_label(ctx, paragraph)[: found.start()]):
            continue
        above = range(paragraph - 1, max(paragraph - 5, 0), -1)
        exports = next((p for p in above if re.search(r"(?i)\bexports?\b", _row_label(ctx, p))), None)
        imports = next((p for p in above if re.search(r"(?i)\bimports?\b", _row_label(ctx, p))), None)
        if exports is None or imports is None or exports == imports:
            continue
        for cell in row:
            period = ctx.mentions[cell].period
            if period is None or not ctx.statistic(cell) or ctx.dimension(cell) in ("percent", "points", None):
                continue
            x = [
                j
                for j in ctx.by_paragraph[exports]
                if ctx.mentions[j].period == period and ctx.dimension(j) == ctx.dimension(cell)
            ]
            m = [
                j
                for j in ctx.by_paragraph[imports]
                if ctx.mentions[j].period == period and ctx.dimension(j) == ctx.dimension(cell)
            ]
            if len(x) != 1 or len(m) != 1 or [k for k in row if ctx.mentions[k].period == period] != [cell]:
                continue
            pair = [m[0], x[0]] if found.group(1).lower() == "deficit" else [x[0], m[0]]
            check = {"difference": [ctx.ref(pair[0]), ctx.ref(pair[1])]}
            yield Relation(cell, check, 0.7, f"{ID}: a trade balance row is the exports row minus the imports row")
