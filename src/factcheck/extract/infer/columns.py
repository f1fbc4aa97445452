"""What an English table flattened to text states (its columns read by `flat_tables`):

- a change column whose header names two periods ("February to March 2012", "Aug 97/ Aug 96", a
  bare "Growth" after "Sep 18 Sep 19"): each cell in percent is the `growth` of its row from the
  earlier period's cell to the later's;
- a balance row ("Extra-EA19 trade balance") under the exports and imports rows of the same flow:
  each period's balance is the `difference` exports − imports;
- parts adding up to a total row: the weights of an unheaded left column whose total row ("All
  items", "Total") says 100 (or 1000); the levels of a table whose title says its rows are the
  provinces and territories (or states) of the first row, the country;
- a figure of the text restating a cell (`same`): the text's words name the row (a word only that
  row has; the total row by the table's title, "consumer price index"), the cell is of the same
  kind (a change for a change, a level for a level), unit, sign and value at either precision,
  period agreeing; one cell only, and the cell restated by that figure only.

With no header saying what a column is, nothing is drafted; a cell without a unit the check can
compare (a change cell not in percent, a level of another unit than the text's) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract.infer.base import Context, Relation, same_dimension, words
from factcheck.extract.infer.flat_tables import Row, Table, tables
from factcheck.extract.infer.line_tables import line_tables

ID = "columns"

_TOTAL = re.compile(r"(?i)^(?:all\b|total\b)|\btotal$")
_COUNTRY_ROWS = re.compile(r"(?i)\b(?:provinces and territories|states and territories|by (?:province|state))\b")
_INDEX = re.compile(r"(?i)\bindex\b|\bindices\b")
_GENERIC = frozenset("trade flow group item total index price value".split())


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    found = tables(ctx) + line_tables(ctx)
    for table in found:
        yield from _growth(ctx, table)
        yield from _growth_rows(ctx, table)
        yield from _balance(ctx, table)
        yield from _sums(ctx, table)
    yield from _restated(ctx, found)


def _growth(ctx: Context, table: Table) -> Iterator[Relation]:
    for c, column in enumerate(table.columns):
        if not column.change or not column.base:
            continue
        early = _level(table, column.base)
        late = _level(table, column.period or "")
        if early is None or late is None:
            continue
        for row in table.rows:
            claim, a, b = row.cells.get(c), row.cells.get(early), row.cells.get(late)
            if claim is None or a is None or b is None or ctx.dimension(claim) != "percent":
                continue
            if not same_dimension(ctx, [a, b]) or ctx.dimension(a) in ("percent", "points"):
                continue
            why = f"{ID}: the column '{column.heading}' is the growth between two columns of the row"
            yield Relation(claim, {"growth": {"from": ctx.ref(a), "to": ctx.ref(b)}}, 0.8, why)


#: A row of changes over a year under the row of levels ("Year-on-Year Growth (Percent)").
_YEAR_ON_YEAR = re.compile(r"(?i)\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy)\b.*\b(?:growth|change)\b")


def _growth_rows(ctx: Context, table: Table) -> Iterator[Relation]:
    """A year-on-year growth row: each cell is the growth of the row above from the same column's
    period a year earlier (the column of the same group: "Exports | Imports" over "Sep 2019 Sep 2018
    Sep 2019 Sep 2018" repeat the periods once a group)."""
    groups = _groups(table)
    by_paragraph = {row.paragraph: row for row in table.rows}
    for row in table.rows:
        above = by_paragraph.get(row.paragraph - 1)
        if above is None or not _YEAR_ON_YEAR.search(row.label) or _YEAR_ON_YEAR.search(above.label):
            continue
        for c, claim in row.cells.items():
            column = table.columns[c] if c >= 0 else None
            if column is None or column.change or ctx.dimension(claim) != "percent":
                continue
            earlier = _year_before(column.period or "")
            base = [k for k in groups.get(c, []) if table.columns[k].period == earlier]
            if len(base) != 1 or c not in above.cells or base[0] not in above.cells:
                continue
            a, b = above.cells[base[0]], above.cells[c]
            if not same_dimension(ctx, [a, b]) or ctx.dimension(a) in ("percent", "points"):
                continue
            why = f"{ID}: a year-on-year growth row is the growth of the row above from a year earlier"
            yield Relation(claim, {"growth": {"from": ctx.ref(a), "to": ctx.ref(b)}}, 0.75, why)


def _groups(table: Table) -> dict[int, list[int]]:
    """Each column's group: a new group starts where a period comes again."""
    out: dict[int, list[int]] = {}
    group: list[int] = []
    for k, column in enumerate(table.columns):
        if not column.change and any(table.columns[g].period == column.period for g in group):
            group = []
        group.append(k)
        out[k] = group
    return out


def _year_before(period: str) -> str:
    return re.sub(r"\b((?:19|20)\d\d)", lambda m: str(int(m.group(1)) - 1), period)


def _level(table: Table, period: str) -> int | None:
    found = [k for k, c in enumerate(table.columns) if not c.change and c.period == period]
    return found[0] if len(found) == 1 else None


def _balance(ctx: Context, table: Table) -> Iterator[Relation]:
    """A "… balance" row under the "… exports" and "… imports" rows of the same flow."""
    for row in table.rows:
        label = _bare(row.label)
        if not re.search(r"\bbalance\b", label):
            continue
        flow = re.sub(r"^the\s+", "", re.sub(r"\s*\b(?:trade\s+)?balance\b\s*", " ", label).strip())
        exports, imports = _row_named(table, flow, "exports"), _row_named(table, flow, "imports")
        if exports is None or imports is None:
            continue
        if (exports.label.lower().endswith(f"{flow} exports") and flow) != (
            imports.label.lower().endswith(f"{flow} imports") and flow
        ):
            continue  # "The mainland trade balance" over "Mainland exports" and all "Imports": which imports?
        for c, column in enumerate(table.columns):
            cells = [row.cells.get(c), exports.cells.get(c), imports.cells.get(c)]
            if column.change or None in cells or not same_dimension(ctx, cells):  # type: ignore[arg-type]
                continue
            check = {"difference": [ctx.ref(cells[1]), ctx.ref(cells[2])]}  # type: ignore[arg-type]
            yield Relation(cells[0], check, 0.75, f"{ID}: a balance row is the exports row less the imports row")  # type: ignore[arg-type]


def _row_named(table: Table, flow: str, what: str) -> Row | None:
    found = [r for r in table.rows if _bare(r.label) in (f"{flow} {what}".strip(), what)]
    return found[0] if len(found) == 1 else None


def _bare(label: str) -> str:
    """A row label in lower case without its brackets ("(in Billion US Dollars)")."""
    return " ".join(re.sub(r"\([^()]*\)", " ", label).lower().split())


def _sums(ctx: Context, table: Table) -> Iterator[Relation]:
    if len(table.rows) < 3 or table.breaks:
        return  # rows under sub-headings may be parts of parts
    total, parts = table.rows[0], table.rows[1:]
    if _TOTAL.search(total.label.strip()):
        for c in {c for c in total.cells if c < 0}:  # an unheaded column: weights of a total of 100
            whole = total.cells[c]
            cells = [r.cells.get(c) for r in parts]
            values = [ctx.midpoint(p) for p in cells if p is not None]
            if any(v is None or v >= (ctx.midpoint(whole) or 0) for v in values) or len(set(values)) < 2:
                continue  # an index base (100 in every row) is no weight
            if re.sub(r"[^\d.]", "", ctx.mentions[whole].value) in ("100", "1000"):
                yield from _sum(ctx, whole, [r.cells.get(c) for r in parts], "the weights add up to the total row's")
    caption = " ".join(table.caption)
    if _COUNTRY_ROWS.search(caption) and not _INDEX.search(caption) and not _TOTAL.search(total.label):
        levels = [c for c, column in enumerate(table.columns) if not column.change and c in total.cells]
        agree = [c for c in levels if _adds_up(ctx, total.cells[c], [r.cells.get(c) for r in parts])]
        if len(levels) < 2 or len(agree) < len(levels) - 1:
            return  # an excerpt of the provinces: the rows of the other periods do not add up either
        for c in levels:
            why = "the provinces and territories add up to the first row, the country (as in the other columns)"
            yield from _sum(ctx, total.cells[c], [r.cells.get(c) for r in parts], why)


def _adds_up(ctx: Context, whole: int, parts: list[int | None]) -> bool:
    """Whether the parts' intervals add up to one overlapping the whole's (all of one unit)."""
    quantities = [ctx.quantities[p] for p in parts if p is not None]
    total = ctx.quantities[whole]
    if total is None or len(quantities) != len(parts) or any(q is None for q in quantities):
        return False
    if len({q.unit for q in quantities if q is not None} | {total.unit}) != 1:
        return False
    if any(q.interval.lo is None or q.interval.hi is None for q in [*quantities, total] if q is not None):
        return False
    lo = sum(q.interval.lo for q in quantities if q is not None)  # type: ignore[misc]
    hi = sum(q.interval.hi for q in quantities if q is not None)  # type: ignore[misc]
    return lo <= total.interval.hi and total.interval.lo <= hi  # type: ignore[operator]


def _sum(ctx: Context, whole: int, parts: list[int | None], why: str) -> Iterator[Relation]:
    if any(p is None for p in parts) or not same_dimension(ctx, [whole, *parts]):  # type: ignore[list-item]
        return
    if ctx.dimension(whole) in ("percent", "points") and ctx.mentions[whole].unit:
        return
    yield Relation(whole, {"sum": [ctx.ref(p) for p in parts]}, 0.75, f"{ID}: {why}")  # type: ignore[arg-type]


def _restated(ctx: Context, found: list[Table]) -> Iterator[Relation]:
    """Each text figure's cell: the one named cell of its kind and period (a changed digit is then
    caught), else among several the one of equal value; a cell chosen by one figure only."""
    in_rows = {row.paragraph for table in found for row in table.rows}
    cells = [(table, row, c, j) for table in found for row in table.rows for c, j in row.cells.items() if c >= 0]
    if not cells:
        return
    by_kind: dict[tuple[bool, str, str | None], list[tuple[Table, Row, int, int]]] = {}
    for t, row, c, cell in cells:  # filed by what `_restates` asks first: kind, dimension, unknown unit
        if (key := _kind(ctx, cell, t.columns[c].change)) is not None:
            by_kind.setdefault(key, []).append((t, row, c, cell))
    by_period: dict[tuple[tuple[bool, str, str | None], str | None], list[tuple[Table, Row, int, int]]] = {}
    for key, group in by_kind.items():  # a figure of a period compares with the cells of that period only
        for t, row, c, cell in group:
            by_period.setdefault((key, t.columns[c].period), []).append((t, row, c, cell))
    chosen: dict[int, tuple[int, bool]] = {}
    for j, mention in enumerate(ctx.mentions):
        if mention.paragraph in in_rows or not ctx.statistic(j) or ctx.quantities[j] is None:
            continue
        said = _said(ctx, j)
        key = _kind(ctx, j, ctx.dimension(j) == "percent")
        alike = by_kind.get(key, [])  # type: ignore[arg-type]
        near = [
            (t, row, cell, equal)
            for t, row, c, cell in (by_period.get((key, mention.period), []) if mention.period else alike)
            if (equal := _restates(ctx, j, said, t, row, c, cell)) is not None
        ]
        equal = [(cell, True) for _, _, cell, same in near if same]
        if len(equal) == 1:
            chosen[j] = equal[0]
        elif len(near) == 1 and mention.period and not _elsewhere_in_row(ctx, j, near[0][1]):
            chosen[j] = (near[0][2], False)  # a digit changed: the check catches it
        elif not near and len(re.sub(r"\D|^0+", "", mention.value)) >= 3:
            # the period read for the figure is no column's ("In January to September 2019, … As a
            # result … a surplus of €155.5 bn"): the one named cell of the very same value, 3 digits or more
            anywhere = [cell for t, row, c, cell in alike if _restates(ctx, j, said, t, row, c, cell, False)]
            if len(anywhere) == 1:
                chosen[j] = (anywhere[0], True)
    for j, (cell, equal) in chosen.items():
        rivals = [k for k, (other, same) in chosen.items() if other == cell and k != j]
        if rivals and not equal:
            continue  # two text figures for one cell: those of equal value (a headline and the body)
        why = f"{ID}: a table cell restates the text's figure (the row's name, the column's period)"
        yield Relation(j, {"same": ctx.ref(cell)}, 0.7, why)


def _kind(ctx: Context, index: int, change: bool) -> tuple[bool, str, str | None] | None:
    """What a figure and a cell must share for `_restates` to compare them (a change for a change
    column, `same_dimension`); None for a figure of no dimension, which restates nothing."""
    dimension = ctx.dimension(index)
    if dimension is None:
        return None
    return change, dimension, (ctx.mentions[index].unit or "") if dimension.startswith("unit:") else None


def _elsewhere_in_row(ctx: Context, j: int, row: Row) -> bool:
    """The figure's value is in another cell of the row: it is that cell's, whatever period the
    text was read to be of ("compared with September 2018 (€186.5 bn)")."""
    mine = ctx.quantities[j]
    return any(
        mine is not None
        and (other := ctx.quantities[cell]) is not None
        and same_dimension(ctx, [j, cell])
        and mine.interval.overlaps(other.interval)
        for cell in row.cells.values()
    )


def _said(ctx: Context, j: int) -> set[str]:
    """The words naming a figure: its clause's, or its sentence's up to it when the clause has none
    ("Intra-euroarea trade rose to €163.4 bn in September 2019, up by 0.9%")."""
    head = ctx.mentions[j].head
    if not words(head):
        before = ctx.paragraph_text(j)[: ctx.mentions[j].start]
        head = re.split(r"(?<=[a-z0-9%)])\.\s+(?=[A-Z])", before)[-1]
    mention = ctx.mentions[j]
    own = ctx.paragraph_text(j)[mention.value_start : mention.end]  # "a €18.7 bn surplus": the noun after it
    noun = re.match(r" ?([A-Za-z][A-Za-z-]+)", ctx.after(j, 30))
    return set(words(head)) | _parts(head) | set(words(own)) | (set(words(noun.group(1))) if noun else set())


_UNADJUSTED = re.compile(r"(?i)\b(?:non|not)[- ]seasonally adjusted|\bunadjusted\b")


def _restates(
    ctx: Context, j: int, said: set[str], table: Table, row: Row, c: int, cell: int, period: bool = True
) -> bool | None:
    """None when the cell cannot be the figure; else whether their values are equal (at the less
    precise one's rounding). A candidate names the row, is of the figure's kind (a change in a
    change column), unit and period, sign, within half its value, and of the same seasonal adjustment."""
    column = table.columns[c]
    mention, other = ctx.mentions[j], ctx.mentions[cell]
    change = ctx.dimension(j) == "percent"
    if change != column.change or not same_dimension(ctx, [j, cell]):
        return None
    if (mention.unit or "") != (other.unit or "") and ctx.dimension(j) != "percent":
        return None
    if period and mention.period and mention.period != column.period:
        return None
    a, b = ctx.midpoint(j), ctx.midpoint(cell)
    if a is None or b is None or (a < 0) != (b < 0) or abs(a - b) > 0.5 * max(abs(a), abs(b)):
        return None
    if _adjustment(ctx.paragraph_text(j)) * _adjustment(" ".join(table.caption)) < 0:
        return None  # the text speaks of seasonally adjusted figures, the table of unadjusted ones
    if not _names_row(said, table, row):
        return None
    first, second = ctx.quantities[j], ctx.quantities[cell]
    return first is not None and second is not None and first.interval.overlaps(second.interval)


@lru_cache(maxsize=1024)  # asked for every figure and cell pair: the same paragraphs and captions
def _adjustment(text: str) -> int:
    """-1 for unadjusted figures, 1 for seasonally adjusted ones, 0 when the text does not say."""
    if _UNADJUSTED.search(text):
        return -1
    return 1 if re.search(r"(?i)seasonally adjusted", text) else 0


def _names_row(said: frozenset[str] | set[str], table: Table, row: Row) -> bool:
    """The text's words name the row: a word of its label no other row has; the total row, every
    word of the table's title."""
    if row is table.rows[0] and _TOTAL.search(row.label):
        title = next((words(line) for line in reversed(table.caption) if _plain_title(line)), frozenset())
        return bool(title) and title <= said
    return bool(_own_words(table, row) & said)


def _own_words(table: Table, row: Row) -> frozenset[str]:
    """The words of the row's label no other row of its table has, with their other names; kept on
    the row, asked for every figure and cell pair."""
    if row.own_words is None:
        others: set[str] = set()
        for other in table.rows:
            if other is not row:
                others |= _label_words(other.label)
        own = set(_label_words(row.label) - others - _GENERIC)
        for word in list(own):
            own |= _ALSO.get(word, set())
        row.own_words = frozenset(own)
    return row.own_words


#: Words that name a row in other words: a trade balance is a surplus or a deficit.
_ALSO = {"balance": set(words("surplus deficit"))}


def _plain_title(line: str) -> bool:
    """A title of words only ("CONSUMER PRICE INDEX"), not a unit line ("Index % Change") or a base."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z ,&'’-]{3,80}", line.strip())) and len(words(line)) >= 2


@lru_cache(maxsize=4096)  # every row's label is read again for each figure the row might restate
def _label_words(label: str) -> frozenset[str]:
    return words(label) | _parts(label)


def _parts(text: str) -> set[str]:
    """The parts of hyphenated words ("Intra-EA19" → intra, ea19), lower case."""
    return {part.lower() for word in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", text) for part in word.split("-")}
