"""English tables flattened to text: which column each figure of a row stands in, and what the
column header says the column is (a level of a period, or the change between two periods).

The header and the rows are read as `factcheck extract` reads them (`grammar.flatheader`,
`grammar.flatcolumns`): a header line of periods ("Flows Sep 18 Sep 19 Growth Jan-Sep 18 Jan-Sep 19
Growth") or a header row of cells ("Flows | Sep 18 | Sep 19 | Growth (%)"), and under it each row as a
label and its figures, matched with the columns from the right. A table's rows end at a line that is
no row, but for a sub-heading over more rows ("Electronic Products"); a units line may stand between
the header and the first row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.infer.base import Context
from factcheck.grammar.flatcolumns import read_row, writes_spaced_thousands
from factcheck.grammar.flatheader import Column, header_cells, header_columns


@dataclass
class Row:
    paragraph: int
    label: str
    cells: dict[int, int] = field(default_factory=dict)  # column (of Table.columns; <0: unheaded) → mention
    own_words: frozenset[str] | None = field(default=None, compare=False, repr=False)  # columns._own_words


@dataclass
class Table:
    header: int  # paragraph of the header line
    columns: tuple[Column, ...]
    rows: list[Row]
    caption: list[str]  # the title lines above the header, top to bottom
    breaks: list[int] = field(default_factory=list)  # paragraphs of sub-headings between rows


def tables(ctx: Context) -> list[Table]:
    """The flattened tables of an English document, with each cell's mention."""
    if "flat_tables" in ctx.memo:
        return ctx.memo["flat_tables"]
    found: list[Table] = []
    paragraphs = ctx.document.paragraphs
    current: Table | None = None
    spaced = writes_spaced_thousands(ctx.document.text)
    for paragraph in paragraphs:
        columns = header_columns(paragraph.text) or header_cells(paragraph.text)
        if columns:
            above = [p.text for p in paragraphs[max(0, paragraph.number - 5) : paragraph.number - 1]]
            current = Table(paragraph.number, columns, [], [a for a in above if _title(a)])
            found.append(current)
            continue
        if current is None:
            continue
        read = read_row(paragraph.text, current.columns, spaced)
        if read is None:
            following = paragraphs[paragraph.number] if paragraph.number < len(paragraphs) else None
            if current.rows and following is not None and _subheading(paragraph.text):
                if read_row(following.text, current.columns, spaced) is not None:
                    current.breaks.append(paragraph.number)  # "Electronic Products" over the next rows
                    continue
            if current.rows or paragraph.number - current.header > 2:
                current = None  # the rows ended (a unit line may stand between header and rows)
            continue
        row = Row(paragraph.number, read.label)
        for cell, column in read.cells:
            j = _mention_at(ctx, paragraph.number, cell.start, cell.text)
            if j is not None:
                row.cells[column] = j
        current.rows.append(row)
    ctx.memo["flat_tables"] = found
    return found


def _subheading(text: str) -> bool:
    return len(text) <= 60 and bool(re.fullmatch(r"[A-Za-z][A-Za-z ,&'’()/-]*", text.strip()))


def _title(text: str) -> bool:
    return len(text) <= 120 and not re.search(r"[.!?]\s|[.!?]$", text)


def _mention_at(ctx: Context, paragraph: int, start: int, cell: str) -> int | None:
    """The mention read at the cell: its digits (a decimal comma, "96,47", is drafted 96.47)."""
    digits = re.sub(r"\D", "", cell)
    if not digits:
        return None
    for j in ctx.by_paragraph.get(paragraph, []):
        mention = ctx.mentions[j]
        if mention.value_start in (start, start + len(cell) - len(cell.lstrip("+-−–( "))):  # "-4.6", "(0.2)"
            if re.sub(r"\D", "", mention.value) == digits and ctx.statistic(j):
                return j
    return None
