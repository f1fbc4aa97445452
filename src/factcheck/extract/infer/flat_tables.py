"""English tables flattened to text: which column each figure of a row stands in, and what the
column header says the column is (a level of a period, or the change between two periods).

A release copied as text keeps a table's column header as one line ("March 2011 February 2012r
March 2012p February to March 2012 March 2011 to March 2012", "Group Aug 96 Jul 97 Aug 97 Aug 97/
Aug 96 Aug 97/ Jul 97", "Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19 Growth") and each row under
it as a label and its figures ("Canada 46,889 48,741 49,657 1.9 5.9"). A header column is:

- a period (March 2011, Aug 96, Jan-Sep 19, 2012, Q1 2023): the level of that period;
- a change between two periods, named by both ("February to March 2012", "Aug 97/ Aug 96");
- a bare "Growth", "% change" or "Change": the change between the two period columns just before
  it (and no other column since the last change column), the earlier to the later.

A row's figures are read against the header's columns, matched from the right: space-grouped
thousands ("1 692.3") are one figure only when that reading gives the header's number of columns;
a row with as many figures as period columns fills those; one with more has unheaded columns on
the left (a weight). "-" is an empty cell. A header with anything else in it is no header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.infer.base import Context
from factcheck.grammar.tables import cells

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_YEAR = r"(?:(?:19|20)\d\d|'?\d\d)"
_MARK = r"(?:[pr]|\*+|\s?\([pr]\))?"
_PERIOD = rf"(?:(?P<{{0}}m1>{_MONTH})[-–](?P<{{0}}m2>{_MONTH})\s?(?P<{{0}}ry>{_YEAR})|(?P<{{0}}m>{_MONTH})\s?(?P<{{0}}y>{_YEAR})|(?P<{{0}}q>Q[1-4])\s?(?P<{{0}}qy>(?:19|20)\d\d)|(?P<{{0}}a>(?:19|20)\d\d))"  # noqa: E501
_END = r"(?=\s|$)"
#: "February to March 2012", "March 2011 to March 2012": the change from the first to the second.
_FROM_TO = re.compile(
    rf"(?i)(?:(?P<lone>{_MONTH})|{_PERIOD.format('f')}){_MARK}\s+to\s+{_PERIOD.format('t')}{_MARK}{_END}"
)
#: "Aug 97/ Aug 96": the change to the first from the second.
_OVER = re.compile(rf"(?i){_PERIOD.format('t')}{_MARK}\s?/\s?{_PERIOD.format('f')}{_MARK}{_END}")
_LEVEL = re.compile(rf"(?i){_PERIOD.format('t')}{_MARK}{_END}")
_CHANGE_WORD = re.compile(
    r"(?i)(?:%\s?|per\s?cent\s|percent\s)?(?:change|growth|chg\.?)\d?(?:\s?\((?:%|per\s?cent)\))?(?=\s|$)"
)
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z&/,'’()-]*(?=\s|$)")
_CELL = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-–—]|\.\.|x|n\.a\.")


@dataclass(frozen=True)
class Column:
    kind: str  # "level" or "change"
    period: str = ""  # a level's period; a change's later period
    base: str = ""  # a change's earlier period
    heading: str = ""


@dataclass
class Row:
    paragraph: int
    label: str
    cells: dict[int, int] = field(default_factory=dict)  # column (of Table.columns; <0: unheaded) → mention


@dataclass
class Table:
    header: int  # paragraph of the header line
    columns: list[Column]
    rows: list[Row]
    caption: list[str]  # the title lines above the header, top to bottom
    breaks: list[int] = field(default_factory=list)  # paragraphs of sub-headings between rows


def header_columns(line: str, least: int = 2) -> list[Column] | None:
    """The columns of a header line, left to right; None for a line that is not one. A line of
    cells ("Flows | Sep 18 | Sep 19 | Growth") has one column a cell after its label cell."""
    text = line.strip()
    if "|" in text:
        return _pipe_header(text)
    if not text or len(text) > 200 or text.endswith("."):
        return None
    position, columns = 0, []
    while position < len(text):
        for pattern, kind in ((_FROM_TO, "from-to"), (_OVER, "over"), (_LEVEL, "level")):
            match = pattern.match(text, position)
            if match is not None:
                column = _column(match, kind)
                if column is None:
                    return None
                columns.append(column)
                break
        else:
            match = _CHANGE_WORD.match(text, position)
            if match is not None:
                columns.append(Column("change", heading=match.group()))
            else:
                match = _LABEL_WORD.match(text, position)
                if match is None or columns:
                    return None  # a word after the first column: a sentence, not a header
        position = match.end()
        while position < len(text) and text[position].isspace():
            position += 1
    if len(columns) < least or (least > 1 and not any(c.kind == "level" for c in columns)):
        return None
    return _resolve(columns)


def _pipe_header(text: str) -> list[Column] | None:
    row = [cell.text for cell in cells(text)]
    if len(row) < 3 or (row[0] and _CELL.fullmatch(row[0])):
        return None
    columns = []
    for cell in row[1:]:
        one = header_columns(cell, 1) if cell else None
        if one is None or len(one) != 1:
            single = _CHANGE_WORD.fullmatch(cell)
            if single is None:
                return None
            one = [Column("change", heading=cell)]
        columns.extend(one)
    return _resolve(columns) if any(c.kind == "level" for c in columns) else None


def _column(match: re.Match[str], kind: str) -> Column | None:
    group = match.groupdict()
    later = _period(group, "t")
    if later is None:
        return None
    if kind == "level":
        return Column("level", later, heading=match.group())
    if group.get("lone"):  # "February to March 2012": the month in the later one's year
        year = int(later[:4])
        month = _MONTHS.index(group["lone"][:3].lower()) + 1
        earlier = f"{year if month < int(later[5:7] or 13) else year - 1}-{month:02d}" if len(later) == 7 else None
    else:
        earlier = _period(group, "f")
    if earlier is None or not _comparable(earlier, later) or earlier >= later:
        return None
    return Column("change", later, earlier, match.group())


def _period(group: dict[str, str | None], prefix: str) -> str | None:
    def year(text: str | None) -> int:
        digits = (text or "").lstrip("'")
        return int(digits) if len(digits) == 4 else (2000 + int(digits) if int(digits) < 50 else 1900 + int(digits))

    if group.get(f"{prefix}m1"):
        first, last = (_MONTHS.index(group[f"{prefix}{k}"][:3].lower()) + 1 for k in ("m1", "m2"))  # type: ignore[index]
        y = year(group[f"{prefix}ry"])
        return f"{y}-{first:02d}/{y}-{last:02d}" if first < last else None
    if group.get(f"{prefix}m"):
        return f"{year(group[f'{prefix}y'])}-{_MONTHS.index(group[f'{prefix}m'][:3].lower()) + 1:02d}"  # type: ignore[index]
    if group.get(f"{prefix}q"):
        return f"{group[f'{prefix}qy']}-{group[f'{prefix}q'].upper()}"  # type: ignore[union-attr]
    return group.get(f"{prefix}a")


def _comparable(a: str, b: str) -> bool:
    """Two periods of one kind (two months, two year-to-date spans, two years, two quarters)."""
    return len(a) == len(b) and ("/" in a) == ("/" in b) and ("Q" in a) == ("Q" in b)


def _resolve(columns: list[Column]) -> list[Column]:
    """A bare "Growth" column: the change between the two period columns just before it."""
    out: list[Column] = []
    since: list[Column] = []
    for column in columns:
        if column.kind == "change" and not column.period:
            levels = [c for c in since if c.kind == "level"]
            if len(since) == 2 and len(levels) == 2 and _comparable(levels[0].period, levels[1].period):
                early, late = sorted((levels[0].period, levels[1].period))
                column = Column("change", late, early, column.heading) if early < late else column
        out.append(column)
        since = [] if column.kind == "change" else [*since, column]
    return out


def row_cells(line: str, columns: list[Column]) -> tuple[str, list[tuple[int, str]], int | None] | None:
    """(label, [(start, cell)], the column of the first cell, None when the cells fill the period
    columns only) of a row read against a header's `columns`; None for a line that is no row of it."""
    text = line.rstrip()
    if "|" in text:
        return _pipe_row(text, columns)
    if len(text) > 200 or text.endswith("."):
        return None
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    cut = len(tokens)
    while cut > 0 and _CELL.fullmatch(tokens[cut - 1][1]):
        cut -= 1
    label, figures = " ".join(t for _, t in tokens[:cut]), tokens[cut:]
    if not re.search(r"[A-Za-z]{2}", label) or not figures:
        return None
    readings = _readings(figures)
    exact = [r for r in readings if len(r) == len(columns) and (len(readings) == 1 or _plausible(r, columns))]
    if len(exact) == 1:
        return label, exact[0], 0
    if exact:
        return None  # two ways to read the spaces: which figures are cells cannot be told
    if len(figures) > len(columns) and _plausible(figures[len(figures) - len(columns) :], columns):
        return label, figures, len(columns) - len(figures)  # unheaded columns on the left (a weight)
    levels = [c for c in columns if c.kind == "level"]
    fitting = [r for r in readings if len(r) == len(levels) and _plausible(r, levels)]
    if len(fitting) == 1 and len(levels) < len(columns):
        return label, fitting[0], None  # the period columns only (a balance has no growth)
    return None


def _pipe_row(text: str, columns: list[Column]) -> tuple[str, list[tuple[int, str]], int | None] | None:
    """A row of cells: its label cell and the others, matched with the columns from the right."""
    row = cells(text)
    if len(row) < 2 or not re.search(r"[A-Za-z]{2}", row[0].text) or len(row) - 1 > len(columns):
        return None
    figures = [(cell.start, cell.text) for cell in row[1:]]
    if not all(_CELL.fullmatch(t) or not t for _, t in figures):
        return None
    if len(figures) == len(columns):
        return row[0].text, figures, 0
    levels = [c.kind for c in columns[: len(figures)]]
    if levels.count("level") == len(figures) == sum(1 for c in columns if c.kind == "level"):
        return row[0].text, figures, 0  # the empty cells after the periods' were left out (a balance)
    return None  # which cells were left out cannot be told


def _plausible(cells: list[tuple[int, str]], columns: list[Column]) -> bool:
    """Levels of periods of one kind within a factor of 5 of each other: "30 109.2" read as one
    figure beside 110.9 is a weight and an index, not thirty thousand."""
    values: dict[int, list[float]] = {}
    for (_, cell), column in zip(cells, columns, strict=True):
        number = re.sub(r"[^\d.]", "", cell)
        if column.kind == "level" and number and number != ".":
            values.setdefault(len(column.period) * 10 + ("/" in column.period), []).append(float(number))
    for group in values.values():
        positive = [v for v in group if v > 0]
        if positive and max(positive) > 5 * min(positive):
            return False
    return True


def _readings(figures: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Every reading of the figures: each "1" before "692.3" may be a group of thousands."""
    results: list[list[tuple[int, str]]] = []

    def walk(k: int, so_far: list[tuple[int, str]]) -> None:
        if len(results) > 8:
            return
        if k == len(figures):
            results.append(so_far)
            return
        start, token = figures[k]
        walk(k + 1, [*so_far, (start, token)])
        if (
            k + 1 < len(figures)
            and re.fullmatch(r"[-+−]?\d{1,3}", token)
            and re.fullmatch(r"\d{3}(?:\.\d+)?%?", figures[k + 1][1])
            and figures[k + 1][0] == start + len(token) + 1
        ):
            walk(k + 2, [*so_far, (start, f"{token}{figures[k + 1][1]}")])

    walk(0, [])
    return results


def tables(ctx: Context) -> list[Table]:
    """The flattened tables of an English document, with each cell's mention."""
    if "flat_tables" in ctx.memo:
        return ctx.memo["flat_tables"]
    found: list[Table] = []
    paragraphs = ctx.document.paragraphs
    current: Table | None = None
    for paragraph in paragraphs:
        columns = header_columns(paragraph.text)
        if columns is not None:
            above = [p.text for p in paragraphs[max(0, paragraph.number - 5) : paragraph.number - 1]]
            current = Table(paragraph.number, columns, [], [a for a in above if _title(a)])
            found.append(current)
            continue
        if current is None:
            continue
        read = row_cells(paragraph.text, current.columns)
        if read is None:
            following = paragraphs[paragraph.number] if paragraph.number < len(paragraphs) else None
            if current.rows and following is not None and _subheading(paragraph.text):
                if row_cells(following.text, current.columns) is not None:
                    current.breaks.append(paragraph.number)  # "Electronic Products" over the next rows
                    continue
            if current.rows or paragraph.number - current.header > 2:
                current = None  # the rows ended (a unit line may stand between header and rows)
            continue
        label, cells, first = read
        row = Row(paragraph.number, label)
        targets = _targets(current.columns, len(cells), first)
        for (start, cell), column in zip(cells, targets, strict=True):
            j = _mention_at(ctx, paragraph.number, start, cell)
            if j is not None:
                row.cells[column] = j
        current.rows.append(row)
    ctx.memo["flat_tables"] = found
    return found


def _targets(columns: list[Column], count: int, first: int | None) -> list[int]:
    if first is None:
        return [k for k, c in enumerate(columns) if c.kind == "level"]
    return list(range(first, first + count))


def _subheading(text: str) -> bool:
    return len(text) <= 60 and bool(re.fullmatch(r"[A-Za-z][A-Za-z ,&'’()/-]*", text.strip()))


def _title(text: str) -> bool:
    return len(text) <= 120 and not re.search(r"[.!?]\s|[.!?]$", text)


def _mention_at(ctx: Context, paragraph: int, start: int, cell: str) -> int | None:
    digits = re.sub(r"[^\d.]", "", cell)
    if not digits:
        return None
    for j in ctx.by_paragraph.get(paragraph, []):
        mention = ctx.mentions[j]
        if mention.value_start == start or (mention.value_start == start + 1 and cell[0] in "+-−"):
            if re.sub(r"[^\d.]", "", mention.value) == digits and ctx.statistic(j):
                return j
    return None
