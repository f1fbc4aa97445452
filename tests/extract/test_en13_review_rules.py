"""English forms met reviewing releases of small island statistics offices: a list led by a span of
time ("over the twelve months to May 2021:") is no key-figure box, and series told apart by a
bracketed letter (CPI(A), CPI(B)) are not one figure restated.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text


def test_a_list_led_by_a_span_of_time_restates_nothing(tmp_path: Path) -> None:
    text = (
        "Price index report, May 2021\n"
        "The May 2021 report shows:\n"
        "during the twelve months to May 2021 the headline price index for the island increased by 3.1% "
        "to stand at 140.2 (2010 = 100)\n"
        "the increase in the index over the twelve months to February 2021 was 2.2%\n"
        "over the twelve months to May 2021:\n"
        "the index for retired households increased by 3.0%\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert drafted["3.0"] == []
    assert failing == []


def test_series_told_apart_by_a_bracketed_letter_are_two_figures(tmp_path: Path) -> None:
    text = (
        "Price index report, May 2021\n"
        "The May 2021 report shows:\n"
        "during the twelve months to May 2021 the all items CPI for the island increased by 5.2% "
        "to stand at 140.2 (2010 = 100)\n"
        "underlying inflation, as measured by the annual change in CPI(B), increased by 4.9% over the "
        "twelve months to May 2021\n"
        "over the twelve months to May 2021:\n"
        "CPI(A) increased by 4.9%\n"
        "CPI(C) increased by 5.0%\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert drafted["4.9"] == []
    assert drafted["5.0"] == []
    assert failing == []
