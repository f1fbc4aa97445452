"""The faster forms of the extractor give what the straightforward code they replace gives."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.extract.relations_support import context_of, relations_of

from factcheck.errors import ValueParseError
from factcheck.extract.infer import base, restate, same, table
from factcheck.extract.infer.base import Context, abbreviated, core, find_named, label_of, names_match
from factcheck.extract.numbers import _read_quantity, fold_same_length, quantity_of
from factcheck.grammar.values import parse_quantity
from factcheck.grammar.vocab import TRADITIONAL

DATA = Path(__file__).parent / "data"
ARTICLE = Path(__file__).resolve().parents[2] / "docs" / "sources" / "weifang-2022-reform.txt"


def _fold_char_by_char(text: str) -> str:
    """fold_same_length as it was: NFKC and the traditional table, one character at a time."""
    out = []
    for char in text:
        folded = unicodedata.normalize("NFKC", char)
        char = folded if len(folded) == 1 and char != "，" else char
        out.append(char.translate(TRADITIONAL))
    return "".join(out).replace("−", "-").replace("－", "-")


@given(st.text())
def test_fold_is_the_character_by_character_fold(text: str) -> None:
    assert fold_same_length(text) == _fold_char_by_char(text)


def test_fold_of_every_character() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert fold_same_length(every) == _fold_char_by_char(every)


VALUES = ["725万", "57.9%", "30%-50%", "800多", "一", "第二", "(12,000)", "-0.60", "3.5 million", "abc", "5-3", ""]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize(("unit", "qualifier"), [(None, None), ("万千瓦", None), ("%", "about"), ("家", "odd")])
def test_quantity_of_is_parse_quantity(value: str, unit: str | None, qualifier: str | None) -> None:
    try:
        expected: object = parse_quantity(value, unit, qualifier=qualifier)
    except ValueParseError as error:
        expected = ("refused", error.reason)
    for _ in range(2):  # the second answer comes from the cache
        try:
            got: object = quantity_of(value, unit, qualifier)
        except ValueParseError as error:
            got = ("refused", error.reason)
        assert got == expected


def test_the_quantity_cache_is_bounded() -> None:
    assert _read_quantity.cache_info().maxsize is not None


DOCUMENTS = [ARTICLE, *sorted(DATA.glob("*.txt"))]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_same_visits_the_mentions_an_exhaustive_scan_would_pair(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = context_of("\n".join([text] * 3) + "\n", tmp_path)  # repeats: every figure is stated again
    fast = relations_of(same, ctx)
    count = len(ctx.mentions)
    monkeypatch.setattr(same, "_later", lambda i, *groups: range(i + 1, count))  # every later mention
    assert relations_of(same, ctx) == fast


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_ranks_read_the_same_earlier_figures(path: Path, tmp_path: Path) -> None:
    ctx = context_of(path.read_text(encoding="utf-8"), tmp_path)
    for i in range(len(ctx.mentions)):
        exhaustive = [j for j in range(i) if ctx.sentence_of[j] == ctx.sentence_of[i]]
        assert [j for j in ctx.in_sentence(i) if j < i] == exhaustive


def _find_named_by_sorting(ctx: Context, name: str, near: int, dimension: str | None, exclude: tuple) -> int | None:
    """find_named as it was: every named candidate sorted by distance, then scanned."""
    paragraph = ctx.mentions[near].paragraph
    order = sorted(
        (j for j in ctx.named_candidates if j != near and j not in exclude),
        key=lambda j: (ctx.mentions[j].paragraph != paragraph, j > near, abs(j - near)),
    )
    if dimension is not None:
        order = [j for j in order if ctx.dimension(j) == dimension]
    if not ctx.english:
        exact = next((j for j in order if core(label_of(ctx, j)) == core(name)), None)
        if exact is not None:
            return exact
        short = next((j for j in order if abbreviated(ctx, j, name)), None)
        if short is not None:
            return short
    return next((j for j in order if names_match(name, label_of(ctx, j), ctx.english)), None)


NAMES = ["GDP", "地区生产总值", "进出口", "出口", "人口", "常住人口", "employment", "total nonfarm payroll", "a", ""]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_find_named_finds_what_the_sorted_scan_found(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = context_of("\n".join([text] * 2) + "\n", tmp_path)
    names = NAMES + sorted({label_of(ctx, j) for j in ctx.named_candidates})[:40]
    names += [label_of(ctx, j)[-3:] for j in ctx.named_candidates[:20]]
    for near in range(0, len(ctx.mentions), max(1, len(ctx.mentions) // 25)):
        for name in names:
            for dimension, exclude in ((None, ()), ("count", (near - 1, None))):
                expected = _find_named_by_sorting(ctx, name, near, dimension, exclude)
                assert find_named(ctx, name, near, dimension, exclude) == expected, (name, near)


CHINESE = [path for path in DOCUMENTS if "zh" in path.stem or path == ARTICLE]


@pytest.mark.parametrize("path", CHINESE, ids=lambda path: path.stem)
def test_titles_and_table_cells_find_what_a_scan_of_every_statistic_finds(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = context_of("\n".join([text] * 2) + "\n", tmp_path)  # repeats: each title has two candidates
    fast = relations_of(restate, ctx), relations_of(table, ctx)

    def every_statistic(ctx: Context, key: tuple, name: str) -> list[int]:
        return [
            j
            for j, m in enumerate(ctx.mentions)
            if ctx.statistic(j) and (m.period, restate._unit(m.unit), restate._negative(m.value)) == key
        ]

    class EveryTextFigure:
        """_text_figures as a scan: every text statistic of the cell's kind, unit and period."""

        def __init__(self, ctx: Context) -> None:
            self.ctx = ctx

        def get(self, key: tuple, default: tuple = ()) -> list[tuple[int, str]]:
            growth, unit, period, _ = key
            out = []
            for j, m in enumerate(self.ctx.mentions):
                if "|" in self.ctx.paragraph_text(j) or not self.ctx.statistic(j):
                    continue
                if ((m.type == "growth") != growth) or (m.unit or "") != unit or m.period != period:
                    continue
                level = table.label_of(self.ctx, j) if not growth else table._named_level(self.ctx, j)
                out.append((j, table._plain(level)))
            return out

    monkeypatch.setattr(restate, "_named_in", every_statistic)
    monkeypatch.setattr(table, "_text_figures", EveryTextFigure)
    ctx.memo.clear()
    assert (relations_of(restate, ctx), relations_of(table, ctx)) == fast


ENGLISH = [path for path in DOCUMENTS if path not in CHINESE]


@pytest.mark.parametrize("path", ENGLISH, ids=lambda path: path.stem)
def test_english_restatements_find_what_a_scan_of_the_group_finds(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = context_of("\n".join([text] * 2) + "\n", tmp_path)
    fast = relations_of(restate, ctx)
    groups: dict[tuple, list[int]] = {}
    for j, m in enumerate(ctx.mentions):
        if same.eligible(ctx, j) and not same.comparison_base(ctx, j):
            groups.setdefault((restate._unit(m.unit), restate._negative(m.value)), []).append(j)

    def whole_group(ctx: Context, i: int, *indices: dict) -> list[int]:
        m = ctx.mentions[i]
        return [j for j in groups[(restate._unit(m.unit), restate._negative(m.value))] if j != i]

    monkeypatch.setattr(restate, "_candidates", whole_group)
    ctx.memo.clear()
    assert relations_of(restate, ctx) == fast


def _block_heading_by_walking_up(ctx: Context, index: int) -> str:
    """block_heading as it was: from the figure's line up, for every figure."""
    paragraphs = ctx.document.paragraphs
    number = ctx.mentions[index].paragraph
    if not base._line(paragraphs[number - 1].text):
        return ""
    for k in range(number - 1, 0, -1):
        above, below = paragraphs[k - 1], paragraphs[k]
        if ctx.document.text[above.start + len(above.text) : below.start].count("\n") >= 2 or not base._line(
            above.text
        ):
            return ""
        if not any(ctx.statistic(j) for j in ctx.by_paragraph.get(above.number, [])):
            return above.text
    return ""


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_block_headings_are_the_headings_found_by_walking_up(path: Path, tmp_path: Path) -> None:
    ctx = context_of(path.read_text(encoding="utf-8"), tmp_path)
    for i in reversed(range(len(ctx.mentions))):  # out of order too: the memo fills downwards
        assert base.block_heading(ctx, i) == _block_heading_by_walking_up(ctx, i)
