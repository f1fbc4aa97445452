"""Rules learnt from the third batch of labelled releases: tables, chart furniture, signs, periods."""

from __future__ import annotations

from factcheck.checks.citation import quote_has_number
from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions
from factcheck.grammar.signs import rate_change_sign
from factcheck.grammar.tables import ColumnUnit, header_units, table_values, unit_of_label


def _values(text: str, lang: str = "zh", period: str | None = "2019") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_widened_fall_is_negative_a_narrowed_one_positive() -> None:
    assert rate_change_sign("降幅比1—6月份扩大") == -1
    assert rate_change_sign("降幅收窄") == 1
    assert rate_change_sign("增幅收窄") == -1
    assert rate_change_sign("增幅扩大") == 1
    assert rate_change_sign("投资规模扩大") is None  # no fall or rise named: not a change of a rate
    assert rate_change_sign("降幅为5%，规模扩大") is None  # the fall is in another clause
    assert sign_problem("降幅扩大0.6个百分点", "-0.6", -1) is None
    assert sign_problem("降幅收窄0.6个百分点", "-0.6", -1) is not None  # a narrowed fall is a rise


def test_a_margin_of_error_may_stand_before_below() -> None:
    assert sign_problem("but is 4.4 percent (±12.7 percent)* below the June 2023 rate", "-4.4", -1) is None
    assert sign_problem("but is 4.4 percent (±12.7 percent)* above the June 2023 rate", "-4.4", -1) is not None


def test_header_units() -> None:
    assert unit_of_label("绝对数(万人)") == ColumnUnit("万", "人")
    assert unit_of_label("绝 对 数 (亿元)") == ColumnUnit("亿", "元")
    assert unit_of_label("比上年增长 (%)") == ColumnUnit("", "%")
    assert unit_of_label("2019年(注1)") is None  # a note, not a unit
    assert unit_of_label("指标名称") is None
    assert header_units("| 绝 对 数 (亿元) | 比上年增长 (%) |") is not None
    assert header_units("地区生产总值 | 617.50 | 5.2 |") is None  # a row of figures is no header


def test_a_quote_from_the_header_row_verifies_a_scaled_cell() -> None:
    quote = "指标名称 | 绝对数(万人) | 比重(%) |\n年末常住人口 | 3856 | 100 |"
    assert table_values(quote) == [("3856", ColumnUnit("万", "人")), ("100", ColumnUnit("", "%"))]
    assert quote_has_number(quote, "3856万")
    assert not quote_has_number(quote, "100万")  # the percent column has no 万
    assert not quote_has_number("年末常住人口 | 3856 | 100 |", "3856万")  # no header in the quote


def test_figures_apart_only_by_spaces_are_each_in_the_quote() -> None:
    assert quote_has_number("1,446,000 1,353,000 1,710,000", "1,353,000")
    assert not quote_has_number("1,446,000 1,353,000 1,710,000", "353,000")


def test_chart_furniture_is_not_drafted() -> None:
    assert _values("2,100", "en", "2024-06") == []
    assert _values("Jun-19 Jun-20 Jun-21 Jun-22 Jun-23 Jun-24", "en", "2024-06") == []
    assert _values("1,446,000 1,353,000 1,710,000", "en", "2024-06") != []  # a headline box is kept


def test_a_class_defined_by_size_is_not_a_statistic() -> None:
    found = _values(
        "Authorizations of units in buildings with five units or more were at a rate of 460,000 in June.", "en"
    )
    assert [value for value, _ in found] == ["460,000"]
    assert _values("Authorizations of units in buildings with five units or more rose.", "en") == []
    kept = _values("Employers with 250 staff added 460,000 jobs in June.", "en")
    assert [value for value, _ in kept] == ["250", "460,000"]  # no "or more": not a class of sizes


def test_a_space_before_the_percent_sign() -> None:
    assert ("1.4", "%") in _values("全年蔬菜播种面积3938公顷,比上年增长1.4 %,产量106551吨。")


def test_a_counted_noun_phrase() -> None:
    assert ("3.1 million", "job openings") in _values("There were 3.1 million job openings on the last day.", "en")
    assert ("3.1 million", "jobs") in _values("There were 3.1 million jobs on the last day.", "en")


def test_a_month_naming_the_figure_gives_its_period() -> None:
    text = (
        "Permits in June were at a rate of 1,446,000. This is 3.4 percent above the revised May rate of "
        "1,399,000, but is 3.1 percent below the June 2023 rate of 1,493,000."
    )
    periods = {m.value: m.period for m in paragraph_mentions(text, 1, "en", "2024-06")}
    assert periods["1,446,000"] == "2024-06"
    assert periods["1,399,000"] == "2024-05"
    assert periods["1,493,000"] == "2023-06"


def test_the_number_of_names_what_a_bare_figure_counts() -> None:
    found = _values("The number of job openings in June was 3.1 million, essentially unchanged.", "en")
    assert ("3.1 million", "job openings") in found
    found = _values("At 4.1 million in June, the number of hires is up from 3.6 million in October 2009.", "en")
    assert ("4.1 million", "hires") in found and ("3.6 million", "hires") in found
    assert ("3.1 million", None) in _values("Openings in June were 3.1 million, essentially unchanged.", "en")


def test_about_in_a_conversion() -> None:
    found = paragraph_mentions("人均生产总值约合20533美元。", 1, "zh", "2019")
    assert [(m.value, m.unit, m.qualifier) for m in found] == [("20533", "美元", "about")]
    found = paragraph_mentions("人均生产总值折合20533美元。", 1, "zh", "2019")
    assert [(m.value, m.unit, m.qualifier) for m in found] == [("20533", "美元", None)]


def test_an_html_table_is_drafted_with_its_header_units_and_the_quote_verifies(tmp_path) -> None:
    from factcheck.extract.document import read_document
    from factcheck.extract.mentions import find_mentions
    from factcheck.grammar.textnorm import fold

    page = tmp_path / "table.html"
    page.write_text(
        "<html><body><main><p>表1 2019年生产总值</p><table>"
        "<tr><td></td><td>绝 对 数 (亿元)</td><th>比上年增长 (%)</th></tr>"
        "<tr><td>地区生产总值</td><td>617.50</td><td>5.2</td></tr>"
        "<tr><td>第一产业</td><td>37.11</td><td>2.6</td></tr></table>"
        "<p>全年全市生产总值617.50亿元，比上年增长5.2%。</p></main></body></html>",
        encoding="utf-8",
    )
    document = read_document(str(page))
    assert [p.text for p in document.paragraphs][1:3] == [
        "| 绝 对 数 (亿元) | 比上年增长 (%)",  # spaced as shown, as the text, DOCX and PDF readers keep it
        "地区生产总值 | 617.50 | 5.2",
    ]
    cells = [m for m in find_mentions(document, "zh", "2019") if m.quote]
    assert [(m.value, m.unit) for m in cells] == [("617.50亿", "元"), ("5.2", "%"), ("37.11亿", "元"), ("2.6", "%")]
    for mention in cells:
        assert fold(mention.quote) in fold(document.text)
        assert quote_has_number(mention.quote, mention.value)
    prose = [m for m in find_mentions(document, "zh", "2019") if not m.quote]
    assert ("617.50亿", "元") in [(m.value, m.unit) for m in prose]  # prose keeps its own unit and quote


def test_a_markdown_table_row_is_one_paragraph_with_its_cells_apart() -> None:
    from factcheck.documents.markdown import markdown_to_blocks

    _, blocks = markdown_to_blocks(
        "表1\n\n| | 绝 对 数 (亿元) | 增长 (%) |\n|---|---|---|\n| 地区生产总值 | 617.50 | 5.2 |\n\n正文。"
    )
    assert blocks == ["表1", "| 绝对数 (亿元) | 增长 (%)", "地区生产总值 | 617.50 | 5.2", "正文。"]
    _, blocks = markdown_to_blocks("a line with a | pipe inside\ncontinues here")  # not a row: one paragraph
    assert blocks == ["a line with a pipe inside continues here"]
