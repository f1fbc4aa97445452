"""Faster forms of issue 11 item 8 (round px16) give what the code they replace gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from tests.extract.relations_support import context_of, relations_of

from factcheck.extract.docperiod import document_period
from factcheck.extract.infer import contributions, zh_text_row
from factcheck.extract.infer.base import words
from factcheck.extract.mentions import paragraph_mentions
from factcheck.extract.noise import is_furniture, noise_spans
from factcheck.extract.numbers import fold_same_length
from factcheck.extract.paragraphmemo import mentions_once
from factcheck.extract.reference import Reference
from factcheck.extract.textmemo import furniture, paragraph_noise, paragraph_periods
from factcheck.extract.timing import find_periods
from factcheck.grammar.gluedrows import _halfwidth, halfwidth_by_char

#: Lines written for this test: dates, periods, a header naming a percent column, furniture, an address.
LINES = [
    "２０２４年１－６月，全县完成固定资产投资１２.５亿元，比上年同期增长３.２％。",
    "2024年比上年增长%",
    "发布日期：2025年3月4日",
    "第3页 共12页",
    "In March 2023, exports rose 4.1% on February; imports fell 2.0 percent.",
    "Release date: 14 May 2021",
    "10000 SPLIT, MAIN STREET 3, PHONE: +385 1 234 5678",
    "上半年，城镇居民人均可支配收入18,765元，同比增长5.1%；12月份价格环比持平。",
    "",
]


def test_halfwidth_of_every_character() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert _halfwidth(every) == halfwidth_by_char(every)


@given(st.text())
def test_halfwidth_is_the_character_by_character_form(text: str) -> None:
    assert _halfwidth(text) == halfwidth_by_char(text)


def test_kept_answers_are_the_scans_and_cannot_be_changed_by_a_caller() -> None:
    for line in LINES * 2:  # the second time round, from the memo
        folded = fold_same_length(line)
        spans = paragraph_noise(line, folded)
        assert spans == noise_spans(line, folded)
        spans.append((0, 1))  # a caller's change stays in its own list
        assert paragraph_noise(line, folded) == noise_spans(line, folded)
        for year, month in ((None, None), (2024, 6)):
            periods = paragraph_periods(line, folded, year, month)
            assert periods == find_periods(line, folded, year, month)
            periods.clear()
            assert paragraph_periods(line, folded, year, month) == find_periods(line, folded, year, month)
        for period in find_periods(line, folded, 2024):
            assert furniture(line, period.start, period.end) == is_furniture(line, period.start, period.end)


def test_noise_and_periods_were_found_in_the_written_lines() -> None:
    assert any(paragraph_noise(line, fold_same_length(line)) for line in LINES)
    assert any(paragraph_periods(line, fold_same_length(line), 2024) for line in LINES)


def test_document_period_from_one_scan_of_the_text() -> None:
    """The text's periods are found once and filtered twice (its own periods, a month without its year)."""
    text = "2023年9月，全市规模以上工业增加值同比增长4.2%。\n2023年9月，社会消费品零售总额增长3.1%。\n"
    text += "2023年8月，出口下降1.0%。"
    reference = document_period([], text)
    assert reference is not None
    assert reference.period == "2023-09"


def test_a_paragraphs_mentions_found_once_are_those_found_each_time() -> None:

    reference = Reference.of("2024")
    for number, line in enumerate(LINES * 3, start=1):  # each line again under another paragraph number
        lang = "en" if line[:1].isascii() and line[:1].isalpha() else "zh"
        once = mentions_once(paragraph_mentions, line, number, lang, reference, None)
        assert once == paragraph_mentions(line, number, lang, reference, None)
        assert all(mention.paragraph == number for mention in once)
        for mention in once:  # later steps change mentions in place: the kept ones stay as found
            mention.notes.append("changed by a later step")
            mention.subject = "changed"
        assert mentions_once(paragraph_mentions, line, number, lang, reference, None) == paragraph_mentions(
            line, number, lang, reference, None
        )
    assert any(paragraph_mentions(line, 1, "zh", reference, None) for line in LINES)


ROWS = (
    "2024年，全县居民消费价格总水平比上年上涨0.4%。其中，食品烟酒类价格上涨1.2%，衣着价格下降0.3%。\n"
    "65岁及以上老年人口占总人口的比重为15.2%。\n"
    "表1 2024年居民消费价格比上年涨跌幅度\n"
    "居民消费价格总水平 0.4\n"
    "食品烟酒 1.2\n"
    "衣着 -0.3\n"
    "65岁及以上 12.3 15.2\n"
)
PULLS = (
    "2024年，全县地区生产总值增长5.6%。分产业看，第一产业拉动经济增长0.4个百分点，第二产业拉动经济增长2.5个百分点，"
    "第三产业拉动经济增长2.7个百分点。\n"
    "全县规模以上工业增加值同比增长7.1%，环比增长0.3%；工业对经济增长的贡献率为35.2%，人均生产总值增长5.0%。\n"
)


class _EveryMention(dict):
    """The scan `zh_text_row` made before its file of figures: every mention for every cell."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def get(self, key: object, default: object = None) -> range:
        return range(self.count)


def test_a_row_is_compared_with_the_figures_of_its_file_only(tmp_path, monkeypatch) -> None:
    ctx = context_of(ROWS, tmp_path)
    filed = relations_of(zh_text_row, ctx)
    monkeypatch.setattr(zh_text_row, "_by_figure", lambda ctx: _EveryMention(len(ctx.mentions)))
    assert filed == relations_of(zh_text_row, context_of(ROWS, tmp_path))
    assert len(filed) >= 2


def _growth_of_scanning(ctx, near, name, in_english, frequency=None, skip=frozenset()):
    """contributions._growth_of before the percent figures were filed once per document."""
    if not in_english and contributions._ECONOMY.fullmatch(name.strip()):
        name = "生产总值"
    wanted = words(name) if in_english else None
    best = None
    plain = contributions._plain
    for j, m in enumerate(ctx.mentions):
        if ctx.dimension(j) != "percent" or m.unit == "‰" or j == near or j in skip:
            continue
        window = ctx.paragraph_text(j)[max(0, m.start - 60) : m.start]
        if in_english:
            if wanted and wanted <= words(window):
                return j
        elif (
            plain(name) in plain(window)
            and not re.search(r"[。；;]|其中", plain(window)[plain(window).rindex(plain(name)) :])
            and not re.search(r"人均(?:地区)?$", plain(window)[: plain(window).rindex(plain(name))])
            and re.search(r"增长|上涨|下降", m.head)
            and (frequency is None or contributions._frequency(window) in (None, frequency))
        ):
            best = j if best is None else best
            if m.paragraph == ctx.mentions[near].paragraph:
                return j
    return best


def test_the_growth_a_pull_goes_to_is_the_one_a_scan_finds(tmp_path) -> None:
    ctx = context_of(PULLS, tmp_path)
    found = set()
    for near in range(len(ctx.mentions)):
        for name in ("生产总值", "经济", "全县经济", "工业增加值", "规模以上工业增加值", "GDP", "industry"):
            for frequency in (None, "同比", "环比"):
                for skip in (frozenset(), frozenset({near + 1})):
                    for in_english in (False, True):
                        answer = contributions._growth_of(ctx, near, name, in_english, frequency, skip)
                        assert answer == _growth_of_scanning(ctx, near, name, in_english, frequency, skip)
                        found.add(answer)
    assert len(found - {None}) >= 2
