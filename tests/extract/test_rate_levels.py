"""A change in percent, then the two levels it is between in the next sentence: `growth`."""

from __future__ import annotations

from tests.extract.relations_support import run_text

NZ = (
    "Petrol prices rose 8.8 percent in the latest quarter, influenced by higher international crude oil"
    " prices. The average price of a litre of 91 octane petrol in the June 2015 quarter was $1.95, compared"
    " with $1.79 and $2.00 in the March 2015 and December 2014 quarters, respectively.\n"
)


def _growth(drafted: dict, value: str) -> list[dict]:
    return [c["growth"] for c in drafted.get(value, []) if "growth" in c]


def test_the_rate_is_the_growth_between_the_levels_of_the_next_sentence(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, NZ)
    assert len(_growth(drafted, "8.8")) == 1 and not failing


def test_a_wrong_rate_or_level_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, NZ.replace("rose 8.8 percent", "rose 6.8 percent"))
    assert "growth" in failing
    _, failing, _ = run_text(tmp_path, NZ.replace("with $1.79", "with $1.69"))
    assert "growth" in failing


def test_another_subject_or_frequency_ties_nothing(tmp_path) -> None:
    diesel = NZ.replace("Petrol prices rose", "Diesel prices rose")
    drafted, failing, _ = run_text(tmp_path, diesel)
    assert not _growth(drafted, "8.8") and not failing
    annual = NZ.replace("in the latest quarter", "over the year")
    drafted, failing, _ = run_text(tmp_path, annual)
    assert not _growth(drafted, "8.8") and not failing
