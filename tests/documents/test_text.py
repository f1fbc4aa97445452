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


WRAPPED = """Labour Force, Australia, June 2018
Released at 11:30 AM

TREND ESTIMATES (MONTHLY CHANGE)
• Employment increased 26,900 to 12,562,800
• Unemployment decreased 1,200 to 719,000

Nonfarm business sector labor productivity decreased at a 0.5-percent annual rate
during the second quarter of 2016, as output increased 1.2 percent and hours
worked increased 1.8 percent.
1. The first note
(a) an item
"""


def test_a_wrapped_text_keeps_list_items_and_headings_apart() -> None:
    document = text_document(WRAPPED)
    texts = [p.text for p in document.paragraphs]
    assert texts == [
        "Labour Force, Australia, June 2018 Released at 11:30 AM",
        "TREND ESTIMATES (MONTHLY CHANGE)",
        "• Employment increased 26,900 to 12,562,800",
        "• Unemployment decreased 1,200 to 719,000",
        "Nonfarm business sector labor productivity decreased at a 0.5-percent annual rate during the second "
        "quarter of 2016, as output increased 1.2 percent and hours worked increased 1.8 percent.",
        "1. The first note",
        "(a) an item",
    ]
    for paragraph in document.paragraphs:  # each paragraph sits at its place in the text
        assert (
            document.text[paragraph.start : paragraph.start + len(paragraph.text)].replace("\n", " ") == paragraph.text
        )
