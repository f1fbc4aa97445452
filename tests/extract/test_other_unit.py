"""A figure restated in brackets in another unit of its dimension: `same`."""

from __future__ import annotations

from tests.extract.relations_support import run_text

AREA = "全县全年新增造林面积12.40万公顷(186.00万亩)，比上年增长8.0%。\n"


def test_the_bracketed_figure_in_another_unit_is_the_same_figure(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, AREA)
    assert "same" in [next(iter(c)) for c in drafted.get("186.00万", [])] and not failing
    _, failing, _ = run_text(tmp_path, AREA.replace("186.00万亩", "196.00万亩"))
    assert "same" in failing


def test_another_currency_in_brackets_is_no_restatement(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, "全县外贸出口12.40亿元(1.80亿美元)，比上年增长8.0%。\n")
    assert "same" not in [next(iter(c)) for c in drafted.get("1.80亿", [])] and not failing
