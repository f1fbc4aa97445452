"""A rank among things the text does not state, named with 我国 and 第N大 before its figure
(美国为我国第三大贸易伙伴，中美贸易总值为1.42万亿元): `rank` of the figure after it, under `x-todo`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text


def test_the_nth_largest_partner_ranks_the_figure_after_it(tmp_path: Path) -> None:
    text = "前4个月，东盟为我国第二大贸易伙伴，与东盟贸易总值为1.86万亿元，增长4.2%。\n"
    _, failing, todos = run_text(tmp_path, text)
    ranked = [t["rank"]["of"] for t in todos["二"] if "rank" in t]
    assert len(ranked) == 1 and kinds(todos["二"]) == ["rank"]
    assert failing == []


def test_a_rank_with_no_scope_and_no_size_asks_for_nothing(tmp_path: Path) -> None:
    text = "前4个月，东盟继续保持第二位，与东盟贸易总值为1.86万亿元，增长4.2%。\n"
    _, _, todos = run_text(tmp_path, text)
    assert all("rank" not in t for t in todos.get("二", []))
