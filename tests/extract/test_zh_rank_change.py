"""A rank's move between two ranks stated (从第134位跃升至119位，提升15位): `difference`."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TEXT = "江油市被确定为全国百强县培育重点县之一：2020年从第134位跃升至119位，提升15位。\n"


def test_a_move_up_is_the_earlier_rank_minus_the_later(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert kinds(drafted["15"]) == ["difference"] and not failing
    down = TEXT.replace("从第134位跃升至119位，提升15位", "从第119位下降至134位，后退15位")
    drafted, failing, _ = run_text(tmp_path, down)
    assert kinds(drafted["15"]) == ["difference"] and not failing


def test_a_move_without_both_ranks_is_not_checked(tmp_path) -> None:
    drafted, _, _ = run_text(tmp_path, "2020年排名第119位，比上年提升15位。\n")
    assert "difference" not in kinds(drafted["15"])


def test_a_planted_move_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, TEXT.replace("提升15位", "提升16位"))
    assert "difference" in failing
