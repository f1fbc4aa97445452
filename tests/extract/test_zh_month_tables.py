"""A provincial monthly table with 本月 and 累计 columns: the month's cells are of the month, the
cumulative cells of the months to date; rows under 在总计中: add up to the total row when their
labels are a complete set (轻工业/重工业; 大型/中型/小型/微型企业), never when they are a selection."""

from __future__ import annotations

from tests.extract.test_infer import relations

from factcheck.extract import checkdoc
from factcheck.extract.checkdoc import prepare
from factcheck.run.pipeline import RunOptions

TABLE = (
    "2017年1-3月工业增加值\n"
    "计量单位:亿元\n"
    "指标名称 | 本月 | 本月止 累计 | 本月比 上年同月 增长(%) | 累计比 上年同期 增长(%) |\n"
    "全省总计 | 2846.99 | 7220.42 | 7.6 | 7.1 |\n"
    "在总计中: | | | | |\n"
    "轻工业 | 1036.55 | 2585.89 | 6.7 | 5.1 |\n"
    "重工业 | 1810.44 | 4634.53 | 8.2 | 8.4 |\n"
    "在总计中: | | | | |\n"
    "国有控股企业 | 414.53 | 1143.13 | 4.5 | 3.7 |\n"
    "民营企业 | 1448.52 | 3559.23 | 11.1 | 12.1 |\n"
    "在总计中: | | | | |\n"
    "大型企业 | 1332.58 | 3401.91 | 7.1 | 6.3 |\n"
    "中型企业 | 727.51 | 1841.39 | 6.6 | 6.1 |\n"
    "小型企业 | 775.98 | 1948.90 | 9.8 | 10.0 |\n"
    "微型企业 | 10.91 | 28.22 | -4.2 | -3.8 |\n"
)


def _periods(tmp_path, text: str) -> dict[str, str]:
    source = tmp_path / "table.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    periods: dict[str, str] = {}
    for draft in checked.drafts:  # the first cell of each value: the total row's
        periods.setdefault(str(draft.data["value"]), str(draft.data.get("period")))
    return periods


def test_the_month_columns_are_of_the_month_and_the_cumulative_ones_of_the_months_to_date(tmp_path) -> None:
    periods = _periods(tmp_path, TABLE)
    assert periods["2846.99亿"] == "2017-03" and periods["7.6"] == "2017-03"
    assert periods["7220.42亿"] == "2017-01/2017-03" and periods["7.1"] == "2017-01/2017-03"


def test_a_release_of_one_month_keeps_its_month_everywhere(tmp_path) -> None:
    text = TABLE.replace("2017年1-3月工业增加值", "2017年3月工业增加值")
    periods = _periods(tmp_path, text)
    assert periods["2846.99亿"] == "2017-03" and periods["7220.42亿"] == "2017-03"


def test_rows_under_zai_zongji_zhong_add_up_when_they_are_a_set() -> None:
    checks, _ = relations(TABLE)
    assert ("2846.99亿", "sum", ("1036.55亿", "1810.44亿")) in checks
    assert ("7220.42亿", "sum", ("2585.89亿", "4634.53亿")) in checks
    assert ("2846.99亿", "sum", ("1332.58亿", "727.51亿", "775.98亿", "10.91亿")) in checks
    assert ("7220.42亿", "sum", ("3401.91亿", "1841.39亿", "1948.90亿", "28.22亿")) in checks


def test_a_selection_of_rows_is_not_summed() -> None:
    checks, _ = relations(TABLE)
    assert not any("414.53亿" in operands for _, kind, operands in checks if kind == "sum")
    incomplete = TABLE.replace("微型企业 | 10.91 | 28.22 | -4.2 | -3.8 |\n", "")
    checks, _ = relations(incomplete)
    assert not any("1332.58亿" in operands for _, kind, operands in checks if kind == "sum")


def test_the_table_passes_and_a_changed_digit_is_caught(tmp_path) -> None:
    def failing(text: str) -> list[str]:
        source = tmp_path / "table.txt"
        source.write_text(text, encoding="utf-8")
        result = checkdoc.check(checkdoc.prepare([str(source)]), RunOptions(paths=[], offline=True))
        return [r.id for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error")]

    assert failing(TABLE) == []
    assert failing(TABLE.replace("1036.55", "1086.55"))
