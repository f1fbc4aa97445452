"""'All X … totaled T', then one sentence per kind of X up to 'Other X': the kinds add up to T."""

from __future__ import annotations

from tests.extract.relations_support import run_text

HEIFERS = (
    "All heifers 500 pounds and over, as of January 1, 2018, totaled 20.2 million head, 1 percent above the"
    " 20.1 million head on January 1, 2017. Beef replacement heifers, at 6.13 million head, were down 4"
    " percent from a year ago. Milk replacement heifers, at 4.78 million head, were up 1 percent from the"
    " previous year. Other heifers, at 9.33 million head, were 4 percent above a year earlier.\n"
)


def _sums(drafted: dict, value: str) -> list[list[str]]:
    return [c["sum"] for c in drafted.get(value, []) if "sum" in c]


def test_the_kinds_up_to_other_add_up_to_the_total(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, HEIFERS)
    assert [len(s) for s in _sums(drafted, "20.2 million")] == [3]
    assert not failing


def test_a_wrong_part_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, HEIFERS.replace("at 4.78 million", "at 5.78 million"))
    assert "sum" in failing


def test_without_other_or_with_another_subject_between_nothing_is_summed(tmp_path) -> None:
    no_other = HEIFERS.replace("Other heifers, at 9.33", "Dairy heifers, at 9.33")
    drafted, failing, _ = run_text(tmp_path, no_other)
    assert not _sums(drafted, "20.2 million") and not failing
    between = HEIFERS.replace("Milk replacement heifers, at 4.78", "Steers, at 4.78")
    drafted, failing, _ = run_text(tmp_path, between)
    assert not _sums(drafted, "20.2 million") and not failing
    cows = (
        "All cows and heifers that have calved, at 41.1 million head, were 1 percent above the 40.6 million"
        " head on January 1, 2017. Beef cows, at 31.7 million head, were up 2 percent from a year ago. Milk"
        " cows, at 9.40 million head, were up 1 percent from the previous year.\n"
    )
    drafted, failing, _ = run_text(tmp_path, cows)
    assert not _sums(drafted, "41.1 million") and not failing
