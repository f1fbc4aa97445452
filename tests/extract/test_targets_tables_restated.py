"""Classes of layout and wording met in a held-out round of Chinese releases, each with a text written
for the test: figures as a percent of an unstated target (完成任务N%); a table whose unit line is written
as a row ("单位:% | ||||") over a header spanning its columns; a month named without its year after a
table of the months before it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods, not_verified
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


INDEXES = (
    "二、非制造业商务活动指数运行情况\n"
    "9月份，建筑业商务活动指数为53.6%，比上月下降0.4个百分点，建筑业生产活动继续保持扩张，"
    "其中土木工程建筑业商务活动指数继续位于较高景气区间，房屋建筑业商务活动指数有所回落；"
    "从市场需求看，新订单指数位于临界点以下，建筑业企业对近期市场发展保持乐观，业务活动预期指数仍处高位。\n"
    "表2 建筑业商务活动指数及分项指数\n"
    "单位:% | |||||\n"
    "商务活动 | ||||\n"
    "新订单 | 投入品 价格 | 销售 价格 | 业务活动 预期 | |\n"
    "2023年6月 | 55.7 | 50.2 | 47.1 | 48.0 | 61.4 |\n"
    "2023年7月 | 51.2 | 46.0 | 51.9 | 49.6 | 60.3 |\n"
    "2023年8月 | 54.0 | 47.9 | 52.8 | 50.5 | 62.1 |\n"
)


def test_a_unit_line_written_as_a_row_gives_every_column_its_unit(tmp_path: Path) -> None:
    drafts = drafted_units_periods(tmp_path, INDEXES)
    cells = [(value, unit) for value, unit, period in drafts if period in ("2023-06", "2023-07", "2023-08")]
    assert len(cells) == 15 and all(unit == "%" for _, unit in cells), cells
    assert not_verified(tmp_path) == []  # each cell's quote, from the unit line, holds its figure


def test_a_month_without_its_year_after_a_table_of_past_months_is_the_next_one(tmp_path: Path) -> None:
    drafts = drafted_units_periods(tmp_path, INDEXES)
    assert ("53.6", "%", "2023-09") in drafts, drafts
    assert ("55.7", "%", "2023-06") in drafts
