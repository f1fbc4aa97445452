"""The changes of a total and its parts (a partition) over one period: the parts' changes add up."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "2023年末户籍总人口414130人，比上年末增加24256人，其中城镇户籍人口255423人，比上年末增加23691人；"
    "乡村户籍人口158707人，比上年末增加565人。\n"
)


def test_the_parts_changes_add_up_to_the_totals_change(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert [len(c["sum"]) for c in drafted["24256"] if "sum" in c] == [2]
    assert not failing


def test_changes_against_another_period_or_a_part_without_one_are_not_summed(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, TEXT.replace("比上年末增加565人", "比年初增加565人"))
    assert "sum" not in kinds(drafted["24256"])
    drafted, _, _ = run_text(tmp_path, TEXT.replace("，比上年末增加565人", ""))
    assert "sum" not in kinds(drafted["24256"])


def test_a_planted_change_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, TEXT.replace("增加24256人", "增加24259人"))
    assert "sum" in failing  # the Liangqing release as published: 3 more than its parts
