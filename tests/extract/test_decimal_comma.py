"""Decimal commas ("32,6%", "16,7 million") read as a property of the whole document."""

from __future__ import annotations

import pytest

from factcheck.extract.document import parse_document
from factcheck.extract.mentions import find_mentions
from factcheck.extract.numbers import find_numbers, folded_text
from factcheck.grammar.decimalcomma import NumberStyle, number_style

STATS_SA = (
    "Quarterly Labour Force Survey Quarter 3: 2023\n\n"
    "The official unemployment rate decreased by 0,7 of a percentage point from 32,6% in Q2: 2023 to "
    "31,9% in Q3: 2023.\n\n"
    "The number of employed persons increased by 399 000 to 16,7 million in Q3: 2023.\n\n"
    "Government debt reached R1 234,5 billion.\n"
)


def _drafted(text: str, lang: str = "en", period: str | None = None) -> list[tuple[str, str | None]]:
    document = parse_document(text, "txt")
    return [(m.value, m.unit) for m in find_mentions(document, lang, period) if m.kind != "label"]


def test_a_decimal_comma_document_is_read_with_decimal_commas() -> None:
    found = _drafted(STATS_SA)
    assert found == [
        ("-0.7", "percentage points"),  # "by 0,7 of a percentage point"
        ("32.6", "%"),
        ("31.9", "%"),
        ("399000", None),
        ("16.7 million", None),
        ("1234.5 billion", None),
    ]


def test_the_quote_keeps_the_documents_own_text_and_quarters_are_periods() -> None:
    document = parse_document(STATS_SA, "txt")
    mentions = [m for m in find_mentions(document, "en") if m.kind != "label"]
    rate = next(m for m in mentions if m.value == "32.6")
    paragraph = document.paragraphs[rate.paragraph - 1].text
    assert paragraph[rate.value_start : rate.value_start + 4] == "32,6"
    assert "32,6%" in rate.clause.text  # the clause is not cut at the decimal comma
    assert rate.period == "2023-Q2"
    assert {m.period for m in mentions if m.value in ("31.9", "16.7 million")} == {"2023-Q3"}
    assert "3" not in [m.value for m in mentions]  # "Quarter 3: 2023" is a period, not a count


def test_an_english_document_with_comma_thousands_is_unchanged() -> None:
    text = "Employment rose by 12,000 to 1,234,567 in March 2024, and the rate was 4,5 points lower at 3.5%.\n"
    assert number_style(text) == NumberStyle()
    values = [value for value, _ in _drafted(text)]
    assert "1,234,567" in values and "12,000" in values and "3.5" in values
    assert "4.5" not in values  # mixed: "4,5" keeps the ordinary reading


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 2,5% while 1,234,567 people were employed.",  # both conventions: mixed
        "Employment rose by 1,234 to 5,678.",  # only ambiguous commas: no evidence
        "Items 1,2,3 were revised.",  # a list, not a decimal
        "全市生产总值增长3,5%，其中第一产业增长2,1%。",  # Chinese never writes decimal commas
    ],
)
def test_mixed_ambiguous_or_chinese_text_keeps_the_ordinary_reading(text: str) -> None:
    assert number_style(text) == NumberStyle()
    assert folded_text(text, number_style(text)) == folded_text(text)


def test_a_mixed_text_reads_a_percent_with_one_or_two_digits_after_its_comma_as_a_decimal() -> None:
    text = "Output rose by 4,2% in May (quarrying -3,15 %) and wages 3.1%; 1,500 firms and items 1,2,3% replied."
    style = number_style(text)
    assert style == NumberStyle(decimal_comma=True, percents_only=True)
    assert style.points(text) == (
        "Output rose by 4.2% in May (quarrying -3.15 %) and wages 3.1%; 1,500 firms and items 1,2,3% replied."
    )
    values = [value for value, _ in _drafted(text)]
    assert "4.2" in values and "-3.15" in values and "1,500" in values
    assert "4" not in values and "2" not in values


def test_three_decimals_only_when_the_document_groups_thousands_with_spaces() -> None:
    spaced = number_style("It rose by 399 000 to 16,7 million; the index was 1,234.")
    assert spaced == NumberStyle(decimal_comma=True, three_decimals=True)
    assert spaced.points("the index was 1,234.") == "the index was 1.234."
    unspaced = number_style("It rose to 16,7 million; the index was 1,234.")
    assert unspaced == NumberStyle(decimal_comma=True, three_decimals=False)
    assert unspaced.points("the index was 1,234.") == "the index was 1,234."


def test_points_keep_offsets_and_leave_lists_alone() -> None:
    style = NumberStyle(decimal_comma=True)
    text = "0,7 of 32,6% and 1 234,5; items 1,2,3"
    pointed = style.points(text)
    assert len(pointed) == len(text)
    assert pointed == "0.7 of 32.6% and 1 234.5; items 1,2,3"


def test_number_tokens_read_the_folded_decimal_points_but_keep_offsets() -> None:
    text = "from 32,6% to R1 234,5 billion"
    numbers = find_numbers(text, folded_text(text, NumberStyle(decimal_comma=True)))
    assert [(n.text, text[n.start : n.end]) for n in numbers] == [
        ("32.6", "32,6"),
        ("1234.5 billion", "1 234,5 billion"),
    ]
    assert [n.text for n in find_numbers(text)] == ["32", "6", "1", "234", "5 billion"]  # no style: as before


def test_a_chinese_document_is_never_read_with_decimal_commas() -> None:
    text = "全年粮食产量20,5万吨，比上年增长3,5%。\n"
    assert number_style(text) == NumberStyle()
    assert all("." not in value for value, _ in _drafted(text, "zh", "2023"))
    assert all("." not in value for value, _ in _drafted(text, "auto", "2023"))


TABLE = (
    "# Quarterly Labour Force Survey Q3: 2023\n\n"
    "The official unemployment rate was 31,9% in Q3: 2023.\n\n"
    "| Province | Unemployment rate (%) | Employed |\n|---|---|---|\n"
    "| Western Cape | 22,5 | 2 612 |\n| Gauteng | 33,9 | 5 123 |\n"
)


def test_table_cells_are_read_as_the_prose_is() -> None:
    document = parse_document(TABLE, "md")
    cells = [m for m in find_mentions(document, "en") if m.quote]
    assert [(m.value, m.unit) for m in cells] == [("22.5", "%"), ("33.9", "%")]
    assert "Western Cape | 22,5" in cells[0].quote  # the quote is the document's own text
