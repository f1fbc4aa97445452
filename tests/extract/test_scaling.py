"""The linear-time replacements give the same results as the straightforward code they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.drafts import _UniqueNames
from factcheck.extract.names import unique
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.timing import _PATTERNS, _build, find_periods

STEMS = st.lists(st.sampled_from(["gdp", "gdp-2", "gdp-3", "population", "population-2", "x"]), max_size=60)


@given(STEMS)
def test_unique_names_are_the_names_unique_gives(stems: list[str]) -> None:
    names, used = _UniqueNames(), set()
    assert [names.unique(stem) for stem in stems] == [unique(stem, used) for stem in stems]


def _periods_by_scanning(text: str) -> list[tuple[int, int, str]]:
    """find_periods as it was: every match tested against every span taken before it."""
    folded = fold_same_length(text)
    taken: list[tuple[int, int]] = []
    found = []
    for type_, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            mention = _build(type_, match, text, folded, 2022, None)
            if mention is not None:
                taken.append((match.start(), match.end()))
                found.append(mention)
    return sorted((m.start, m.end, m.period) for m in found)


PIECES = [
    "2022年",
    "2023年1-11月",
    "一季度",
    "上半年",
    "3月",
    "到2026年",
    "2021-2023年",
    "去年",
    "同比",
    "，",
    "增长5%",
]


@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_periods_found_by_bisection_are_the_periods_found_by_scanning(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = sorted((m.start, m.end, m.period) for m in find_periods(text, fold_same_length(text), 2022))
    assert found == _periods_by_scanning(text)
