"""`prefilter.guarded`: the extractor's patterns behind a first-character look-ahead find exactly
the matches they found before, on real documents and on random text made of their own characters."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import noise, numbers, ranks, timing
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.prefilter import Scan, guarded

DATA = Path(__file__).parent / "data"
ARTICLE = Path(__file__).resolve().parents[2] / "docs" / "sources" / "weifang-2022-reform.txt"
PATTERNS = [pattern for _, pattern in timing._PATTERNS] + list(noise._ALWAYS) + [numbers._TOKEN]
PATTERNS += list(ranks._PATTERNS) + list(noise._CJK) + list(noise._LATIN_PATTERNS)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.txt"))]
    texts.append(ARTICLE.read_text(encoding="utf-8"))
    return texts + [fold_same_length(text) for text in texts]


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_same_matches_on_real_documents(index: int) -> None:
    pattern = PATTERNS[index]
    fast = guarded(pattern)
    for text in _texts():
        assert _matches(fast, text) == _matches(pattern, text)


def test_same_matches_on_random_text_of_their_own_characters() -> None:
    rng = random.Random(11)
    alphabet = sorted({c for p in PATTERNS for c in p.pattern if c not in "\\()[]{}?*+|^$"} | set("0123456789 \n.,-"))
    alphabet += ["ſ", "K", "İ", "ı", "１", "٣", "年", "月", "日"]  # case-folding and digit look-alikes
    scans = [Scan(pattern) for pattern in PATTERNS]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for pattern, scan in zip(PATTERNS, scans, strict=True):
            expected = _matches(pattern, text)
            assert _matches(guarded(pattern), text) == expected, (pattern.pattern, text)
            assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == expected, (pattern.pattern, text)


def test_a_pattern_that_starts_with_assertions_is_guarded_by_its_first_characters() -> None:
    pattern = re.compile(r"(?i)(?:(?<=\bin )|(?<=\bby ))\b(?P<y>(?:19|20)\d\d)\b")
    fast = guarded(pattern)
    assert fast is not pattern
    assert fast.flags == pattern.flags
    assert fast.groupindex == pattern.groupindex
    assert [m.group("y") for m in fast.finditer("in 2023, by 1999 and 2024")] == ["2023", "1999"]


@pytest.mark.parametrize(
    "source",
    [
        r"\d*",  # may match the empty string: every position may start a match
        r"(?:abc)?$",
        r"[^a]b",  # a negated class
        r".x",
        r"(?P<x>a)?(?(x)b|c)",  # a conditional group
        r"(?i:a)b",  # a scoped flag
    ],
)
def test_patterns_whose_first_character_cannot_be_told_are_left_alone(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_case_insensitive_and_verbose_patterns_keep_their_meaning() -> None:
    pattern = re.compile(r"(?i)\bsep(?:t(?:ember)?)?\b")
    assert [m.group() for m in guarded(pattern).finditer("SEPT, ſep and sep")] == ["SEPT", "ſep", "sep"]
    verbose = re.compile("x\\d+  # a trailing comment", re.VERBOSE)
    assert guarded(verbose).findall("x12 y3 x4") == ["x12", "x4"]


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_scan_skips_only_texts_without_a_required_character(index: int) -> None:
    pattern = PATTERNS[index]
    scan = Scan(pattern)
    texts = _texts() + ["", "2023年", "岁", "aged 16 and over", "(202) 691-6378", "见图3", "USDL-25-0459"]
    for text in texts:
        found = _matches(pattern, text)
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == found
        if found and scan.required is not None:
            assert scan.required.search(text)


def test_the_required_characters_of_a_pattern() -> None:
    assert Scan(re.compile(r"(?<![\d.,])\d{1,3}周岁")).required.pattern in ("[\\U00005468]", "[\\U00005c81]")
    assert Scan(re.compile(r"\d+")).required is None  # digits are in every statistical paragraph
    assert Scan(re.compile(r"a|\d")).required is None
    assert list(Scan(re.compile(r"(?i)Q\d")).finditer("q3 and Q4")) != []


def test_several_leading_flag_groups_are_kept_as_flags() -> None:
    pattern = re.compile(r"(?i)(?s)(?<=\bin )\d{4}")
    fast = guarded(pattern)
    assert fast.flags == pattern.flags
    assert fast.findall("IN 2023, in 2024") == pattern.findall("IN 2023, in 2024") == ["2023", "2024"]


_PIECES = [
    r"\d",
    r"\d{1,3}",
    r"[a-c]",
    r"[^a]",
    r"年",
    r"a",
    r"B",
    r"\s?",
    r"\b",
    r"(?<![\d.])",
    r"(?<=in )",
    r"(?=\d)",
    r"(?!x)",
    r"(?:ab|年月)",
    r"(?:a|)",
    r"(?P<g>\d+)",
    r"x*",
    r"(?:ſ|K)",
    r".",
    r"$",
    r"^",
]


@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5),
    st.sampled_from([0, re.IGNORECASE, re.ASCII, re.IGNORECASE | re.ASCII]),
    st.lists(st.text(alphabet="0123456789abcxABCKkſİı年月in .\n", max_size=40), min_size=1, max_size=5),
)
def test_any_pattern_built_from_common_pieces_keeps_its_matches(
    pieces: list[str], flags: int, texts: list[str]
) -> None:
    source = "".join(piece.replace("(?P<g>", "(?:") if pieces.count(piece) > 1 else piece for piece in pieces)
    try:
        pattern = re.compile(source, flags)
    except re.error:
        return  # not a pattern (two groups of one name, a look-behind of no fixed width …)
    scan = Scan(pattern)
    for text in texts:
        expected = _matches(pattern, text)
        assert _matches(guarded(pattern), text) == expected, (source, flags, text)
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == expected, (source, flags, text)
