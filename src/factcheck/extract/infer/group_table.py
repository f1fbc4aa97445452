"""An English table under a header of two rows, a row of groups over its columns (`grammar.groupheader`:
"Arrivals | Nights" over "2008 | 2009 | Indices | 2008 | 2009 | Indices | Structure of nights (%) |
Average number of nights by arrival"): what its layout states.

- a total row ("Total") over rows whose labels are a complete set of classes ("Domestic tourists" and
  "Foreign tourists"; male and female, men and women, urban and rural): each cell of the total row
  is the `sum` of the cells under it, in a column of levels or of a structure (the parts' shares add
  up to the total's 100); never in a column of indices or averages, which do not add up;
- a structure column ("Structure of nights (%)", "Share of nights (%)"): each part's cell is the `share`
  of its row's nights in the total row's nights, of the column's period;
- an average column ("Average number of nights by arrival", "… per arrival"): each row's cell is its
  nights over its arrivals (`formula`), of the column's period.
- a growth rate of the text compared with the period of one of the table's columns ("the number of
  foreign tourist nights increased by 5.0%, as compared to August 2008"): the `growth` from that
  column's cell to the cell of the rate's period, in the row the words name (a part's first word,
  "foreign"; none: the total row) and the group they name (nights; "arrivals as well as … nights": each).

The values are never consulted: a wrong cell must fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.infer.base import Context, Relation, same_dimension, words
from factcheck.grammar.groupheader import GroupedHeader, grouped_header
from factcheck.grammar.tables import cells

ID = "group-table"

_TOTAL = re.compile(r"(?i)\s*(?:total|all)\s*")
#: Complete sets of classes, by the first word of a row's label.
_SETS = ({"domestic", "foreign"}, {"male", "female"}, {"men", "women"}, {"urban", "rural"})
_STRUCTURE = re.compile(r"(?i)^(?:structure|share) of ([a-z]+(?: [a-z]+)?)\s*\(\s*%\s*\)$")
_AVERAGE = re.compile(r"(?i)^average (?:number of )?([a-z]+) (?:by|per) ([a-z]+)$")


@dataclass
class _Row:
    label: str
    cells: dict[int, int]  # column (0 = the first after the label) → mention index


def infer(ctx: Context) -> Iterator[Relation]:
    if not ctx.english:
        return
    for header, rows in _tables(ctx):
        if len(rows) < 3 or not _TOTAL.fullmatch(rows[0].label) or not _a_set(rows[1:]):
            continue
        total, parts = rows[0], rows[1:]
        for column, name in enumerate(header.names):
            unit = header.units[column]
            if unit is None or unit.unit == "index" or _AVERAGE.match(name):
                continue
            if unit.unit == "%" and not _STRUCTURE.match(name):
                continue
            whole, operands = total.cells.get(column), [row.cells.get(column) for row in parts]
            if whole is None or None in operands or not same_dimension(ctx, [whole, *operands]):
                continue
            refs = [ctx.ref(j) for j in operands if j is not None]
            yield Relation(whole, {"sum": refs}, 0.8, f"{ID}: the rows of a complete set add up to the total row")
        for column, name in enumerate(header.names):
            yield from _shares(ctx, header, column, name, total, parts)
            yield from _averages(ctx, header, column, name, rows)
        yield from _text_growths(ctx, header, total, parts)


def _text_growths(ctx: Context, header: GroupedHeader, total: _Row, parts: list[_Row]) -> Iterator[Relation]:
    first_paragraph = min(ctx.mentions[j].paragraph for j in total.cells.values())
    nouns = {
        unit.unit
        for unit, name in zip(header.units, header.names, strict=True)
        if unit is not None and unit.unit not in ("index", "%") and not _AVERAGE.match(name)
    }
    for i, mention in enumerate(ctx.mentions):
        if mention.paragraph >= first_paragraph or mention.type != "growth" or ctx.dimension(i) != "percent":
            continue
        said = words(_clause_before(ctx, i))
        named = [row for row in parts if row.label.split()[0].lower() in said]
        if len(named) > 1:
            continue
        row = named[0] if named else total
        for noun in sorted(n for n in nouns if words(n) <= said):
            to = _level_of(ctx, header, row, noun, mention.period)
            earlier = [
                j for j in _levels(ctx, header, row, noun) if ctx.mentions[j].period not in (None, mention.period)
            ]
            if to is None or len(earlier) != 1 or str(ctx.mentions[earlier[0]].period)[:4] not in _rest(ctx, i):
                continue
            check = {"growth": {"from": ctx.ref(earlier[0]), "to": ctx.ref(to)}}
            yield Relation(i, check, 0.6, f"{ID}: the text's rate is the growth between two columns of the row")


def _clause_before(ctx: Context, i: int) -> str:
    """The words before the figure back to the figure before it in its sentence, or the sentence's start."""
    text = ctx.paragraph_text(i)
    start = max(text.rfind(". ", 0, ctx.mentions[i].start) + 1, 0)
    earlier = [ctx.mentions[j].end for j in ctx.in_sentence(i) if ctx.mentions[j].end <= ctx.mentions[i].start]
    return text[max([start, *earlier]) : ctx.mentions[i].start]


def _rest(ctx: Context, i: int) -> str:
    """The sentence after the figure, where it names the period compared with ("as compared to August 2008")."""
    text = ctx.paragraph_text(i)
    end = text.find(". ", ctx.mentions[i].end)
    return text[ctx.mentions[i].end : end if end >= 0 else len(text)]


def _levels(ctx: Context, header: GroupedHeader, row: _Row, noun: str) -> list[int]:
    names = header.names
    return [
        j
        for column, j in row.cells.items()
        if (unit := header.units[column]) is not None
        and unit.unit == noun
        and not (_AVERAGE.match(names[column]) or _STRUCTURE.match(names[column]))
    ]


def _level_of(ctx: Context, header: GroupedHeader, row: _Row, noun: str, period: str | None) -> int | None:
    found = [j for j in _levels(ctx, header, row, noun) if ctx.mentions[j].period == period]
    return found[0] if len(found) == 1 else None


def _shares(
    ctx: Context, header: GroupedHeader, column: int, name: str, total: _Row, parts: list[_Row]
) -> Iterator[Relation]:
    structure = _STRUCTURE.match(name)
    if structure is None:
        return
    for row in parts:
        share = row.cells.get(column)
        of = _column_of(ctx, header, row, structure.group(1), share)
        if share is None or of is None or total.cells.get(of) is None:
            continue
        check = {"share": {"part": ctx.ref(row.cells[of]), "whole": ctx.ref(total.cells[of])}}
        yield Relation(share, check, 0.8, f"{ID}: a structure column: the row's part of the total row's")


def _averages(ctx: Context, header: GroupedHeader, column: int, name: str, rows: list[_Row]) -> Iterator[Relation]:
    average = _AVERAGE.match(name)
    if average is None:
        return
    for row in rows:
        cell = row.cells.get(column)
        counted = _column_of(ctx, header, row, average.group(1), cell)
        per = _column_of(ctx, header, row, average.group(2), cell)
        if cell is None or counted is None or per is None:
            continue
        check = {"formula": f"{{{ctx.ref(row.cells[counted])}}} / {{{ctx.ref(row.cells[per])}}}"}
        fields = {"per": ctx.mentions[row.cells[per]].unit}  # 6.1 nights per arrival
        why = f"{ID}: an average column: the row's count over its count of units"
        yield Relation(cell, check, 0.8, why, fields=fields)


def _column_of(ctx: Context, header: GroupedHeader, row: _Row, noun: str, cell: int | None) -> int | None:
    """The one column of levels of the row that counts `noun` ("nights"; "arrival" for arrivals), of
    the period of `cell`."""
    if cell is None:
        return None
    noun = noun.lower()
    found = [
        column
        for column, j in row.cells.items()
        if (unit := header.units[column]) is not None
        and unit.unit in (noun, f"{noun}s")
        and not _AVERAGE.match(header.names[column])
        and ctx.mentions[j].period == ctx.mentions[cell].period
    ]
    return found[0] if len(found) == 1 else None


def _a_set(rows: list[_Row]) -> bool:
    firsts = {row.label.split()[0].lower() for row in rows if row.label}
    return len(firsts) == len(rows) and firsts in _SETS


def _tables(ctx: Context) -> Iterator[tuple[GroupedHeader, list[_Row]]]:
    """Each table under a grouped header: the header and its rows, each cell in its column."""
    paragraphs = ctx.document.paragraphs
    for k in range(2, len(paragraphs)):
        if paragraphs[k].number not in ctx.by_paragraph or paragraphs[k - 1].number in ctx.by_paragraph:
            continue
        header = grouped_header(paragraphs[k - 2].text, paragraphs[k - 1].text)
        if header is None:
            continue
        rows: list[_Row] = []
        for paragraph in paragraphs[k:]:
            row = _row(ctx, paragraph.number, paragraph.text, len(header.units))
            if row is None:
                break
            rows.append(row)
        yield header, rows


def _row(ctx: Context, number: int, text: str, width: int) -> _Row | None:
    """A row of the table: its label and the column of each statistic that is a whole cell."""
    found = cells(text)
    if number not in ctx.by_paragraph or len(found) != width + 1:
        return None
    columns: dict[int, int] = {}
    for j in ctx.by_paragraph[number]:
        at = next((c for c, cell in enumerate(found) if cell.start <= ctx.mentions[j].start < cell.end), 0)
        if at and ctx.statistic(j):
            columns[at - 1] = j
    return _Row(found[0].text, columns)
