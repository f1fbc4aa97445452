"""Tables written as lines of cells: the unit and scale of a cell from its column header or row label.

Documents are read with one table row per paragraph, its cells separated by `|` ("地区生产总值 | 617.50 |
5.2 |"); the header row names each column's unit in brackets ("| 绝 对 数 (亿元) | 比上年增长 (%) |", "指标名称 |
绝对数(万人) | 占年末常住人口比重(%)"), or a row label does ("人均生产总值(元) | 98094"), or the line before the header,
the table's title or unit line, does for every column ("单位：亿元", "表2 居民消费价格比上年涨跌幅度": percent). A cell
under (万人) states 3856万 人; under (%) a percent. Columns are matched from the right, since a header
often leaves the label column empty or out. Both `factcheck extract` (to draft a cell) and the
citation check (to accept a quote that runs from the header to the cell's row) read tables with
these functions, so the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNIT_IN_BRACKETS = re.compile(r"[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$")
_SCALES = ("万亿", "千万", "百万", "十万", "亿", "万")
_PERCENT = {"%": "%", "％": "%", "‰": "‰", "percent": "%", "per cent": "%", "百分比": "%"}
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
    match = _UNIT_IN_BRACKETS.search(label)
    if not match:
        return None
    inner = "".join(match.group(1).split()) if not match.group(1).isascii() else match.group(1).strip().lower()
    if inner in _PERCENT:
        return ColumnUnit("", _PERCENT[inner])
    for scale in _SCALES:
        if inner.startswith(scale) and len(inner) > len(scale):
            rest = inner[len(scale) :]
            return ColumnUnit(scale, rest) if _unit_word(rest) else None
    return ColumnUnit("", inner) if _unit_word(inner) else None


def _unit_word(text: str) -> bool:
    """A unit, not a note: short, no digits ("(2019年)" or "(注1)" is no unit)."""
    return 0 < len(text) <= 6 and not re.search(r"\d", text)


_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s,，;；()（）|]{1,16})")
#: A title that names a rate of change and nothing else: "表2 2014年居民消费价格比上年涨跌幅度".
_RATE_TITLE = re.compile(r"(?:涨跌幅度?|增长率|增长速度|增速|增幅|涨幅|降幅|变动幅度)\s*$")


def caption_unit(line: str) -> ColumnUnit | None:
    """The unit a table's title or unit line states for every column: "单位：亿元", "表3 … (%)", or a
    title that is a rate of change alone (percent). None for "产量及其增长速度", whose columns differ."""
    if cells(line) or len(line) > 80:
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
    if any(_NUMBER.fullmatch(cell.text) for cell in row):
        return None
    units = [unit_of_label(cell.text) or _leading_percent(cell.text) for cell in row]
    if len(row) < 2 and not any(units):
        return None  # "在总计中: | | | |": a row naming a group of the rows under it, no header
    if table_unit is not None and not any(cell.text in ("单位", "计量单位") for cell in row):
        units = [unit or (table_unit if cell.text else None) for unit, cell in zip(units, row, strict=True)]
    return units if any(units) else None


#: An English header cell that opens with its unit: "% monthly change", "Percent change", "% of GDP"; or
#: is its unit alone, in a row of units under the names ("| % | % |").
_LEADING_PERCENT = re.compile(r"(?:%|per\s?cent\b)\s*[a-z]|(?:%|per\s?cent|percent)\s*$", re.I)


#: A header cell that ends with its unit: "Change in per cent", "Change in percentage points".
_TRAILING_UNIT = re.compile(r"(?i)\bin\s+(?:(?P<pp>percentage\s+points?)|per\s?cent|percent)\s*$")


def _leading_percent(label: str) -> ColumnUnit | None:
    if _LEADING_PERCENT.match(label):
        return ColumnUnit("", "%")
    trailing = _TRAILING_UNIT.search(label)
    return None if trailing is None else ColumnUnit("", "percentage points" if trailing.group("pp") else "%")


def _filled(row: list[Cell]) -> list[Cell]:
    """The row without its trailing empty cells ("| 8.2 | |||"), which name and hold nothing, so
    that a header and its rows padded to different widths still match from the right."""
    end = len(row)
    while end and not row[end - 1].text:
        end -= 1
    return row[:end]


def cell_unit(header: list[ColumnUnit | None], row: list[Cell], index: int) -> ColumnUnit | None:
    """The unit of the row's cell `index`: its column's (matched from the right), else its row label's."""
    column = index - (len(_filled(row)) - len(header))
    unit = header[column] if 0 <= column < len(header) else None
    return unit or (unit_of_label(row[0].text) if index > 0 else None)


def table_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each numeric cell of the rows in `text` that follow a header
    row in it: what a quote running from the header to a row states."""
    found: list[tuple[str, ColumnUnit]] = []
    header: list[ColumnUnit | None] | None = None
    caption: ColumnUnit | None = None
    for line in text.splitlines():
        # A title's unit ("计量单位:亿元") reaches the header row right under it only, as extraction
        # reads it: a group row further down ("在总计中: | | | |") is no header of its own.
        units = header_units(line, caption)
        caption = caption_unit(line)
        if units is not None:
            header = units
            continue
        row = cells(line)
        if header is None or not row:
            continue
        for index, cell in enumerate(row):
            unit = cell_unit(header, row, index)
            if unit is not None and _NUMBER.fullmatch(cell.text):
                found.append((cell.text, unit))
    return found


#: An English label's unit in brackets: "(in Million US Dollars)" → million + $.
_EN_MONEY = re.compile(
    r"(?:in\s+)?(?:(thousand|million|billion|trillion)s?\s+(?:of\s+)?)?(?:us\s*dollars|u\.s\.\s*dollars|usd|us\$|\$)"
)
#: A caption naming percent for the rows under it: "Year-on-Year Growth in Percent", "…, % (TOL 2008)".
_EN_PERCENT_CAPTION = re.compile(
    r"(?:,\s*%|\bin\s+per\s?cent|\(per\s?cent\))\s*(?:\d\)\s*)?(?:\([^()]{1,20}\))?\s*$", re.I
)
_FLAT_FIGURE = re.compile(r"[-+−]?\d(?:[\d,]*\d)?(?:\.\d+)?")


def english_unit(label: str) -> ColumnUnit | None:
    """The unit an English row label names in brackets at its end: (Percent) → %, (in Million US
    Dollars) → million $; None for a bracket that is a code or a note ("(4711, 472)", "(Fresh)")."""
    match = _UNIT_IN_BRACKETS.search(label) or re.search(r"\(([^()]{1,40})\)\s*$", label)
    if not match:
        # "Change (%) to the previous quarter": percent in brackets inside the label holds too
        inside = re.search(r"\(\s*(%|％|per\s?cent)\s*\)", label, re.I)
        return ColumnUnit("", "%") if inside else None
    inner = " ".join(match.group(1).split()).lower()
    if inner in _PERCENT or inner in ("in percent", "in per cent"):
        return ColumnUnit("", "%")
    money = _EN_MONEY.fullmatch(inner)
    if money:
        return ColumnUnit(f" {money.group(1)}" if money.group(1) else "", "$")
    return None


def english_caption_unit(line: str) -> ColumnUnit | None:
    """The unit an English table caption states for the rows under it: percent for "Year-on-Year
    Growth in Percent" or "Annual change … in industries of trade, %"; None otherwise."""
    if "|" in line or len(line) > 160 or flat_row_figures(line):
        return None
    return ColumnUnit("", "%") if _EN_PERCENT_CAPTION.search(line) else None


def flat_row_figures(line: str) -> list[tuple[Cell, str]]:
    """The figures of a table row flattened to text, each with the label in force before it
    ("Sales volume 1.7 5.6 4.6", "Gold -1.8 Iron and Steel -46.8"): the line ends in a figure, has a
    label of words, and is no sentence. A figure that opens the line is a code ("45 Motor vehicle
    trade"), not a cell; [] for a line that is not such a row."""
    text = line.rstrip()
    if "|" in text or len(text) > 200 or not text or text.endswith("."):
        return []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if not _FLAT_FIGURE.fullmatch(tokens[-1][1]) or len(tokens) < 2:
        return []
    found: list[tuple[Cell, str]] = []
    label: list[str] = []
    previous_figure = False
    for start, token in tokens:
        figure = _FLAT_FIGURE.fullmatch(token) is not None
        if figure and (label or previous_figure):
            found.append((Cell(start, start + len(token), token), " ".join(label)))
        else:
            label = [token] if previous_figure else [*label, token]
        previous_figure = figure and bool(found) and found[-1][0].start == start
    if not any(re.search(r"[A-Za-z]{2}", word) for _, word in tokens):
        return []
    return found


def flat_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each figure of the flattened rows in `text` whose label names
    a unit in brackets ("FOB Value (in Million US Dollars) 5,898.02"): what such a quote states."""
    return [
        (cell.text, unit)
        for line in text.splitlines()
        for cell, label in flat_row_figures(line)
        if (unit := english_unit(label)) is not None
    ]


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
    17.95", "总 计 1411778724 100.00"): a label with a Chinese character, then figures only; [] for a
    line that is no such row (a sentence, a row written with `|`)."""
    text = line.rstrip()
    if "|" in text or len(text) > 80 or re.search(r"[，。；！？,;]", text):
        return []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    figures: list[Cell] = []
    while tokens and _NUMBER.fullmatch(tokens[-1][1]):
        start, token = tokens.pop()
        figures.insert(0, Cell(start, start + len(token), token))
    if not tokens or not _CJK.search(" ".join(token for _, token in tokens)):
        return []
    return figures


def spaced_cell_units(units: list[ColumnUnit], figures: list[Cell]) -> list[tuple[Cell, ColumnUnit]]:
    """Each figure with its column's unit: the one unit of the table, else the units in turn matched
    from the right (the label's column names none)."""
    if len(units) == 1:
        return [(figure, units[0]) for figure in figures]
    return list(zip(figures[::-1], units[::-1], strict=False))[::-1]


def spaced_values(text: str) -> list[tuple[str, ColumnUnit]]:
    """(number as written, unit) of each figure of the space-separated rows in `text` under a unit
    line in it: what a quote running from "单位:人、%" to a row states."""
    found: list[tuple[str, ColumnUnit]] = []
    units: list[ColumnUnit] | None = None
    for line in text.splitlines():
        units = caption_units(line) or units
        if units:
            found.extend((cell.text, unit) for cell, unit in spaced_cell_units(units, spaced_row_figures(line)))
    return found
