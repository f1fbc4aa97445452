"""A page's running header copied into the text: its page number is no figure."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units

from factcheck.extract.runningheaders import running_headers

_RELEASE = (
    "Quarterly Retail Trade Survey June 2031\n"
    "Retail sales grew by 2.4 percent in the second quarter of 2031.\n"
    "7 Quarterly Retail Trade Bulletin June 2031 NATIONAL STATISTICS OFFICE\n"
    "Food stores sold 3.1 percent more than a year earlier.\n"
    "Quarterly Retail Trade Bulletin, June 2031 8\n"
)


def test_a_page_number_beside_the_titles_first_words_is_no_figure(tmp_path: Path) -> None:
    assert [value for value, _ in drafted_units(tmp_path, _RELEASE)] == ["2.4", "3.1"]


def test_a_line_with_a_figure_or_a_sentence_is_no_running_header() -> None:
    title = "Quarterly Retail Trade Survey June 2031"
    lines = [
        "12 Quarterly Retail Trade firms reported 4.5 percent growth",
        "3 Quarterly Retail Trade outlets closed. Sales fell",
        "4 Monthly Retail Trade Bulletin",
        "5 Quarterly Retail Trade Bulletin",
    ]
    assert running_headers(title, lines) == {3}
