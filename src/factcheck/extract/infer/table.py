"""Tables (rows "label | value | share |", one paragraph a row): what their layout states.

- a total row and the rows of a group under it partition it: the rows after a 按…分 row whose
  classes exhaust a population (按城乡分, 按性别分, 按年龄分, 按产业分; not 按行业分, which may list a
  few) or rows whose labels form a complete set (第一产业, 第二产业, 第三产业; 男性, 女性): `sum`
  on the total, one per group; a 其中 row is a subset, never summed; with no 按…分 row, each
  "其中:" row opens a group (其中:城镇 | 农村 | 其中:男性 | 女性 | 其中:0-14岁 | 15-64岁 | 65岁及以上),
  kept when its labels are a complete set or age brackets from 0 with no gap up to "及以上";
- the industries of GDP (农林牧渔业, 工业, 建筑业 … down to 其他服务业 or 其他营利性 and 其他非营利性服务业)
  under a 其中: row also add up to the total row (the 宿州 table);
- a column whose header is a share of the total (占年末常住人口比重(%), 构成(%)): each cell is the
  `share` of its row's value in the total row's, and the shares of a group add up to the total
  row's share (100);
- a cell restating a figure of the text (地区生产总值 617.50 in 表1 after 全市实现生产总值617.50亿元): `same`
  on the text's figure — the row label names it (the text's name begins with it: 第一产业增加值 for
  第一产业), the column is the same kind (比上年增长(%) for a growth rate, the level's column for a
  level), unit and period agree, the values are of one magnitude (or one digit apart, or any values
  under a column of 环比/同比 changes that the text's sentence names too) and it is the only such figure.
Cells must carry their units (the column header's); a cell without one is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.extract.infer.base import Context, Relation, core, label_of, same_dimension
from factcheck.extract.infer.partition import GROUPS
from factcheck.extract.infer.same import one_digit_apart

ID = "table"

_SHARE_HEADER = re.compile(r"比重|构成|占[^|]{0,16}%|(?i:percent of|share of|% of)")
_GROWTH_HEADER = re.compile(r"增长|增速|增减|下降|涨跌|涨幅|(?i:change|growth)")
_BASIS = re.compile(r"环比|同比")
_GROUP_ROW = re.compile(r"^\s*按[^|]{1,12}分\s*$")
#: A row opening a selection of the rows under it (在总计中:, 其中:): summed only when they are a set.
_SUBSET_ROW = re.compile(r"^\s*(?:在[^|]{0,6}中|其中)\s*[:：]?\s*$")
#: Criteria whose classes exhaust a population (按行业分 may list a few industries only).
_EXHAUSTIVE = re.compile(r"城乡|性别|年龄|三次产业|产业")


@dataclass
class _Row:
    paragraph: int
    label: str
    cells: dict[int, int]  # column → mention index


def _tables(ctx: Context) -> list[tuple[list[str], list[_Row | str]]]:
    """Each run of "|" paragraphs: its header cells and, in order, rows with figures or group labels."""
    out: list[tuple[list[str], list[_Row | str]]] = []
    header: list[str] | None = None
    rows: list[_Row | str] = []
    previous = -1
    for paragraph in ctx.document.paragraphs:
        text = paragraph.text
        if "|" not in text:
            if header is not None and paragraph.number == previous + 1 and _GROUP_ROW.match(text):
                rows.append(text.strip())  # 按城乡分 on a line of its own, between the rows of the table
                previous = paragraph.number
            continue
        cells = [c.strip() for c in text.split("|")]
        mentions = [j for j in ctx.by_paragraph.get(paragraph.number, []) if ctx.statistic(j)]
        if paragraph.number != previous + 1 or header is None:
            if header is not None:
                out.append((header, rows))
            header, rows = (cells, []) if not mentions else ([], [])
            if not mentions:
                previous = paragraph.number
                continue
        elif not mentions and not rows and len(cells) >= len(header):
            header = cells  # a header of two rows ("| 10月 | 1-10月 |" over the columns): the lower names them
            previous = paragraph.number
            continue
        previous = paragraph.number
        if not mentions:
            rows.append(cells[0])
            continue
        columns = {text[: ctx.mentions[j].start].count("|"): j for j in mentions}
        rows.append(_Row(paragraph.number, re.sub(r"[\s\u3000]", "", cells[0]), columns))
    if header is not None:
        out.append((header, rows))
    return out


def infer(ctx: Context) -> Iterator[Relation]:
    if ctx.english:
        return
    for header, rows in _tables(ctx):
        data = [r for r in rows if isinstance(r, _Row)]
        if len(data) < 2:
            continue
        share_columns = {c for c, h in enumerate(header) if _SHARE_HEADER.search(h)}
        growth_columns = {c for c, h in enumerate(header) if _GROWTH_HEADER.search(h)} - share_columns
        total = data[0]
        for group in _groups(rows):
            yield from _partition(ctx, total, group, share_columns | growth_columns, share_columns)
        yield from _subset_shares(ctx, total, data[1:], share_columns | growth_columns, share_columns)
        bases = {c: _basis(header, c) for c in growth_columns}
        for row in data:
            for column, j in row.cells.items():
                if column in bases and list(bases.values()).count(bases[column]) > 1:
                    continue  # two columns of 同比 changes (10月, 1-10月): which period is not in one header row
                yield from _restated(
                    ctx, row, j, column in growth_columns, column in share_columns, bases.get(column, "")
                )


def _groups(rows: list[_Row | str]) -> list[list[_Row]]:
    """The rows under each 按…分 row; with none, the rows after the first when their labels are a set."""
    data = [r for r in rows if isinstance(r, _Row)]
    if any(isinstance(r, str) for r in rows):
        groups: list[list[_Row]] = []
        exhaustive: list[bool] = []
        current: list[_Row] | None = None
        for row in rows:
            if isinstance(row, str):
                current = [] if _GROUP_ROW.match(row) or _SUBSET_ROW.match(row) else None
                if current is not None:  # 在总计中: a selection, kept only when its labels are a set
                    groups.append(current)
                    exhaustive.append(bool(_GROUP_ROW.match(row) and _EXHAUSTIVE.search(row)))
            elif current is not None and not row.label.startswith(("其中", "#", "＃")):  # #65岁及以上: 其中
                current.append(row)
        return [g for g, complete in zip(groups, exhaustive) if len(g) >= 2 and (complete or _a_set(g))]
    parts = data[1:]
    if _a_set(parts):
        return [parts]
    if not any(r.label.startswith("其中") for r in parts):
        return []
    groups = []
    for row in parts:
        if row.label.startswith("其中") or not groups:
            groups.append([])
        groups[-1].append(row)
    return [g for g in groups if len(g) >= 2 and (_a_set(g, strip=True) or _ages(g) or _industries(g))]


def _industries(parts: list[_Row]) -> bool:
    """The industries of GDP, every sector's: 农林牧渔业, 工业, 建筑业, then services down to the
    other services (其他服务业, or 其他营利性 and 其他非营利性服务业) that leave nothing out."""
    labels = [re.sub(r"^其中[:：]?|\[\d+\]", "", r.label) for r in parts]
    if len(labels) < 5 or labels[0] != "农林牧渔业" or "工业" not in labels or "建筑业" not in labels:
        return False
    others = [label for label in labels if label.startswith("其他")]
    return (
        labels[-1].startswith("其他")
        and labels[-1].endswith("服务业")
        and (others == ["其他服务业"] or set(others) == {"其他营利性服务业", "其他非营利性服务业"})
    )


_AGE = re.compile(r"^(?:其中[:：]?)?(\d+)(?:[-－~～至到](\d+)岁|岁?(及以上|以上))岁?$")


def _ages(parts: list[_Row]) -> bool:
    """Age brackets from 0, each starting where the last ended, the last open (0-14岁, 15-64岁, 65岁及以上)."""
    expected = 0
    for k, row in enumerate(parts):
        match = _AGE.match(row.label)
        if match is None or int(match.group(1)) != expected:
            return False
        if match.group(3):
            return k == len(parts) - 1 and k > 0
        expected = int(match.group(2)) + 1
    return False


def _a_set(parts: list[_Row], strip: bool = False) -> bool:
    """The rows' labels are a complete set of classes (第一/第二/第三产业, 男性/女性, 城镇/乡村)."""
    labels = [re.sub(r"^其中[:：]?", "", r.label) if strip else r.label for r in parts]
    return any(
        len(group) == len(labels) and all(re.search(word, label) for word, label in zip(group, labels))
        for group in GROUPS
    )


def _partition(ctx: Context, total: _Row, group: list[_Row], skip: set[int], shares: set[int]) -> Iterator[Relation]:
    value_columns = [c for c in total.cells if c not in skip]
    for column in value_columns:
        whole = total.cells[column]
        parts = [r.cells.get(column) for r in group]
        if any(p is None for p in parts) or not same_dimension(ctx, [whole, *parts]):
            continue
        yield Relation(
            whole, {"sum": [ctx.ref(p) for p in parts]}, 0.8, f"{ID}: the rows of a group add up to the total row"
        )
        for share in shares:
            for row in group:
                if share in row.cells and row.cells.get(column) is not None:
                    check = {"share": {"part": ctx.ref(row.cells[column]), "whole": ctx.ref(whole)}}
                    yield Relation(
                        row.cells[share], check, 0.8, f"{ID}: a share column: the row's value in the total row's"
                    )
    for share in shares:
        whole_share = total.cells.get(share)
        parts = [r.cells.get(share) for r in group]
        if whole_share is not None and all(p is not None for p in parts) and same_dimension(ctx, [whole_share, *parts]):
            check = {"sum": [ctx.ref(p) for p in parts]}
            yield Relation(whole_share, check, 0.8, f"{ID}: the shares of a group add up to the total row's")


def _subset_shares(ctx: Context, total: _Row, rows: list[_Row], skip: set[int], shares: set[int]) -> Iterator[Relation]:
    """#65周岁及以上 | 588.16 | 18.30: a 其中 row's share column is its share of the total row too."""
    values = [c for c in total.cells if c not in skip]
    for row in rows:
        if not row.label.startswith(("其中", "#", "＃")) or len(values) != 1:
            continue  # two columns of levels: which one the share is of, the header does not say
        for column in [c for c in values if c in row.cells]:
            for share in shares & set(row.cells):
                if same_dimension(ctx, [total.cells[column], row.cells[column]]):
                    check = {"share": {"part": ctx.ref(row.cells[column]), "whole": ctx.ref(total.cells[column])}}
                    yield Relation(row.cells[share], check, 0.8, f"{ID}: a 其中 row's share of the total row")


def _restated(ctx: Context, row: _Row, cell: int, growth: bool, share: bool, basis: str = "") -> Iterator[Relation]:
    """The text's figure that the cell restates: one candidate only, or none. Under a column of
    环比 (or 同比) changes, only a figure its sentence says is of that basis."""
    if share or len(_plain(row.label)) < 2:
        return
    mention = ctx.mentions[cell]
    label = _bare(_plain(row.label))
    found = []
    for j, name in _text_figures(ctx).get((growth, mention.unit or "", mention.period, label[:2]), ()):
        if ctx.mentions[j].paragraph == mention.paragraph or not _bare(name).startswith(label):
            continue
        if basis and _basis_of(ctx, j) != basis:
            continue
        a, b = ctx.midpoint(j), ctx.midpoint(cell)
        if a is None or b is None or (a < 0) != (b < 0):
            continue
        # far apart, another figure; but a mistyped digit is still the cell's figure, and so is the figure
        # of the row under a column whose basis (环比, 同比) the text's sentence names too, whatever its value
        mistyped = one_digit_apart(ctx.mentions[j].value, mention.value)
        if abs(a - b) > 0.5 * max(abs(a), abs(b)) and not basis and not mistyped:
            continue
        found.append(j)
    if len(found) == 1:
        yield Relation(found[0], {"same": ctx.ref(cell)}, 0.75, f"{ID}: a table cell restates the text's figure")


def _text_figures(ctx: Context) -> dict[tuple[bool, str, str | None, str], list[tuple[int, str]]]:
    """The text's statistics (not a table's cells) with their names, by (growth or not, unit,
    period, the name's first two characters), in document order: the figures a cell can restate,
    looked up instead of scanned for each cell (a row's label has two characters or more)."""
    if "table.text_figures" not in ctx.memo:
        index: dict[tuple[bool, str, str | None, str], list[tuple[int, str]]] = {}
        for j, other in enumerate(ctx.mentions):
            if "|" not in ctx.paragraph_text(j) and ctx.statistic(j):
                growth = other.type == "growth"
                name = _plain(_text_label(ctx, j) if not growth else _named_level(ctx, j))
                key = (growth, other.unit or "", other.period, _bare(name)[:2])
                index.setdefault(key, []).append((j, name))
        ctx.memo["table.text_figures"] = index
    return ctx.memo["table.text_figures"]


def _plain(name: str) -> str:
    """A name without 实现, the 地区 of 地区生产总值 (全市实现生产总值 is 表1's 地区生产总值), a row's
    其中: and the area (全国居民消费价格 is 表1's 居民消费价格)."""
    return re.sub(r"^(?:其中[:：]?|实现|地区|全国|全省|全市|全县|全区)+", "", core(name))


def _bare(name: str) -> str:
    """A name without its joining words: the text's 交通通信 is the row 交通和通信, 其他用品及服务 the row
    其他用品和服务 (one name written with or without 和/及/与)."""
    return re.sub(r"[和及与、]", "", name)


def _basis(header: list[str], column: int) -> str:
    found = _BASIS.search(header[column]) if column < len(header) else None
    return found.group() if found else ""


def _basis_of(ctx: Context, j: int) -> str:
    """环比 or 同比: the last one said in the figure's sentence before it, or in the sentence a 其中
    sentence goes on from (全国居民消费价格环比上涨0.1%。其中，城市上涨0.1%); else ""."""
    text = ctx.paragraph_text(j)[: ctx.mentions[j].start]
    start = text.rfind("。") + 1
    if text[start:].lstrip().startswith("其中"):
        start = text.rfind("。", 0, max(start - 1, 0)) + 1
    said = _BASIS.findall(text[start:])
    return said[-1] if said else ""


def _named_level(ctx: Context, j: int) -> str:
    """The name of a growth rate: its own words (第一产业增加值增长), or the level's just before it."""
    own = re.sub(r"(?:按可比价格计算|比上年|同比|环比|增长|上涨|下降|为)+$", "", label_of(ctx, j))
    if len(core(own)) >= 2:
        return own
    previous = j - 1
    if previous >= 0 and ctx.sentence_of[previous] == ctx.sentence_of[j] and ctx.mentions[previous].type == "count":
        return _text_label(ctx, previous)
    return ""


_MARKED = re.compile(r"\s*[(（]\s*[A-Za-z][A-Za-z-]{1,7}\s*[)）]\s*(?:\[\d+\])?\s*$")


def _text_label(ctx: Context, j: int) -> str:
    """A figure's name; when its words end with an abbreviation and a footnote mark (全年地区生产总值
    (GDP)[2] 2167.67亿元), the name before them, not the bracket's inside."""
    head = ctx.mentions[j].head
    if not _MARKED.search(head):
        return label_of(ctx, j)
    return re.split(r"[、，,；;：:（(]", _MARKED.sub("", head))[-1].strip()
