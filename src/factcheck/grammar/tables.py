"""Tables written as lines of cells: the unit and scale of a cell from its column header or row label.

Documents are read with one table row per paragraph, its cells separated by `|` ("地区生产总值 | 617.50 |
5.2 |"); the header row names each column's unit in brackets ("| 绝 对 数 (亿元) | 比上年增长 (%) |", "指标名称 |
绝对数(万人) | 占年末常住人口比重(%)"), or a row label does ("人均生产总值(元) | 98094"), or the line before the header,
the table's title or unit line, does for every column ("单位：亿元", "表2 居民消费价格比上年涨跌幅度": percent). A cell
under (万人) states 3856万 人; under (%) a percent. Columns are matched from the right, since a header
often leaves the label column empty or out. `factcheck extract` (to draft a cell) and the citation
check (a quote from the header to the cell's row) read tables with these functions, so they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.grammar.headerunit import worded_unit
from factcheck.grammar.monthcolumns import carries, month_columns
from factcheck.grammar.units import parse_unit

UNIT_IN_BRACKETS = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")
_SCALES = ("万亿", "千万", "百万", "十万", "亿", "万")
PERCENT_NAMES = {"%": "%", "％": "%", "‰": "‰", "percent": "%", "per cent": "%", "百分比": "%"}
_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Cell:
    start: int  # offsets of the cell's text (stripped) in its line
    end: int
    text: str


@dataclass(frozen=True)
class ColumnUnit:
    scale: str  # 万, 亿 … or ""
    unit: str  # 人, 元, % …


def cells(line: str) -> list[Cell]:
    """The cells of a row written with `|` (empty ones included, a trailing empty one dropped);
    [] for a line that is not a row."""
    if "|" not in line:
        return []
    found: list[Cell] = []
    start = 0
    for part in line.split("|"):
        stripped = part.strip()
        offset = start + (len(part) - len(part.lstrip()))
        found.append(Cell(offset, offset + len(stripped), stripped))
        start += len(part) + 1
    if found and not found[-1].text:
        found.pop()
    return [part for cell in found for part in _split_cell(cell)] if len(found) >= 2 else []


#: A cell holding several columns: figures apart by two spaces or more ("99.6   -0.2   -1.7"), or
#: labels each ending in its unit in brackets ("Change(%) Change(%)"), as a header over them spans them.
_FIGURE_RUN = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?(?:\s{2,}[-+−]?\d[\d,]*(?:\.\d+)?%?)+")
_UNIT_LABELS = re.compile(r"[^\s()]+\([^()\s]{1,8}\)(?:\s+[^\s()]+\([^()\s]{1,8}\))+")


def _split_cell(cell: Cell) -> list[Cell]:
    if not (_FIGURE_RUN.fullmatch(cell.text) or _UNIT_LABELS.fullmatch(cell.text)):
        return [cell]
    return [Cell(cell.start + m.start(), cell.start + m.end(), m.group()) for m in re.finditer(r"\S+", cell.text)]


def unit_of_label(label: str) -> ColumnUnit | None:
    """The unit a header cell or row label names in brackets at its end: (万人) → 万 + 人, (%) → %."""
    match = UNIT_IN_BRACKETS.search(label)
    if not match:  # "比重( %": a header's last cell whose closing bracket the copy lost
        return ColumnUnit("", "%") if re.search(r"[(（]\s*[%％]\s*$", label) else None
    inner = "".join(match.group(1).split()) if not match.group(1).isascii() else match.group(1).strip().lower()
    if inner in PERCENT_NAMES:
        return ColumnUnit("", PERCENT_NAMES[inner])
    for scale in _SCALES:
        if inner.startswith(scale) and len(inner) > len(scale):
            rest = inner[len(scale) :]
            return ColumnUnit(scale, rest) if _unit_word(rest) else None
    return ColumnUnit("", inner) if _unit_word(inner) else None


def _unit_word(text: str) -> bool:  # a unit, not a note: short, no digits ("(2019年)" or "(注1)" is no unit)
    return 0 < len(text) <= 6 and not re.search(r"\d", text)


_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,，;；()（）|]{1,16})")
#: A title that names a rate of change and nothing else: "表2 2014年居民消费价格比上年涨跌幅度".
_RATE_TITLE = re.compile(r"(?:涨跌幅度?|增长率|增长速度|增速|增幅|涨幅|降幅|变动幅度)\s*$")


def caption_unit(line: str) -> ColumnUnit | None:
    """The unit a table's title or unit line states for every column: "单位：亿元", "表3 … (%)", or a
    title that is a rate of change alone (percent). None for "产量及其增长速度", whose columns differ."""
    row = cells(line)
    if row and not any(cell.text for cell in row[1:]):
        line = row[0].text  # "单位:% | ||||||": a unit line written as a row of the table, its other cells empty
    elif row or len(line) > 80:
        return None
    stated = _CAPTION_UNIT.search(line)
    if stated:  # "单位:人、%" names a unit for each column in turn: no one unit for all (`caption_units`)
        return None if "、" in stated.group(1) else unit_of_label(f"({stated.group(1)})")
    if not re.match(r"\s*表\s*\d", line):
        return None
    if _RATE_TITLE.search(line) and not re.search(r"[及和与、]", line):
        return ColumnUnit("", "%")
    return unit_of_label(line)


def header_units(line: str, table_unit: ColumnUnit | None = None) -> list[ColumnUnit | None] | None:
    """Each column's unit when `line` is a header row naming at least one (a column naming none takes
    `table_unit`, the unit its table's title states), else None."""
    row = _filled(cells(line))
    if any(_NUMBER.fullmatch(cell.text) for cell in row) and month_columns([c.text for c in row]) is None:
        return None  # a row of figures; "| 11 | 增长(%) | 1-11 |" names the months of its columns
    units = [unit_of_label(cell.text) or _leading_percent(cell.text) for cell in row]
    if len(row) < 2 and not any(units) and (table_unit is None or _GROUP_CELL.search(row[0].text if row else ":")):
        return None  # "在总计中: | | | |": a row naming a group of the rows under it, no header
    if table_unit is not None and not any(cell.text in ("单位", "计量单位") for cell in row):
        # "PMI | ||||||" right under "单位:% | ||||||": a header spanning the columns, in the unit line's unit
        units = [unit or (table_unit if cell.text else None) for unit, cell in zip(units, row, strict=True)]
    units = _row_unit_columns([cell.text for cell in row], units)
    return units if any(units) else None


#: A cell naming a group of the rows under it: 在总计中:, 其中, 按城乡分.
_GROUP_CELL = re.compile(r"[:：]\s*$|^其中|^在[\u4e00-\u9fff]{0,6}中|^按[\u4e00-\u9fff]{1,10}分")


def _leading_percent(label: str) -> ColumnUnit | None:
    unit = worded_unit(label)
    return None if unit is None else ColumnUnit("", unit)


def _filled(row: list[Cell]) -> list[Cell]:
    """The row without its trailing empty cells ("| 8.2 | |||"), which name and hold nothing, so
    that a header and its rows padded to different widths still match from the right."""
    end = len(row)
    while end and not row[end - 1].text:
        end -= 1
    return row[:end]


def cell_unit(header: list[ColumnUnit | None], row: list[Cell], index: int) -> ColumnUnit | None:
    """The unit of the row's cell `index`: its column's (matched from the right), else its row label's;
    under a header with a 单位 column, the unit the row names there."""
    shift = len(_filled(row)) - len(header)
    unit = header[index - shift] if 0 <= index - shift < len(header) else None
    if unit == ROW_UNIT:
        at = header.index(UNIT_COLUMN) + shift
        return row_unit(row[at].text) if 0 < at < index else None
    if unit == UNIT_COLUMN:
        return None
    return unit or (unit_of_label(row[0].text) if index > 0 else None)


def table_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each numeric cell of the rows in `text` that follow a header
    row in it: what a quote running from the header to a row states."""
    found: list[tuple[str, ColumnUnit]] = []
    header: list[ColumnUnit | None] | None = None
    caption = carried = table = None  # table: the unit a unit line states for every column, the unnamed too
    for line in text.splitlines():
        # A title's unit ("计量单位:亿元") reaches the header row right under it only, as extraction
        # reads it: a group row further down ("在总计中: | | | |") is no header of its own.
        units = header_units(line, caption)
        if units is not None:
            header, carried, table = units, None, caption
        caption = caption_unit(line)
        if units is not None:
            continue
        row = cells(line)
        if header is None or not row:
            continue
        for index, cell in enumerate(row):
            carry = carried if index and UNIT_COLUMN not in header and carries(row[0].text) else None
            carry = carry or (table if index and UNIT_COLUMN not in header else None)
            if (unit := cell_unit(header, row, index) or carry) is not None and _NUMBER.fullmatch(cell.text):
                found.append((cell.text, unit))
        own = unit_of_label(row[0].text)  # "工业总产值(亿元)": over the rows under it that name none
        carried = carried if own is None else own if own.unit not in "%‰" and carries(row[0].text) else None
    return found


def caption_units(line: str) -> list[ColumnUnit] | None:
    """The unit of each column in turn that a unit line lists ("单位:人、%" → 人, %; "单位：万元" → 万元);
    None for a line that is no unit line or names something that is no unit."""
    stated = _CAPTION_UNIT.search(line) if not cells(line) and len(line) <= 80 else None
    if stated is None:
        return None
    units = [unit_of_label(f"({part})") for part in stated.group(1).split("、")]
    return [unit for unit in units if unit is not None] if all(units) else None


_CJK = re.compile(r"[\u4e00-\u9fff]")


def spaced_row_figures(line: str) -> list[Cell]:
    """The figures that end a Chinese table row whose cells are apart by spaces ("0—14岁 253383938
    17.95", "总 计 1411778724 100.00"): a label with a Chinese character, then figures only (or "—",
    an empty cell, kept in its place); [] for a line that is no such row (a sentence, a row with `|`)."""
    text = line.rstrip()
    if "|" in text or len(text) > 80 or re.search(r"[，。；！？;]|,(?!\d{3}(?!\d))", text):
        return []  # a sentence (a comma that groups digits, 1,234.5, is no sentence's)
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    figures: list[Cell] = []
    while tokens and (_NUMBER.fullmatch(tokens[-1][1]) or _EMPTY_CELL.fullmatch(tokens[-1][1])):
        start, token = tokens.pop()
        figures.insert(0, Cell(start, start + len(token), token))  # "—": an empty cell keeps its column
    if not tokens or not _CJK.search(" ".join(token for _, token in tokens)):
        return []
    return figures if any(_NUMBER.fullmatch(cell.text) for cell in figures) else []


#: A table cell that holds no figure: "—", "-", "--", "…", "/", "×".
_EMPTY_CELL = re.compile(r"[-—–―…/×]{1,3}|\.{3}")


#: A column name's unit in brackets inside a header row whose cells are apart by spaces.
_BRACKETED = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]")


def spaced_header_units(line: str) -> list[ColumnUnit | None] | None:
    """The unit of each column of a Chinese header row whose cells are apart by spaces and which names
    at least one known unit in brackets ("市 县 绝对数 (亿元) 比上年同期增长 (%)" → -, -, 亿元, %), or a 单位
    column ("产品名称 单位 产量 比上年增长(%)"), or of a line of units alone under the names ("(亿元) (%)":
    the label's column first, -); None for any other line (a sentence, a row of figures, a bracket
    naming no known unit: "(GDP)"). The first column is the rows' labels: no figure is under it."""
    text = line.strip()
    if not text or "|" in text or len(text) > 80 or re.search(r"[，。；！？,;:：]", text) or spaced_row_figures(text):
        return None
    if all(_BRACKETED.fullmatch(token) for token in text.split()):  # "(亿元) (%)": the units line
        units = [unit_of_label(token) for token in text.split()]
        return [None, *units] if all(unit is not None and _known(unit) for unit in units) else None
    names = re.sub(r"\s+(?=[(（])", "", text).split()  # "绝对数 (亿元)": one column's name
    while len(names) > 1 and len(names[0]) == 1 and len(names[1]) == 1:  # "市    县": one name, spaced
        names[:2] = [names[0] + names[1]]
    if len(names) < 2 or not _CJK.search(text) or any(re.search(r"^[-+−]?\d+(?:\.\d+)?$|\d\.\d", n) for n in names):
        return None
    units = [unit_of_label(name) for name in names]
    if any(_BRACKETED.search(n) and (u is None or not _known(u)) for n, u in zip(names, units, strict=True)):
        return None
    units = _row_unit_columns(names, units)
    return units if any(unit is not None and unit != UNIT_COLUMN for unit in units) else None


def with_table_unit(header: list[ColumnUnit | None], stated: list[ColumnUnit | None] | None) -> list[ColumnUnit | None]:
    """A spaced header's units under a unit line naming one unit for the table ("单位：亿元"): each
    column after the label's that names none takes it."""
    if not stated or len(stated) != 1 or stated[0] is None:
        return header
    return [header[0], *(unit or stated[0] for unit in header[1:])] if header else header


def _known(unit: ColumnUnit) -> bool:
    return not parse_unit(unit.scale + unit.unit)[1].dimension.startswith("unit:")


def row_unit(text: str) -> ColumnUnit | None:
    """The unit a row states in its 单位 cell (万吨 → 万 + 吨, 亿千瓦时, %), when the unit table knows it."""
    unit = unit_of_label(f"({''.join(text.split())})") if text.strip() else None
    return unit if unit is not None and _known(unit) else None


#: A header cell over a column of units (产品名称 | 单位 | 产量 | 比上年增长(%)): each row names its own.
_UNIT_COLUMN_NAMES = ("单位", "计量单位")
#: In a header's units: the 单位 column itself, and a column whose cells take their row's unit.
UNIT_COLUMN = ColumnUnit("", "单位")
ROW_UNIT = ColumnUnit("", "")
#: A column headed by a period (2022年, 1-6月): its cells may be in the row's unit, but not the document's period.
_PERIOD_NAME = re.compile(r"\d{4}|\d{1,2}月|季度|上半年|下半年")


def _row_unit_columns(names: list[str], units: list[ColumnUnit | None]) -> list[ColumnUnit | None]:
    """`units` with the 单位 column marked and each column after it that names no unit (nor a period)
    taking the row's unit; `units` unchanged for a header without a 单位 column."""
    compact = ["".join(name.split()) for name in names]
    at = next((i for i, name in enumerate(compact) if name in _UNIT_COLUMN_NAMES), None)
    if at is None:
        return units
    marked = [*units[:at], UNIT_COLUMN]
    for name, unit in zip(compact[at + 1 :], units[at + 1 :], strict=True):
        marked.append(unit or (ROW_UNIT if name and not _PERIOD_NAME.search(name) else None))
    return marked


def spaced_cell_units(
    units: list[ColumnUnit | None], figures: list[Cell], columns: bool = False, line: str = ""
) -> list[tuple[Cell, ColumnUnit]]:
    """Each figure with its column's unit: the one unit of the table, else the units in turn matched
    from the right (the label's column names none). With `columns` (units from a header row), the
    figures of the row `line`, one under each of the header's columns after the label's: a column
    naming no unit takes the row label's ("常住人口(万人)"), a column of the row's unit the unit written
    before the figures ("粮食 万吨 1234.5 2.1"); a row with another number of figures, none."""
    if columns:
        expected = len(units) - 1 - (UNIT_COLUMN in units)  # the label's column and the 单位 column hold none
        matched = units[len(units) - len(figures) :] if figures and len(figures) == expected else []
        if not matched or UNIT_COLUMN in matched:
            return []  # a column name written in two words ("本月比 上年同月 增长(%)"): columns unknown
        before = line[: figures[0].start].split()
        own = row_unit(before[-1]) if ROW_UNIT in matched and len(before) > 1 else None
        label = unit_of_label("".join(before)) if None in matched else None
        pairs = [(f, own if u == ROW_UNIT else u or label) for f, u in zip(figures, matched, strict=True)]
        return [(figure, unit) for figure, unit in pairs if unit is not None]
    if len(units) == 1:
        return [(figure, units[0]) for figure in figures]
    return list(zip(figures[::-1], units[::-1], strict=False))[::-1]


def spaced_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each figure of the space-separated rows in `text` under a unit
    line or a header row naming units in it: what a quote running from "单位:人、%" (or "市 县 绝对数
    (亿元) 增长 (%)") to a row states."""
    found: list[tuple[str, ColumnUnit]] = []
    units: list[ColumnUnit | None] | None = None
    columns = False
    for line in text.splitlines():
        stated, header = caption_units(line), spaced_header_units(line)
        if header and units and not columns:  # "单位：亿元" over "指标 绝对数 比上年增长(%)"
            header = with_table_unit(header, units)
        if stated or header:
            units, columns = stated or header, not stated
        if units:
            figures = spaced_row_figures(line)
            found.extend((cell.text, unit) for cell, unit in spaced_cell_units(units, figures, columns, line))
    return found
