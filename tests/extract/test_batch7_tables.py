"""Tables flattened to text (one row a line, cells apart by spaces): units from row labels and captions."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units as _drafts

from factcheck.extract.checkdoc import prepare
from factcheck.grammar.flattables import english_caption_unit, english_unit, flat_row_figures
from factcheck.grammar.tables import ColumnUnit


def test_a_row_label_names_the_unit_of_every_figure_of_its_row() -> None:
    assert english_unit("FOB Value (in Million US Dollars)") == ColumnUnit(" million", "$")
    assert english_unit("Year-on-Year Growth (Percent)") == ColumnUnit("", "%")
    assert english_unit("Exports (USD)") == ColumnUnit("", "$")
    assert english_unit("Bananas (Fresh)") is None  # a note, no unit
    assert english_unit("Daily consumer goods trade (4711, 472)") is None  # a code
    assert english_unit("Growth") is None


def test_a_caption_names_percent_for_the_rows_under_it() -> None:
    assert english_caption_unit("Year-on-Year Growth in Percent") == ColumnUnit("", "%")
    assert english_caption_unit("Appendix table 1. Annual change of turnover in trade, % (TOL 2008)")
    assert english_caption_unit("Table A.2  Top 10 Philippine Exports to All Countries:  September 2019") is None
    assert english_caption_unit("Sales volume 1.7 5.6 4.6") is None  # a row, not a caption
    assert english_caption_unit("Prices rose by 2 percent in the year.") is None


def test_the_figures_of_a_flattened_row_and_their_labels() -> None:
    row = flat_row_figures("Other Mineral Products 89.6 Metal Components -25.8")
    assert [(cell.text, label) for cell, label in row] == [
        ("89.6", "Other Mineral Products"),
        ("-25.8", "Metal Components"),
    ]
    coded = flat_row_figures("45 Motor vehicle trade Turnover 3.6 22.3")
    assert [cell.text for cell, _ in coded] == ["3.6", "22.3"]  # the leading 45 is a code
    assert flat_row_figures("Retail sales rose 4.3 percent in October.") == []
    assert flat_row_figures("Sales rose 4.3 percent in October, after 2.1 percent in September.") == []
    assert flat_row_figures("1.2 3.4 5.6") == []  # no label: no row


def test_flattened_rows_are_drafted_with_their_units(tmp_path) -> None:
    text = (
        "Table A.1 Summary of External Trade Performance: September 2019 and September 2018\n\n"
        "FOB Value (in Million US Dollars) 5,898.02 6,052.78 9,017.49\n\n"
        "Year-on-Year Growth (Percent) -2.6 1.1 -10.5\n\n"
        "Table A.2 Top 10 Philippine Exports: September 2019\n\n"
        "Year-on-Year Growth in Percent\n\n"
        "Gainers Losers\n\n"
        "Other Mineral Products 89.6 Metal Components -25.8\n\n"
        "Gold -1.8\n\n"
        "Table A.3 Top 10 Philippine Imports: September 2019\n\n"
        "Iron and Steel 46\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("5,898.02 million", "$") in drafts
    assert ("-10.5", "%") in drafts
    assert ("89.6", "%") in drafts and ("-25.8", "%") in drafts and ("-1.8", "%") in drafts
    assert ("46", "%") not in drafts  # the caption ends at the next table's title


ROWS = """Appendix table 1. Annual change of turnover and sales volume in industries of trade, %
G Total trade Turnover 0.6 8.8 10.3 8.5 8.5 9.1
47 Retail trade Turnover 4.7 7.5 5.2 4.5 5.6 4.3
Department store trade (4719) 3) Turnover 5.2 12.3 4.0 5.3 6.8 2.9
3) The share of department stores of turnover in retail trade was 6.5 per cent in 2019.
"""


def _checks(tmp_path, text: str) -> list[tuple[str, dict]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], c) for d in checked.drafts for c in d.data.get("checks", []) if "same" in c]


def test_a_cell_is_no_title_restated_by_another_figure_in_prose(tmp_path) -> None:
    assert _checks(tmp_path, ROWS) == []
    assert ("4.7", "%") in _drafts(tmp_path, ROWS)


def test_the_citation_check_reads_a_row_label_scale() -> None:
    from factcheck.checks.citation import quote_has_number

    quote = "FOB Value (in Million US Dollars) 5,898.02 6,052.78 9,017.49 10,076.42"
    assert quote_has_number(quote, "6,052.78 million")
    assert not quote_has_number(quote, "6,052.78 billion")
    assert not quote_has_number("FOB Value (Fresh) 5,898.02 6,052.78", "6,052.78 million")


def test_the_next_cells_label_is_no_unit_of_a_figure(tmp_path) -> None:
    text = "Year-on-Year Growth in Percent\n\nBananas (Fresh) 55.5 Articles of Apparel and Clothing Accessories -20.7\n"
    drafts = _drafts(tmp_path, text)
    assert ("55.5", "%") in drafts and ("-20.7", "%") in drafts
    assert _drafts(tmp_path, "The company made 55.5 articles of apparel in 2019.\n") != [("55.5", "%")]


def test_an_iso_code_glued_to_the_number_is_its_currency(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Total external trade in goods in September 2019 reached USD14.92 billion.\n")
    assert ("14.92 billion", "USD") in drafts
    assert ("14.92 billion", "USD") not in _drafts(tmp_path, "The index THUSD14.92 billion.\n")


def test_classification_codes_and_footnote_marks_are_no_figures() -> None:
    from factcheck.extract.noise import noise_spans

    def noise(text: str) -> list[str]:
        return [text[start:end] for start, end in noise_spans(text, text)]

    assert "(4711, 472)" in noise("Daily consumer goods trade (4711, 472) 2) Turnover 7.0 4.4 2.9")
    assert "2)" in noise("Daily consumer goods trade (4711, 472) 2) Turnover 7.0 4.4 2.9")
    assert "(474-477)" in noise("Specialised store trade (474-477) 4) Turnover 1.9 7.5")
    assert "TOL 2008" in noise("Annual change in industries of trade, % (TOL 2008)")
    assert "NIC-2008" in noise("Industry groups (NIC-2008) at two digits")
    assert "45" in noise("45 Motor vehicle trade Turnover 3.6 22.3 18.6")
    assert "029 551 3043" in noise("Inquiries: Lauri Pullinen 029 551 3043, Mauri Niiniaho 029 551 3409")
    assert "11/20-01/21" in noise("11/20-01/21 02-04/2021 05-07/2021 08-10/2021")
    assert "02-04/2021" in noise("11/20-01/21 02-04/2021 05-07/2021 08-10/2021")
    # negatives: a year in brackets, figures of prose, a count opening a sentence
    assert noise("Population census (2011) counted 45 towns") == []
    assert "45" not in noise("45 Companies reported losses in 2019, up from 30.")
    assert noise("Exports rose 4.5% (from 2.1%) 3 times in October.") == []
    assert noise("Sales were 472 (2019: 450) units") == []
