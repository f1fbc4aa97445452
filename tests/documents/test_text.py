"""A plain-text document's title: its first paragraph, past an image placeholder left by a copy."""

from __future__ import annotations

from factcheck.documents.text import text_document


def test_an_image_placeholder_is_not_the_title() -> None:
    for placeholder in ("(资料图)", "（资料图片）", "[Photo]", "（图）"):
        document = text_document(f"{placeholder}\n国家统计局发布4月份工业数据\n增长5.6%。\n")
        assert document.title == "国家统计局发布4月份工业数据", placeholder
        assert document.paragraphs[0].text == placeholder  # the paragraphs are kept as written


def test_a_bracketed_heading_with_words_or_figures_stays_the_title() -> None:
    assert text_document("(2023年4月份)\n正文\n").title == "(2023年4月份)"
    assert text_document("(图)\n").title == "(图)"  # nothing else to take
