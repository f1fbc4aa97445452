"""Classes of layout and wording met in a held-out round of Chinese releases: figures as a percent of
an unstated target (完成任务N%), each with a text written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds
from tests.extract.relations_support import run_text as run

TASKS = (
    "全年全县城镇新增就业3.42万人，完成任务118%；下岗失业人员再就业0.96万人，完成任务152%；"
    "新增农村劳动力转移就业1.27万人，完成任务109%；城镇登记失业率3.21%。\n"
)


def test_percents_of_a_task_each_wait_for_the_target_and_are_never_one_fact(tmp_path: Path) -> None:
    drafted, failing, todos = run(tmp_path, TASKS)
    for done in ("118", "152", "109"):
        assert "same" not in kinds(drafted[done]), drafted[done]
        assert any("share" in t and "source" in repr(t["share"]["whole"]) for t in todos[done]), todos[done]
    assert failing == []


def test_one_percent_of_a_task_restated_is_still_one_fact(tmp_path: Path) -> None:
    text = TASKS + "就业工作扎实推进。全年城镇新增就业3.42万人，完成任务118%。\n"
    drafted, failing, _ = run(tmp_path, text)
    assert "same" in kinds(drafted["118"]), drafted["118"]
    assert "same" not in kinds(drafted["152"])
    assert failing == []
