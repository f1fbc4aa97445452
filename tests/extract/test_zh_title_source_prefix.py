"""A Chinese title line that opens with its source's name and a year-end date restates the body."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

TEXT = (
    "某省统计局：截止2031年末全省常住人口5021万 人口出生率为8.20‰\n\n"
    "去年末全省常住人口(包括驻军)5021.4万人，比上年末增加10.2万人。全年出生人口41.1万人，人口出生率为8.20‰。\n"
)


def test_the_title_figures_are_the_body_figures(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, TEXT)
    assert any("same" in c for c in drafted["5021万"])
    assert sum("same" in c for c in drafted["8.20"]) == 1
    assert failing == []


def test_a_wrong_digit_in_the_title_is_caught(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, TEXT.replace("常住人口5021万", "常住人口5121万"))
    assert failing == ["same"]
