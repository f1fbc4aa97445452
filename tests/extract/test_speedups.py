"""The faster forms of the extractor give what the straightforward code they replace gives."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import ValueParseError
from factcheck.extract.document import read_document
from factcheck.extract.infer import restate, same, table
from factcheck.extract.infer.base import Context, abbreviated, core, find_named, label_of, names_match
from factcheck.extract.mentions import find_mentions
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


def _context(text: str, tmp_path: Path) -> Context:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    mentions = find_mentions(document, "auto", None)
    return Context(document, mentions, [f"m{i}" for i in range(len(mentions))])


def _relations(module: object, ctx: Context) -> list[tuple[int, str, str]]:
    return [(r.claim, repr(r.check), r.rule) for r in module.infer(ctx)]  # type: ignore[attr-defined]


DOCUMENTS = [ARTICLE, *sorted(DATA.glob("*.txt"))]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_same_visits_the_mentions_an_exhaustive_scan_would_pair(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = _context("\n".join([text] * 3) + "\n", tmp_path)  # repeats: every figure is stated again
    fast = _relations(same, ctx)
    count = len(ctx.mentions)
    monkeypatch.setattr(same, "_later", lambda i, *groups: range(i + 1, count))  # every later mention
    assert _relations(same, ctx) == fast


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_ranks_read_the_same_earlier_figures(path: Path, tmp_path: Path) -> None:
    ctx = _context(path.read_text(encoding="utf-8"), tmp_path)
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
    ctx = _context("\n".join([text] * 2) + "\n", tmp_path)
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
    ctx = _context("\n".join([text] * 2) + "\n", tmp_path)  # repeats: each title has two candidates
    fast = _relations(restate, ctx), _relations(table, ctx)

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
    assert (_relations(restate, ctx), _relations(table, ctx)) == fast
