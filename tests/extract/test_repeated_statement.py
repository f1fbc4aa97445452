"""A sentence stated twice (a digest's lead copying the body): one fact, whatever a copy's digits say."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

LEAD = "全年全区粮食总产量412.6万吨，比上年增长2.3%，其中夏粮产量150.2万吨，秋粮产量262.4万吨。"
DIGEST = f"本年度经济运行综述\n{LEAD}\n一、农业\n{LEAD}全年造林面积12.5千公顷。\n"


def test_a_sentence_stated_twice_is_checked_as_one_fact(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, DIGEST)
    assert {"same": "./grain-output-2"} in drafted["412.6万"]
    assert drafted["2.3"] == [{"same": "./grain-output-growth-2"}]  # a growth rate too: its words name nothing
    assert failing == []


def test_a_digit_changed_in_one_copy_fails_the_check(tmp_path: Path) -> None:
    changed = DIGEST.replace("比上年增长2.3%", "比上年增长3.3%", 1)  # the lead's copy only
    _, failing, _ = run_text(tmp_path, changed)
    assert failing == ["same"]


def test_alike_sentences_with_every_figure_different_are_two_statements(tmp_path: Path) -> None:
    series = (
        "4月份，社会消费品零售总额3491亿元，同比增长18.4%。其中，除汽车以外的消费品零售额3129亿元，增长16.5%。\n"
        "1—4月份，社会消费品零售总额14983亿元，同比增长8.5%。其中，除汽车以外的消费品零售额13571亿元，增长9.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, series)
    assert not any("same" in c for checks in drafted.values() for c in checks)
    assert failing == []
