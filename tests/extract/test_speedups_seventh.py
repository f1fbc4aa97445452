"""The seventh round's faster forms give what the code they replace gives (see BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.extract.relations_support import context_of, relations_of

from factcheck.checks import quote_sign
from factcheck.cli.extract_view import print_json
from factcheck.extract import words as module
from factcheck.extract.document import read_document
from factcheck.extract.drafts import build_drafts
from factcheck.extract.infer import columns, rates
from factcheck.extract.mentions import find_mentions
from factcheck.extract.output import Written
from factcheck.extract.words import _prefixes, subject_of

DATA = Path(__file__).parent / "data"
#: Documents with flattened tables (columns) and per-capita figures (rates), and one of neither.
DOCUMENTS = [
    DATA / "en-eurostat-trade-2019-09.txt",
    DATA / "en-statfi-trade-2021-10.txt",
    DATA / "en-psa-trade-2019-09.txt",
    DATA / "en-census-trade-2016-07.txt",
    DATA / "en-bea-gdp-2018-q3.txt",
    DATA / "bulletin-zh.txt",
]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_table_cells_filed_by_kind_are_those_a_scan_of_every_cell_keeps(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8").strip("\n")
    ctx = context_of("\n".join([text] * 2) + "\n", tmp_path)  # two tables of each: rivals for every figure
    fast = relations_of(columns, ctx)
    monkeypatch.setattr(columns, "_kind", lambda ctx, index, change: "every cell")  # one file: all cells
    ctx.memo.clear()
    assert relations_of(columns, ctx) == fast


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_per_capita_labels_found_as_the_lazy_pattern_alone_finds_them(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context_of(path.read_text(encoding="utf-8"), tmp_path)
    fast = relations_of(rates, ctx)
    monkeypatch.setattr(rates, "_PER_PERSON", re.compile(""))  # the prefilter always says yes
    ctx.memo.clear()
    assert relations_of(rates, ctx) == fast


@given(
    st.lists(
        st.sampled_from(["GDP", " ", "\t", "\n", "per", "PER", "capita", "Person", "head", "人均", "ſ"]), max_size=8
    )
)
def test_the_per_person_prefilter_passes_every_label_the_pattern_reads(words: list[str]) -> None:
    label = "".join(words)  # a necessary condition: it may say yes where the pattern says no (" per head")
    assert rates._PER_PERSON.search(label) or not rates._NAMED_PER_PERSON.search(label)


_WORDS = [
    "下降", "增长", "减少", "fell", "rose", "decreased", "by", "or", "and", "in", "of", "the deficit",
    "declines were", "Decline was recorded in", "下拉", "降幅在", "至", "(", ")", "-", "$", "RM", "ſ", "K",
    "3.5", "1.7", "12,000", "%", " percent", "个百分点", "、", "，", " ", "了",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from(["3.5", "-3.5", "1.7%", "-12,000"]))
def test_the_sign_of_a_quote_is_what_every_pattern_run_says(words: list[str], value: str) -> None:
    quote = "".join(words)
    sign = -1 if value.startswith("-") else 1
    fast = quote_sign.sign_problem(quote, value, sign)
    guard = quote_sign._LATIN
    try:
        quote_sign._LATIN = re.compile("")  # the English patterns run on every quote
        assert quote_sign.sign_problem(quote, value, sign) == fast
    finally:
        quote_sign._LATIN = guard


def test_the_latin_guard_knows_the_letters_that_fold_to_ascii() -> None:
    for letter in "İıſK":
        assert quote_sign._LATIN.search(letter)
    assert not quote_sign._LATIN.search("下降3.5%，（）-$€")


def _subject_by_loop(head: str) -> str:
    """subject_of as it was, for Chinese heads: each qualifier word tried in turn."""
    text = module._FOOTNOTE.sub("", head).strip()
    text = module._LEAD.sub("", text)
    for _ in range(3):
        text = module._TRAIL.sub("", text)
        for word, _name in _prefixes():
            if not word.isascii() and text.endswith(word):
                text = text[: -len(word)]
                break
    text = re.sub(r"(?:提出)?(?:力争|争取)?到?(?:19|20)\d\d年(?:\d{1,2}(?:-\d{1,2})?月份?)?", "", text)
    text = re.sub(r"(?:由|从)(?:上年|去年|上年末|年初|上年同期)?的?$", "", text)
    return module._trimmed(text.rstrip("第唯"))


@pytest.mark.parametrize("path", [DATA / "bulletin-zh.txt", *sorted(DATA.glob("zh-*.txt"))[:6]], ids=lambda p: p.stem)
def test_chinese_subjects_are_those_the_word_by_word_loop_gives(path: Path, tmp_path: Path) -> None:
    ctx = context_of(path.read_text(encoding="utf-8"), tmp_path)
    heads = {m.head for m in ctx.mentions}
    heads |= {head + word for head in list(heads)[:20] for word, _ in _prefixes() if not word.isascii()}
    for head in heads:
        assert subject_of(head, False) == _subject_by_loop(head)


def test_the_json_of_extract_is_what_json_dumps_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.txt"
    path.write_text('2023年全市生产总值增长5.2%，达到1234.5亿元。\nOutput fell 3.1% in "2023"\\.\n', encoding="utf-8")
    document = read_document(str(path))
    mentions = find_mentions(document, "auto", None)
    drafts = build_drafts(document, mentions, None, "auto")
    written = Written()
    print_json(drafts, mentions[:1], tmp_path / "claims", written, True)
    out = capsys.readouterr().out
    payload = json.loads(out)
    assert out == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    assert len(payload["drafts"]) == len(drafts) >= 2
