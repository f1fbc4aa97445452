"""A level stated as a percent of another, both levels beside their names ("Median weekly earnings
of nonunion workers ($802) were 80 percent of earnings for workers who were union members
($1,004)"): the share of the first in the second; nothing when the part is not stated."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

RELEASE = (
    "Union members, 2016\n\n"
    "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who "
    "were union members ($1,004).\n\n"
    "Women's median earnings, $1,005, were 82 percent of men's ($1,225).\n"
)


def test_a_level_as_a_percent_of_another_is_their_share(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert drafted["80"] == [{"share": {"part": "./median-weekly-earnings", "whole": "./earnings-workers-who"}}]
    assert kinds(drafted["82"]) == ["share"]
    assert failing == []


def test_a_wrong_percent_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE.replace("were 80 percent", "were 85 percent"))
    assert failing == ["share"]


def test_a_part_not_stated_draws_nothing(tmp_path: Path) -> None:
    text = "Retail trade, March 2024\n\nSales were $5.0 billion in March; online sales were 12 percent of the total.\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert drafted["12"] == []
