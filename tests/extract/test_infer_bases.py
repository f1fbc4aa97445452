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
