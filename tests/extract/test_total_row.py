"""A lead sentence restating a table's total row column by column: `same`, tied by the header's
column kinds and the title's words, never by the digits."""

from __future__ import annotations

from tests.extract.relations_support import run_text

SBJ = (
    "The consumer price index for Japan in December 2009 was 99.6(2005=100), down 0.2% from the previous"
    " month, and down 1.7% over the year.\n"
    "Table 1   Japan, December 2009\n"
    "| Index Monthly  Annual\n"
    "|   Change(%) Change(%)\n"
    "General | 99.6   -0.2   -1.7\n"
    "Food | 101.9   -0.2   -2.5\n"
)
EE = (
    "According to Statistics Estonia, the consumer price index increased 2.9% in August 2010 compared to"
    " August of the previous year and 0.0% compared to July this year.\n"
    "Change of the consumer price index by commodity groups, August 2010\n"
    "Commodity group August 2009 – August 2010, % July 2010 – August 2010, %\n"
    "TOTAL 2.9 0.0\n"
    "Food and non-alcoholic beverages 3.9 -1.0\n"
)


def _same(drafted: dict, value: str) -> list[str]:
    return [c["same"] for c in drafted.get(value, []) if "same" in c]


def test_each_column_of_the_total_row_is_restated(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, SBJ)
    assert _same(drafted, "99.6") and _same(drafted, "-0.2") and _same(drafted, "-1.7")
    assert not failing
    drafted, failing, _ = run_text(tmp_path, EE)
    assert _same(drafted, "2.9") and _same(drafted, "0.0")
    assert not failing


def test_a_wrong_cell_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, SBJ.replace("General | 99.6   -0.2   -1.7", "General | 99.6   -0.2   -1.2"))
    assert "same" in failing
    _, failing, _ = run_text(tmp_path, EE.replace("TOTAL 2.9 0.0", "TOTAL 3.4 0.0"))
    assert "same" in failing


def test_another_subject_or_an_unnamed_column_ties_nothing(tmp_path) -> None:
    tokyo = SBJ.replace("for Japan in December 2009", "for Ku-area of Tokyo in January 2010")
    drafted, failing, _ = run_text(tmp_path, tokyo)
    assert not _same(drafted, "-1.7") and not failing
    unnamed = SBJ.replace("| Index Monthly  Annual", "| Index Level  Other")
    drafted, failing, _ = run_text(tmp_path, unnamed)
    assert not _same(drafted, "-1.7") and not failing
    subtotal = SBJ.replace("General |", "General, excluding fresh food |")
    drafted, failing, _ = run_text(tmp_path, subtotal)
    assert not _same(drafted, "-1.7") and not failing
