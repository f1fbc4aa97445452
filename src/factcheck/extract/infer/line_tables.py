"""Whole tables flattened onto one line (`grammar.linetable`), read as the tables of `flat_tables`:
each row a label and its cells' mentions, each column a level or a change of its period, so that
`columns` infers what they state (a balance row is the exports row less the imports row; a growth
column between two level columns of the row, when the period headings name both).
"""

from __future__ import annotations

import re

from factcheck.extract.infer.base import Context
from factcheck.extract.infer.flat_tables import Row, Table
from factcheck.grammar.linetable import line_tables as line_tables_of


def line_tables(ctx: Context) -> list[Table]:
    """The one-line tables of an English document, with each cell's mention."""
    if "line_tables" in ctx.memo:
        return ctx.memo["line_tables"]
    found: list[Table] = []
    for paragraph, table in ((p, t) for p in ctx.document.paragraphs for t in line_tables_of(p.text)):
        rows = []
        for line_row in table.rows:
            row = Row(paragraph.number, line_row.label.text)
            for c, cell in enumerate(line_row.cells):
                j = mention_at(ctx, paragraph.number, cell.start, cell.text)
                if j is not None:
                    row.cells[c] = j
            rows.append(row)
        found.append(Table(paragraph.number, table.columns, rows, []))
    ctx.memo["line_tables"] = found
    return found


def mention_at(ctx: Context, paragraph: int, start: int, cell: str) -> int | None:
    digits = re.sub(r"[^\d.]", "", cell)
    for j in ctx.by_paragraph.get(paragraph, []):
        mention = ctx.mentions[j]
        if mention.value_start == start or (mention.value_start == start + 1 and cell[0] in "+-−"):
            if re.sub(r"[^\d.]", "", mention.value) == digits and ctx.statistic(j):
                return j
    return None
