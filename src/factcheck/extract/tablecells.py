"""Cells of a table drafted with the unit of their column header or row label (`grammar.tables`).

A number alone in a cell under "绝对数(万人)" is 3856万 人, under "比上年增长(%)" a percent. Its quote
runs from the header row to the cell's row, so that the citation check finds both the number and
the header that gives its scale (it reads tables the same way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.gluedcells import Mention, apply_flat_table, apply_glued_row
from factcheck.extract.headercarry import carry
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.timing import Reference, find_periods
from factcheck.extract.unitperiods import unit_header_period, unit_header_periods
from factcheck.grammar.flatheader import cell_period, header_columns
from factcheck.grammar.flattables import english_caption_unit, english_unit, flat_row_figures
from factcheck.grammar.gluedrows import glued_header_unit
from factcheck.grammar.groupheader import grouped_header
from factcheck.grammar.headerunit import is_rate_row
from factcheck.grammar.monthcolumns import carries, month_columns, month_periods
from factcheck.grammar.namedmonthheader import named_month_periods
from factcheck.grammar.signedcells import bare_figure
from factcheck.grammar.spanheader import duration_cells, spanned_header, unit_period_header
from factcheck.grammar.tables import (
    ROW_UNIT,
    UNIT_COLUMN,
    ColumnUnit,
    caption_unit,
    caption_units,
    cell_unit,
    cells,
    header_units,
    spaced_cell_units,
    spaced_header_units,
    spaced_row_figures,
    with_table_unit,
)


@dataclass(frozen=True)
class Header:
    units: list[ColumnUnit | None]
    start: int  # offset of the header row in the document's text
    quote_from: int  # where a cell's quote starts: the header row, or the title that states the unit
    periods: tuple[str, ...] = ()  # the columns' periods, from a header row of periods above (| 10月 | 1-10月 |)
    margins: frozenset[int] = frozenset()  # columns of margins of error ("(±95%)"), counted from the right
    change: ColumnUnit | None = None  # "(2015=100, %)" over the header: the unit of its rows of change
    carried: ColumnUnit | None = None  # the last row label's unit ("工业总产值(亿元)"), over the rows under it
    table_unit: ColumnUnit | None = None  # "单位:%" above the header: every column's, those it names not too
    unit_periods: tuple[str, ...] = ()  # the months a header naming units names too ("| DEC 2019 | % change |")


def next_header(
    text: str,
    start: int,
    current: Header | None,
    before: tuple[str, int] | None = None,
    reference: Reference | None = None,
) -> Header | None:
    """The header in force for the paragraph `text` (at `start`): its own when it is a header row,
    the current one while rows follow, none after a paragraph that is not a row. `before` is the
    paragraph before (text, start): a title or unit line stating the unit of every column; a row of
    periods (read in `reference`'s year) gives the header after it its columns' periods."""
    grouped = grouped_header(before[0], text) if before is not None else None
    if grouped is not None and before is not None:  # "Arrivals | Nights" over "2008 | 2009 | Indices | …"
        return Header(grouped.units, start, before[1], grouped.periods)
    spanned = spanned_header(before[0], text) if before is not None else None
    if spanned is not None and before is not None:  # "Weight | % change" over "percent | 1 month | 12 months"
        return Header(spanned.units, start, before[1], spanned.periods)
    scaled = unit_period_header(text)  # "Accounts | Dollars-million | A | 2024 | 2023": each cell in dollars
    if scaled is not None:
        return Header([None] + [scaled[0]] * len(scaled[1]), start, start, scaled[1])
    caption = caption_unit(before[0]) if before is not None else None
    units = header_units(text, caption)
    if units is not None:
        stated = caption is not None and units != header_units(text)
        periods = current.periods if current is not None and not any(current.units) else ()
        periods = periods or this_month_columns(text, reference) or _month_header(text, reference)
        quote_from = before[1] if stated and before is not None else start
        table_unit = caption if stated and UNIT_COLUMN not in units else None
        own = () if periods else unit_header_periods(text)
        return Header(units, start, quote_from, periods, table_unit=table_unit, unit_periods=own)
    margins = _margin_columns(text)
    if margins:
        return Header([], start, start, (), margins)
    periods = column_periods(text, reference) or _month_header(text, reference) or _named_months(text, reference)
    if periods:
        change = before is not None and _INDEX_AND_PERCENT.fullmatch(before[0].strip())
        return Header(
            [], start, before[1] if change and before else start, periods, change=_PERCENT if change else None
        )
    if current is not None and before is not None and before[1] != current.start and _names_columns(text):
        return None  # "X-axis label | CPI | HICP" after the rows: a new table's header, naming no unit
    if current is not None and cells(text):
        return carry(current, text)  # a row label's unit, a unit spanning a row of names
    return current if _group_row(text) else None


def _month_header(text: str, reference: Reference | None) -> tuple[str, ...]:
    """The periods of a header row of bare months ("| 11 | 增长(%) | 1-11 |"), in the release's year."""
    names = [cell.text for cell in cells(text)]
    return month_periods(names, reference.year, reference.month) if reference is not None else ()


def _named_months(text: str, reference: Reference | None) -> tuple[str, ...]:
    """The periods of a header row naming months without a year ("| 2009 | Nov | Dec | Jan |")."""
    year, month = (reference.year, reference.month) if reference is not None else (None, None)
    return named_month_periods(text, year, month)


#: A unit line naming an index base and percent: the index rows have no unit, the rows of change "%".
_INDEX_AND_PERCENT = re.compile(r"\(\s*(?:\d{4}(?:\.\d{1,2})?\s*=\s*100)\s*[,;]\s*(?:%|percent|per cent)\s*\)", re.I)
_CHANGE_ROW = re.compile(
    r"\s*(?:%\s*|percent(?:age)?\s+|per cent\s+)?(?:change|growth|rate of change|inflation)\b", re.I
)
_PERCENT = ColumnUnit("", "%")


def _group_row(text: str) -> bool:
    """A row naming a group of the rows under it, or none ("(Ten Major Group Index) |", "|", 按城乡分 on
    a line of its own): the table goes on."""
    if _GROUP_LINE.fullmatch(text.strip()) and not _NEW_SECTION.match(text):
        return True
    if _CAPITALS_GROUP.fullmatch(text.strip()):
        return True
    return "|" in text and len(text) <= 80 and text.count("|") == 1 and not re.search(r"\d", text)


#: A Chinese table's group row written without cells: 按城乡分, 按性别分, 按年龄段分, 其中:, 在总计中:.
_GROUP_LINE = re.compile(r"按[\u4e00-\u9fff]{1,10}分[:：]?|其中[:：]?|在[\u4e00-\u9fff]{0,6}中[:：]?")


#: An English group row in capitals on a line of its own, between a table's rows: "NATIONAL", "ALL URBAN".
_CAPITALS_GROUP = re.compile(r"[A-Z][A-Z&'-]*(?: [A-Z&'-]+){0,3}")


#: A header cell over a confidence interval's half-width: "(±95%)", "± CI", "Margin of error", "MoE".
_MARGIN = re.compile(r"\(?\s*±|(?:95\s?%\s*)?c\.?i\.?\b|margin of error|moe\b|confidence interval", re.I)


def _margin_columns(text: str) -> frozenset[int]:
    """The columns (counted from the right) of a header row that names margins of error beside
    other columns ("2018 | (±95%) | 2019 | (±95%)"): their cells are no statistics."""
    row = [cell.text for cell in cells(text)]
    while row and not row[-1]:
        row.pop()
    margins = frozenset(len(row) - 1 - i for i, name in enumerate(row) if _MARGIN.match(name))
    named = sum(1 for name in row if name)
    return margins if margins and len(margins) < named and not any(_FIGURE.fullmatch(n) for n in row) else frozenset()


_FIGURE = re.compile(r"[-+−]?\d[\d,]*\.\d+")


def _names_columns(text: str) -> bool:
    """A row of two or more names and no figure: a header row (of a table whose header names no unit)."""
    named = [cell.text for cell in cells(text) if cell.text]
    return len(named) >= 2 and not any(re.search(r"\d", name) for name in named)


_BARE_MONTH = re.compile(r"(\d{1,2})\s?月份?")


def column_periods(text: str, reference: Reference | None) -> tuple[str, ...]:
    """The periods of a header row that names one in every cell ("| 10月 | 1-10月 |"), else ()."""
    row = [cell for cell in cells(text) if cell.text]
    if not row or reference is None:
        return ()
    if len(row) > 2 and not re.search(r"\d", row[0].text) and not _is_period(row[0].text, reference):
        row = row[1:]  # "| Item | 2022 | 2023 |": the label column's header
    periods = []
    for cell in row:
        own = cell_period(cell.text)  # "2022", "Sep 2019p": an English header cell
        if own is not None:
            periods.append(own)
            continue
        month = _BARE_MONTH.fullmatch(cell.text)
        if month and 1 <= int(month.group(1)) <= 12:  # a header cell "10月": the month, in its year
            number = int(month.group(1))
            late = reference.month is not None and number > reference.month
            periods.append(f"{reference.year - 1 if late else reference.year}-{number:02d}")
            continue
        found = find_periods(cell.text, fold_same_length(cell.text), reference.year, reference.month)
        if len(found) != 1 or found[0].end - found[0].start != len(cell.text) or not found[0].period:
            return ()
        periods.append(found[0].period)
    return tuple(periods)


#: A column of the month alone in a release for months to date: 本月, 当月, 本月比上年同月增长(%).
_THIS_MONTH = re.compile(r"^(?:本月|当月)(?!止|累计)")


def this_month_columns(text: str, reference: Reference | None) -> tuple[str, ...]:
    """The periods of a header row's columns in a release for the months to date (2017-01/2017-03):
    the month itself (2017-03) over 本月 / 当月 columns, none (the document's) over 累计 ones."""
    if reference is None or reference.month is None or "/" not in reference.period:
        return ()
    month = f"{reference.year}-{reference.month:02d}"
    row = [re.sub(r"\s", "", cell.text) for cell in cells(text)]
    periods = tuple(month if _THIS_MONTH.match(name) and "累计" not in name else "" for name in row)
    return periods if any(periods) else ()


def _is_period(text: str, reference: Reference) -> bool:
    return bool(
        _BARE_MONTH.fullmatch(text) or find_periods(text, fold_same_length(text), reference.year, reference.month)
    )


def _column_period(periods: tuple[str, ...], row_length: int, index: int) -> str | None:
    """The period over column `index`, matched from the right; the leftmost period spans the columns
    left of it (| 10月 | 1-10月 | over | 环比 | 同比 | 同比 |: 10月, 10月, 1-10月)."""
    if not periods:
        return None
    from_right = row_length - 1 - index
    return periods[-1 - from_right] if from_right < len(periods) else periods[0]


def apply_header(document_text: str, header: Header, start: int, text: str, found: list[Mention]) -> None:
    """Give each bare number of the row `text` (at `start`) its column's unit and scale."""
    row = cells(text)
    if header.start == start:  # the header row: its month columns ("11", "1-11") are no statistics
        months = month_columns([cell.text for cell in row]) if header.periods else None
        spans = [c for c, m in zip(row, months or [], strict=False) if m is not None] + duration_cells(text)
        found[:] = [m for m in found if not any(c.start <= m.value_start < c.end for c in spans)]
        return
    if header.margins:  # the cells under "(±95%)": margins of error, no statistics
        filled = len(row) - next((i for i, cell in enumerate(reversed(row)) if cell.text), len(row))
        margin = [c for i, c in enumerate(row[:filled]) if filled - 1 - i in header.margins]
        found[:] = [m for m in found if not any(c.start <= m.value_start < c.end for c in margin)]
    for mention in found:
        if mention.unit is not None or mention.kind == "label" or mention.type in ("date", "rank"):
            continue
        index = next((i for i, cell in enumerate(row) if cell.start <= mention.value_start < cell.end), None)
        if index is None or _GROUP_SPACE.sub("", bare_figure(row[index].text)).lstrip("+-−") != mention.value.lstrip(
            "+-−"
        ):
            continue  # only a number that is the whole cell ("2 918 771" is written 2918771)
        unit = cell_unit(header.units, row, index)
        # the column's period, else the row's when its label is one ("Dec 2022 | -0.2 | 8.2")
        period = _column_period(header.periods, len(row), index) or unit_header_period(header.unit_periods, row, index)
        period = period or (cell_period(row[0].text) if index else None)
        mention.period = period or mention.period
        if unit is None and index and header.change is not None and _CHANGE_ROW.match(row[0].text):
            unit = header.change  # "Change over the previous year | 2.2 | 1.3" under "(2015=100, %)"
        if unit is None and index and header.periods and is_rate_row(row[0].text):
            unit = _PERCENT  # "Inflation | 6.5 | 7.2" under columns of periods: a rate, in percent
        if unit is None and index and header.carried is not None and carries(row[0].text):
            unit = header.carried if UNIT_COLUMN not in header.units else None  # "私人控股" under "(亿元)"
        if unit is None and index:
            unit = header.table_unit  # "单位:%" over "PMI | ||||||": a column the header misses
        if unit is None:  # no unit: the periods still hold ("| Exports | 2022 | 2023 |")
            continue
        mention.value += unit.scale
        mention.unit = unit.unit
        mention.quote = document_text[header.quote_from : start + len(text)]


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3})")


def flat_caption(text: str, current: ColumnUnit | None) -> ColumnUnit | None:
    """The caption unit in force after the paragraph `text`: its own ("Year-on-Year Growth in
    Percent"), none after a new table's title or a sentence, else the one before (rows, notes)."""
    if header_columns(text):  # "Country January 2024 January 2025 Change, %": columns with their own units,
        return current  # no caption of the rows (a caption above, "…, %", still holds)
    own = english_caption_unit(text)
    if own is not None:
        return own
    if re.match(r"\s*(?:appendix\s+)?(?:table|figure|chart)\b", text, re.I) or len(text) > 160 or text.endswith("."):
        return None
    return current


def apply_flat_row(text: str, caption: ColumnUnit | None, found: list[Mention]) -> None:
    """Give each bare figure of a table row flattened to text the unit its label names in brackets
    ("Year-on-Year Growth (Percent) -2.6 1.1"), else the caption's over the rows."""
    figures = {cell.start: (cell, label) for cell, label in flat_row_figures(text)}
    for cell, label in list(figures.values()):  # "+0.3": the figure is read from its digits, after the sign
        if cell.text[:1] in "+-−":
            figures.setdefault(cell.start + 1, (cell, label))
    for mention in found:
        cell, label = figures.get(mention.value_start, (None, ""))
        if cell is not None and mention.unit is not None and _next_label(text, cell.end) == mention.unit.lower():
            mention.unit = None  # "Bananas (Fresh) 55.5 Articles of Apparel": the next cell's label, no unit
        if mention.unit is not None or mention.kind == "label" or mention.type in ("date", "rank"):
            continue
        if cell is None or cell.text.lstrip("+-−") != mention.value.lstrip("+-−"):
            continue
        unit = english_unit(label) or caption
        if unit is None:
            continue
        mention.value += unit.scale
        mention.unit = unit.unit


def _next_label(text: str, end: int) -> str:
    """The first word after a figure when it opens the next cell's label (a capital: "0.6 percent in"
    is a unit), lowered; else ""."""
    rest = text[end:].split(maxsplit=1)
    return rest[0].lower() if rest and rest[0][:1].isupper() else ""


@dataclass(frozen=True)
class UnitLine:
    units: list[ColumnUnit | None]  # each column's unit in turn ("单位:人、%"), or the one of every column
    start: int  # offset of the unit line: a cell's quote runs from it
    columns: bool = False  # a header row's units ("绝对数 (亿元) 增长 (%)"): one figure under each
    glued: bool = False  # "比上年增长%" over rows with glued cells ("小麦1234.5万吨6.7"): the last figure's unit


#: A line that starts another table or section: "5-2 各地区人口年龄构成", "表3 …", "二、地区人口年龄构成".
_NEW_SECTION = re.compile(r"\s*(?:表\s*\d|\d+(?:[-—.．]\d+)+\s|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+)")


def next_unit_line(text: str, start: int, current: UnitLine | None) -> UnitLine | None:
    """The unit line in force after the paragraph `text` (at `start`): its own ("单位:人、%"); the one
    before while the table's header lines and rows follow; none after a sentence or a new title."""
    own = caption_units(text)
    if own:
        return UnitLine(own, start)
    glued = glued_header_unit(text)
    if glued is not None:
        return UnitLine([glued], start, glued=True)
    title = caption_unit(text) if _TITLE.match(text) else None
    if title is not None:  # "表2 2019年居民消费价格比上年涨跌幅度(%)": every cell of the table in it
        return UnitLine([title], start)
    header = spaced_header_units(text)
    if header and current is not None and not current.columns and len(current.units) == 1:
        return UnitLine(with_table_unit(header, current.units), current.start, columns=True)  # 单位：亿元 above
    if header:
        return UnitLine(header, start, columns=True)
    if current is None or spaced_row_figures(text):
        return current
    short_line = len(text) <= 40 and not re.search(r"[，。；！？,;|]", text)
    return current if short_line and not _NEW_SECTION.match(text) else None


#: A table's title: "表2 …", "表12019年…" (the table's number run into its year).
_TITLE = re.compile(r"\s*表\s*\d")


def separated_cells(text: str, line: UnitLine | None) -> str:
    """`text` with a tab, not a space, between the figures of a row under a header naming one column
    for each of them (same length): under "指标 年末数(万人) 比重(%)", "常住人口 874 100" is 874 万人
    and 100 %, not 874100 written with its thousands grouped by a space."""
    if line is None or not line.columns:
        return text
    figures = spaced_row_figures(text)
    expected = len(line.units) - 1 - (UNIT_COLUMN in line.units)  # the label's and the 单位 column hold none
    if len(figures) < 2 or len(figures) != expected:
        return text
    chars = list(text)
    for before, after in zip(figures, figures[1:], strict=False):
        chars[before.end : after.start] = ["\t" if c == " " else c for c in chars[before.end : after.start]]
    return "".join(chars)


def apply_spaced_row(document_text: str, line: UnitLine | None, start: int, text: str, found: list[Mention]) -> None:
    """Give each bare figure of a space-separated row (at `start`) its column's unit from the unit line."""
    if line is None:
        return
    if line.glued:  # "小麦1234.5万吨6.7" under "比上年增长%"
        return apply_glued_row(document_text[line.start : start + len(text)], line.units[0], text, found)
    figures = spaced_row_figures(text)
    pairs = spaced_cell_units(line.units, figures, line.columns, text)
    units = {cell.start: (cell, unit) for cell, unit in pairs}
    unit_cell = text[: figures[0].start].split()[-1] if pairs and ROW_UNIT in line.units else ""
    for mention in found:
        if unit_cell and mention.subject.endswith(" " + unit_cell):  # "粮食 万吨": the unit names no subject
            mention.subject = mention.subject[: -len(unit_cell)].rstrip()
        cell, unit = units.get(mention.value_start, (None, None))
        if cell is None or unit is None or mention.unit is not None or mention.kind == "label":
            continue
        if mention.type in ("date", "rank") or cell.text.lstrip("+-−") != mention.value.lstrip("+-−"):
            continue
        mention.value += unit.scale
        mention.unit = unit.unit
        mention.quote = document_text[line.start : start + len(text)]


def read_spaced_row(
    document_text: str, start: int, text: str, current: UnitLine | None, found: list[Mention]
) -> UnitLine | None:
    """Read the paragraph `text` (at `start`) as a line of a table under a unit line: the unit line
    in force after it (`next_unit_line`), whose units its figures take (`apply_spaced_row`)."""
    line = next_unit_line(text, start, current)
    apply_spaced_row(document_text, line, start, text, found)
    apply_flat_table(text, found)
    return line
