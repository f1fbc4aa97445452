"""A total and its groups in one sentence ("of which", "Of the …"): `sum` when the groups' words
form a complete set (full-time / part-time, food / non-food, …)."""

from __future__ import annotations

from tests.extract.relations_support import run_text

OF_THE = "Of the 25,000 employed persons in May, 18,000 were in full-time work and 7,000 in part-time work.\n"
OF_WHICH = (
    "Total retail sales were $500 million in May, of which food sales were $200 million and non-food sales"
    " $300 million.\n"
)


def _sums(drafted: dict, value: str) -> list[list[str]]:
    return [c["sum"] for c in drafted.get(value, []) if "sum" in c]


def test_groups_of_a_complete_set_add_up_to_the_total(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, OF_THE)
    assert [len(s) for s in _sums(drafted, "25,000")] == [2]
    assert not failing
    drafted, failing, _ = run_text(tmp_path, OF_WHICH)
    assert [len(s) for s in _sums(drafted, "500 million")] == [2]
    assert not failing


def test_comprising_lists_the_groups_too(tmp_path) -> None:
    text = "Total employment was 25,000, comprising 18,000 full-time and 7,000 part-time workers.\n"
    drafted, failing, _ = run_text(tmp_path, text)
    assert [len(s) for s in _sums(drafted, "25,000")] == [2] and not failing
    some = text.replace("comprising", "including")
    drafted, failing, _ = run_text(tmp_path, some)
    assert not _sums(drafted, "25,000") and not failing


def test_a_wrong_part_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, OF_THE.replace("18,000 were", "19,000 were"))
    assert "sum" in failing
    _, failing, _ = run_text(tmp_path, OF_WHICH.replace("non-food sales $300", "non-food sales $400"))
    assert "sum" in failing


def test_a_subset_or_an_incomplete_set_is_no_partition(tmp_path) -> None:
    subset = "Of the 25,000 employed persons in May, 18,000 were in full-time work and 2,000 were aged over 65.\n"
    drafted, failing, _ = run_text(tmp_path, subset)
    assert not _sums(drafted, "25,000") and not failing
    two_kinds = OF_WHICH.replace("non-food sales", "clothing sales")
    drafted, failing, _ = run_text(tmp_path, two_kinds)
    assert not _sums(drafted, "500 million") and not failing
    third = OF_THE.replace(" in part-time work.", " in part-time work and 1,000 in seasonal work.")
    drafted, failing, _ = run_text(tmp_path, third)
    assert not _sums(drafted, "25,000") and not failing
    no_total = "In May, 18,000 were in full-time work and 7,000 in part-time work, of 25,000 employed persons.\n"
    drafted, failing, _ = run_text(tmp_path, no_total)
    assert not any(_sums(drafted, v) for v in drafted) and not failing
