"""Properties of the finder on arbitrary text: no crash, offsets inside the text, values parse."""

from __future__ import annotations

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract.document import parse_document
from factcheck.extract.drafts import build_drafts, render_yaml
from factcheck.extract.mentions import find_mentions, paragraph_mentions
from factcheck.extract.numbers import find_numbers, fold_same_length
from factcheck.grammar.values import parse_quantity

_PIECES = st.sampled_from(
    [
        "725万千瓦",
        "第2位",
        "以上",
        "约",
        "超过",
        "近",
        "多",
        "余",
        "12%",
        "1,234.5",
        "三千五百",
        "两",
        "一",
        "亿元",
        "个百分点",
        "2022年",
        "1-11月",
        "“五个优化”",
        ",",
        "。",
        "、",
        "其中",
        "共",
        "增长",
        "下降",
        "more than ",
        "$3.5 million",
        " ranked second",
        "\n",
        " ",
        "abc",
        "百分之五十",
        "２０２２",
        "首位",
        "居全省",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
@example("5多百分之五十")  # 多 before 百分之: not 5多百 (once a random failure)
def test_number_tokens_are_spans_the_grammar_parses(text: str) -> None:
    assert len(fold_same_length(text)) == len(text)
    for token in find_numbers(text):
        assert text[token.start : token.end] == token.text
        parse_quantity(token.text)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_mentions_never_crash_and_point_into_the_text(text: str) -> None:
    for lang in ("zh", "en"):
        for mention in paragraph_mentions(text, 1, lang, 2022):
            assert 0 <= mention.start <= mention.value_start < mention.end <= len(text)
            assert mention.clause.text in text


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXT.filter(lambda t: t.strip()), min_size=1, max_size=3))
def test_rendered_drafts_are_yaml_that_reads_back(paragraphs: list[str]) -> None:
    document = parse_document('标题 \\ "quoted"\n' + "\n".join(paragraphs), "txt")
    for draft in build_drafts(document, find_mentions(document, "auto", 2022), None):
        assert yaml.safe_load(render_yaml(draft)) == draft.data
