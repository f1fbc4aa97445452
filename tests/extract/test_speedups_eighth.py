"""The eighth round's faster forms give what the code they replace gives (see BENCHMARKS.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.extract.relations_support import context_of

from factcheck.extract import afternumber, bases, hanperiods, loosemonths
from factcheck.extract.clauses import Span, between_commas
from factcheck.extract.document import read_document
from factcheck.extract.infer import columns, partition, zh_breakdown, zh_change_sum
from factcheck.extract.infer.answers import relations_of
from factcheck.extract.infer.flat_tables import tables
from factcheck.extract.infer.line_tables import line_tables
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.timing import PeriodMention, find_periods
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


_CLAUSE_PARTS = ["a", ",", ", ", "1,234", "12", " ", "3,4", "(", ")", "rose", ",5"]


@given(st.lists(st.sampled_from(_CLAUSE_PARTS), max_size=12), st.integers(0, 40), st.integers(0, 3))
def test_the_commas_around_a_number_are_those_a_scan_of_the_clause_finds(parts: list[str], at: int, lead: int) -> None:
    folded = "x" * lead + "".join(parts)
    clause = Span(lead, len(folded), folded[lead:])
    at = min(at + lead, len(folded))
    commas = [clause.start + m.start() for m in re.finditer(r",(?!\d{3})", folded[clause.start : clause.end])]
    start = max((c + 1 for c in commas if c < at), default=clause.start)
    end = min((c for c in commas if c > at), default=clause.end)
    assert between_commas(folded, clause, at) == (start, end)


@pytest.mark.parametrize("path", [*TABLES, DATA / "en-bls-cpi-2025-03.txt", DATA / "bulletin-zh.txt"], ids=str)
def test_a_base_period_is_the_one_the_full_test_finds(path: Path) -> None:
    def full(folded: str, period: PeriodMention, value_start: int) -> bool:  # the test as it was, in its order
        if bases._ITS_FIGURE.fullmatch(folded, period.end, value_start):
            return False
        levels = bases._LEVELS.match(folded, period.end)
        if levels and levels.end() <= value_start < folded.find(")", levels.end()) + 1:
            return False
        before = folded[max(0, period.start - 40) : period.start]
        return bool(bases._BASE_BEFORE.search(before) or bases._BASE_AFTER.match(folded, period.end))

    for paragraph in read_document(str(path)).paragraphs:
        folded = fold_same_length(paragraph.text)
        periods = find_periods(paragraph.text, folded, 2024)
        for number in re.finditer(r"\d", folded):
            for period in periods:
                assert bases.is_base(folded, period, number.start()) == full(folded, period, number.start())
