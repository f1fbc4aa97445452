"""The eighth round's faster forms give what the code they replace gives (see BENCHMARKS.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.extract.relations_support import context_of

from factcheck.extract import afternumber, hanperiods, loosemonths
from factcheck.extract.document import read_document
from factcheck.extract.infer import columns, partition, zh_breakdown, zh_change_sum
from factcheck.extract.infer.answers import relations_of
from factcheck.extract.infer.flat_tables import tables
from factcheck.extract.infer.line_tables import line_tables
from factcheck.grammar import linetable

DATA = Path(__file__).parent / "data"
TABLES = [DATA / "en-eurostat-trade-2019-09.txt", DATA / "en-ssb-trade-2025-04.txt", DATA / "en-psa-trade-2019-09.txt"]

_FRAGMENTS = [
    " ", "*", "**", "(±", "6,000", ") ", "-", "+", "odd", "plus", "percent", "per cent", "points", "point",
    " area", " zone", " jobs", " per", " week", "/gal", "b/d", " TEU", "GW", "吨", "a", "s", "3", "x",
]  # fmt: skip
_IN_PLACE = [
    pattern
    for name in dir(afternumber)
    if isinstance(pattern := getattr(afternumber, name), re.Pattern) and name.isupper() and not name.startswith("_")
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=10), st.integers(0, 40), st.integers(0, 24))
def test_matching_in_place_matches_what_a_copy_of_the_rest_matches(parts: list[str], at: int, width: int) -> None:
    text = "".join(parts)
    at = min(at, len(text))
    for pattern in _IN_PLACE:
        copied = re.match(pattern, text[at:])
        here = pattern.match(text, at)
        assert (copied and (copied.start() + at, copied.end() + at)) == (here and here.span()), pattern.pattern
        bounded, window = re.match(pattern, text[at : at + width]), pattern.match(text, at, at + width)
        assert (bounded and bounded.end() + at) == (window and window.end()), pattern.pattern


@given(st.text(alphabet="二零一五〇第四季度年月个前5 12-.份日", max_size=16))
def test_the_period_scans_skipped_without_their_characters_find_nothing(text: str) -> None:
    if "年" not in text and "季" not in text:
        assert hanperiods._PERIOD.search(text) is None
    if "月" not in text:
        assert loosemonths._BARE_MONTH.search(text) is None
        assert loosemonths._FIRST_MONTHS.search(text) is None


@pytest.mark.parametrize("path", TABLES, ids=lambda path: path.stem)
def test_line_tables_kept_per_line_are_those_read_again(path: Path) -> None:
    for paragraph in read_document(str(path)).paragraphs:
        for least in (1, 3):
            kept = linetable.line_tables(paragraph.text, least)
            if len(paragraph.text) >= 40 and "|" not in paragraph.text:
                assert kept == list(linetable._line_tables.__wrapped__(paragraph.text, least))


@pytest.mark.parametrize("path", TABLES, ids=lambda path: path.stem)
def test_a_rows_own_words_kept_on_the_row_are_those_read_again(path: Path, tmp_path: Path) -> None:
    ctx = context_of(path.read_text(encoding="utf-8"), tmp_path)
    for table in tables(ctx) + line_tables(ctx):
        for row in table.rows:
            others = set().union(*(columns._label_words(o.label) for o in table.rows if o is not row))
            own = set(columns._label_words(row.label) - others - columns._GENERIC)
            own |= {also for word in list(own) for also in columns._ALSO.get(word, set())}
            assert columns._own_words(table, row) == own
            assert columns._own_words(table, row) == own  # the second answer is the kept one


def test_a_pattern_asked_again_gives_the_relations_of_its_first_run(tmp_path: Path) -> None:
    text = (DATA / "bulletin-zh.txt").read_text(encoding="utf-8")
    fresh = context_of(text, tmp_path)
    alone = [list(module.infer(fresh)) for module in (partition, zh_breakdown, zh_change_sum)]
    ctx = context_of(text, tmp_path)
    first = relations_of(ctx, zh_change_sum)  # runs partition and zh_breakdown and keeps their answers
    assert [relations_of(ctx, partition), relations_of(ctx, zh_breakdown), first] == alone
    assert relations_of(ctx, zh_change_sum) is first
