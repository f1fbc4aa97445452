"""Figures of comparison and figures of an earlier period the text does not state.

A `same` pairs only one fact: "the revised May figure of" two different series are two facts.
A change against an earlier period the text does not give (比1—6月份回落0.1个百分点, 比上年末增加4万人,
"an increase of 400 when compared to the July 2015 figure") is a complete check under `x-todo`
whose outside operand is a source placeholder.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_infer import relations

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

TWO_MAY_FIGURES = (
    "Building Permits\n"
    "Single-family authorizations in June were at a rate of 934,000; this is 2.3 percent below the revised "
    "May figure of 956,000.\n"
    "Housing Starts\n"
    "Single-family housing starts in June were at a rate of 980,000; this is 2.2 percent below the revised "
    "May figure of 1,002,000. Authorizations of units in buildings with five units or more were at a rate "
    "of 460,000 in June. The June rate for units in buildings with five units or more was 360,000.\n"
)


def _failures(tmp_path: Path, text: str) -> list[str]:
    document = tmp_path / "doc.txt"
    document.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
    return [f.message for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error", "invalid")]


def test_two_bases_of_comparison_with_the_same_words_are_not_one_fact(tmp_path: Path) -> None:
    checks, _ = relations(TWO_MAY_FIGURES)
    assert not [c for c in checks if c[1] == "same"]
    assert _failures(tmp_path, TWO_MAY_FIGURES) == []


def test_a_base_restated_in_the_same_sentence_is_one_fact() -> None:
    sentence = "The CPIH rose by 6.2% in the 12 months to March 2022, up from 5.5% in February."
    checks, _ = relations(f"{sentence}\nOther prices were little changed.\n{sentence} This is the highest.\n")
    assert ("5.5", "same", ("5.5",)) in checks
    assert ("6.2", "same", ("6.2",)) in checks


def test_a_planted_error_in_a_restated_figure_is_caught(tmp_path: Path) -> None:
    text = (
        "Total nonfarm payroll employment rose by 263,000 in March, the bureau reported today.\n"
        "Household survey data were little changed.\n"
        "Total nonfarm payroll employment increased by 236,000 in March, compared with the average gain.\n"
    )
    assert any("236,000" in m or "263,000" in m for m in _failures(tmp_path, text))


def _todos(text: str) -> dict[str, list]:
    """{claim value: [the difference pair, operands as values or 'outside']} of the x-todo changes."""
    from factcheck.extract.document import parse_document  # only these cases read drafts directly
    from factcheck.extract.drafts import build_drafts  # only these cases read drafts directly
    from factcheck.extract.mentions import find_mentions  # only these cases read drafts directly

    document = parse_document(text, "txt")
    drafts = build_drafts(document, find_mentions(document), None)
    value = {f"./{d.name}": str(d.data["value"]) for d in drafts}
    out = {}
    for draft in drafts:
        for item in draft.data.get("x-todo", []):
            pair = item.get("difference")
            if pair and "earlier period" in item.get("note", ""):
                out[str(draft.data["value"])] = [value[p] if isinstance(p, str) else "outside" for p in pair]
    return out


def test_a_change_against_an_earlier_period_waits_for_its_figure() -> None:
    text = (
        "2019年1—7月份，全国固定资产投资348892亿元，同比增长5.7%，增速比1—6月份回落0.1个百分点。"
        "第一产业投资9784亿元，同比下降1.2%，降幅比1—6月份扩大0.6个百分点；第二产业投资117749亿元，增长3.4%，"
        "增速提高0.5个百分点。\n"
        "第一产业增加值占地区生产总值的比重为14.2%，比上年提高0.2个百分点。年末常住人口3856万人，比上年末增加4万人。\n"
    )
    checks, _ = relations(text)
    assert not [c for c in checks if c[0] in ("-0.1", "-0.6", "0.5", "0.2", "4万")]
    todos = _todos(text)
    # signed falls (回落 → −0.1, 降幅扩大 → −0.6): rate − earlier (−1.2 − (−0.6) = −0.6)
    assert todos == {
        "-0.1": ["5.7", "outside"],
        "-0.6": ["-1.2", "outside"],
        "0.5": ["3.4", "outside"],
        "0.2": ["14.2", "outside"],
        "4万": ["3856万", "outside"],
    }


def test_an_english_change_against_an_unstated_month_waits_for_its_figure() -> None:
    text = (
        "The seasonally adjusted number of persons unemployed was 206,500 in August 2015, an increase of 400 "
        "when compared to the July 2015 figure or a decrease of 32,200 when compared to August 2014.\n"
    )
    assert _todos(text) == {"400": ["206,500", "outside"], "-32,200": ["206,500", "outside"]}


def test_changes_whose_base_is_stated_or_that_are_no_change_of_the_figure_wait_for_nothing() -> None:
    text = (
        "城镇化率由上年的65.2%提高到66.2%，提高1.0个百分点。粮食产量69000万吨，比上年增加1100万吨，增长1.6%。"
        "最终消费支出拉动国内生产总值增长2.2个百分点。农业科技进步贡献率达到69%，比全国高7.5个百分点。\n"
        "The rate was 4.1 percent, up 0.3 percentage point from 3.8 percent in March.\n"
    )
    assert _todos(text) == {}


def test_a_percent_above_or_below_a_stated_base_is_the_growth_from_it(tmp_path: Path) -> None:
    text = (
        "Privately-owned housing starts in June were at a seasonally adjusted annual rate of 1,353,000. "
        "This is 3.0 percent (±10.5 percent)* above the revised May estimate of 1,314,000, but is 4.4 percent "
        "(±12.7 percent)* below the June 2023 rate of 1,415,000. Single-family housing starts in June were at "
        "a rate of 980,000; this is 2.2 percent below the revised May figure of 1,002,000.\n"
    )
    checks, _ = relations(text)
    assert {c for c in checks if c[1] == "growth"} == {
        ("3.0", "growth", ("1,314,000", "1,353,000")),
        ("-4.4", "growth", ("1,415,000", "1,353,000")),
        ("-2.2", "growth", ("1,002,000", "980,000")),
    }
    assert _failures(tmp_path, text) == []
    assert _failures(tmp_path, text.replace("2.2 percent", "2.7 percent"))


def test_a_percent_against_a_base_of_another_subject_is_not_drafted() -> None:
    text = (
        "Exports rose to 1,200 tonnes in June. Imports were 3.0 percent above the May figure of 1,150.\n"
        "The index stood at 104.0. Prices were 2.0 percent below the rate of 106.1 a year earlier.\n"
    )
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "growth"]


TABLE = (
    "年末全省常住人口3856万人。其中，城镇常住人口2114万人。\n"
    "表1 2022年年末常住人口数及其构成\n"
    "指标名称 | 绝对数(万人) | 占年末常住人口比重(%) |\n"
    "年末常住人口 | 3856万人 | 100% |\n"
    "按城乡分 | ||\n"
    "城镇 | 2114万人 | 54.81% |\n"
    "乡村 | 1742万人 | 45.19% |\n"
    "按性别分 | ||\n"
    "男性 | 1971万人 | 51.12% |\n"
    "女性 | 1885万人 | 48.88% |\n"
)


def test_a_table_of_parts_and_shares_is_checked_row_by_row(tmp_path: Path) -> None:
    checks, _ = relations(TABLE)
    assert {
        ("3856万", "sum", ("2114万", "1742万")),
        ("3856万", "sum", ("1971万", "1885万")),
        ("100", "sum", ("54.81", "45.19")),
        ("100", "sum", ("51.12", "48.88")),
        ("54.81", "share", ("2114万", "3856万")),
        ("48.88", "share", ("1885万", "3856万")),
        ("3856万", "same", ("3856万",)),
    } <= checks
    assert _failures(tmp_path, TABLE) == []
    assert _failures(tmp_path, TABLE.replace("乡村 | 1742万人", "乡村 | 1724万人"))  # a planted error
    assert _failures(tmp_path, TABLE.replace("51.12%", "52.12%"))


def test_a_table_subset_row_and_an_incomplete_set_are_not_summed() -> None:
    text = (
        "表2 人口年龄构成\n"
        "指标 | 人数(万人) |\n"
        "全省 | 3856万人 |\n"
        "按年龄分 | |\n"
        "0—15岁 | 900万人 |\n"
        "16—59岁 | 2300万人 |\n"
        "60岁及以上 | 656万人 |\n"
        "其中：65岁及以上 | 500万人 |\n"
        "表3 生产总值\n"
        "指标 | 绝对数(亿元) |\n"
        "地区生产总值 | 617.50亿元 |\n"
        "第一产业 | 37.11亿元 |\n"
        "第二产业 | 339.85亿元 |\n"
    )
    checks, _ = relations(text)
    sums = {c for c in checks if c[1] == "sum"}
    assert sums == {("3856万", "sum", ("900万", "2300万", "656万"))}


def test_english_groups_named_with_the_totals_words_add_up_to_it(tmp_path: Path) -> None:
    text = (
        "The seasonally adjusted number of persons unemployed was 206,500 in August 2015.\n"
        "The unemployment rate was 10.6% for males.\n"
        "The number of males unemployed in August 2015 was 127,000. In August 2015 the number of females "
        "unemployed was 79,500, an increase of 400 from the July 2015 figure.\n"
    )
    checks, _ = relations(text)
    assert ("206,500", "sum", ("127,000", "79,500")) in checks
    assert _failures(tmp_path, text) == []
    assert _failures(tmp_path, text.replace("79,500", "78,500"))
    other = text.replace("number of females unemployed", "number of females employed")
    assert not [c for c in relations(other)[0] if c[1] == "sum"]  # another measure: no complete set


def test_a_structure_said_with_jiegou_bili_is_the_industries_shares() -> None:
    text = (
        "全市实现生产总值617.50亿元。其中，第一产业增加值37.11亿元；第二产业增加值339.85亿元；第三产业增加值240.54亿元。"
        "三次产业结构比例为6.01:55.04:38.95。\n"
    )
    checks, _ = relations(text)
    assert ("6.01", "formula", ("37.11亿", "617.50亿")) in checks
    assert ("38.95", "formula", ("240.54亿", "617.50亿")) in checks


def test_a_table_restating_the_text_is_the_same_fact(tmp_path: Path) -> None:
    text = (
        "全市实现生产总值617.50亿元，按可比价格计算，比上年增长5.2%。其中，第一产业增加值37.11亿元，增长2.6%。\n"
        "表1 2019年生产总值\n"
        "| 绝对数(亿元) | 比上年增长(%) |\n"
        "地区生产总值 | 617.50亿元 | 5.2% |\n"
        "第一产业 | 37.11亿元 | 2.6% |\n"
    )
    checks, _ = relations(text)
    assert {c for c in checks if c[1] == "same"} == {
        ("617.50亿", "same", ("617.50亿",)),
        ("5.2", "same", ("5.2",)),
        ("37.11亿", "same", ("37.11亿",)),
        ("2.6", "same", ("2.6",)),
    }
    assert _failures(tmp_path, text) == []
    assert _failures(tmp_path, text.replace("增长2.6%", "增长2.9%"))


def test_a_narrowed_fall_is_the_rate_minus_the_earlier_one() -> None:
    text = "东北地区投资下降3.7%，降幅比1—6月份收窄0.3个百分点。\n"
    assert _todos(text) == {"0.3": ["-3.7", "outside"]}


def test_a_table_group_that_may_list_only_some_classes_is_not_summed() -> None:
    text = (
        "表4 分行业增加值\n"
        "指标 | 绝对数(亿元) |\n"
        "全部工业 | 900亿元 |\n"
        "按行业分 | |\n"
        "汽车制造业 | 300亿元 |\n"
        "电子设备制造业 | 200亿元 |\n"
    )
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "sum"]
