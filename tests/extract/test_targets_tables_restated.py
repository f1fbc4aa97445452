"""Classes of layout and wording met in a held-out round of Chinese releases, each with a text written
for the test: figures as a percent of an unstated target (完成任务N%); a table whose unit line is written
as a row ("单位:% | ||||") over a header spanning its columns; a month named without its year after a
table of the months before it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods, drafts_of, not_verified
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


DIGEST = (
    "某省2022年经济运行情况：地区生产总值增长4.8%\n"
    "本网讯：日前，某省统计局发布了2022年统计公报。全年全省实现地区生产总值8521.4亿元，按不变价格计算，比上年增长4.8%。"
    "分产业看，第一产业增加值903.1亿元，增长3.9%；第二产业增加值3380.6亿元，增长5.6%；第三产业增加值4237.7亿元，增长4.3%。\n"
    "一、综合\n"
    "经济总量。全年全省实现地区生产总值8521.4亿元，按不变价格计算，比上年增长4.8%。"
    "分产业看，第一产业增加值903.1亿元，增长3.9%；第二产业增加值3380.6亿元，增长5.6%；第三产业增加值4237.7亿元，增长4.3%。\n"
)


def test_a_sentence_stated_again_word_for_word_restates_each_of_its_figures(tmp_path: Path) -> None:
    drafted, failing, _ = run(tmp_path, DIGEST)
    for figure in ("8521.4亿", "4.8", "903.1亿", "3.9", "3380.6亿", "5.6", "4237.7亿", "4.3"):
        assert "same" in kinds(drafted[figure]), (figure, drafted[figure])
    assert failing == []
    changed = DIGEST.replace("增长5.6%；第三", "增长5.8%；第三", 1)  # the lead's rate only: a typo in one copy
    drafted, failing, _ = run(tmp_path, changed)
    assert "same" in kinds(drafted["5.8"]) and failing == ["same"]  # still one statement: the copies disagree


def test_two_short_sentences_alike_in_two_sections_are_not_one_statement(tmp_path: Path) -> None:
    text = (
        "一、农业\n全年粮食产量653.2万吨。按可比口径计算，比上年增长2.1%。\n"
        "二、工业\n全年规模以上工业增加值1204.5亿元。按可比口径计算，比上年增长2.1%。\n"
    )
    drafted, _, _ = run(tmp_path, text)
    assert "same" not in kinds(drafted["2.1"])


SUBINDEXES = (
    "9月份，建筑业商务活动指数为53.6%，比上月上升2.4个百分点，建筑业生产活动明显加快，"
    "土木工程建筑业商务活动指数继续位于较高景气区间，房屋建筑业商务活动指数有所回升；"
    "从市场需求看，新订单指数位于临界点以下，建筑业企业对近期市场发展保持乐观，业务活动预期指数仍处高位。\n"
    "新订单指数为46.5%，比上月下降1.4个百分点，表明建筑业市场需求有所减弱。\n"
    "投入品价格指数为52.1%，比上月略降0.7个百分点。\n"
    "大型、中型企业商务活动指数分别为55.0%和52.3%，比上月上升1.2和0.8个百分点。\n"
    "表2 建筑业商务活动指数及分项指数\n"
    "单位:% | |||||\n"
    "商务活动 | ||||\n"
    "新订单 | 投入品 价格 | 销售 价格 | 业务活动 预期 | |\n"
    "2023年6月 | 55.7 | 50.2 | 47.1 | 48.0 | 61.4 |\n"
    "2023年7月 | 51.2 | 46.0 | 51.9 | 49.6 | 60.3 |\n"
    "2023年8月 | 51.2 | 47.9 | 52.8 | 50.5 | 62.1 |\n"
)


def test_a_change_over_the_month_before_is_checked_against_the_tables_row_of_that_month(tmp_path: Path) -> None:
    drafted, failing, _ = run(tmp_path, SUBINDEXES)
    assert [c for c in drafted["2.4"] if "difference" in c], drafted["2.4"]  # 53.6 − 51.2 (商务活动, 8月)
    assert [c for c in drafted["-1.4"] if "difference" in c], drafted["-1.4"]  # 46.5 − 47.9 (新订单)
    assert [c for c in drafted["-0.7"] if "difference" in c], drafted["-0.7"]  # 52.1 − 52.8 (投入品价格)
    assert not drafted["1.2"] and not drafted["0.8"]  # the firms' indexes: no column of the table
    assert failing == []
    _, failing, _ = run(tmp_path, SUBINDEXES.replace("比上月下降1.4个百分点", "比上月下降1.9个百分点"))
    assert failing == ["difference"]


def test_listed_changes_each_wait_for_the_earlier_figure_of_their_own_listed_rate(tmp_path: Path) -> None:
    _, failing, todos = run(tmp_path, SUBINDEXES)
    drafts = {d.name: d.data["value"] for d in drafts_of(tmp_path, SUBINDEXES)}
    for change, rate in (("1.2", "55.0"), ("0.8", "52.3")):
        items = [t["difference"] for t in todos[change] if "difference" in t]
        assert len(items) == 1 and "source" in repr(items[0][1]), todos[change]
        assert drafts[items[0][0].removeprefix("./")] == rate
    assert failing == []


def test_changes_said_respectively_are_of_the_sentences_last_rates_in_order(tmp_path: Path) -> None:
    text = (
        "全年规模以上工业增加值比上年增长7.1%。纺织服装业产值增长8.4%，食品加工业产值增长9.6%，"
        "化工产业产值增长6.5%，增幅分别比上年提高1.2个、2.5个、0.7个百分点。\n"
    )
    _, failing, todos = run(tmp_path, text)
    drafts = {d.name: d.data["value"] for d in drafts_of(tmp_path, text)}
    for change, rate in (("1.2", "8.4"), ("2.5", "9.6"), ("0.7", "6.5")):
        items = [t["difference"] for t in todos[change] if "difference" in t]
        assert len(items) == 1 and "source" in repr(items[0][1]), todos[change]
        assert drafts[items[0][0].removeprefix("./")] == rate
    assert failing == []
