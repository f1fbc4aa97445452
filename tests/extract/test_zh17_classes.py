"""Classes of Chinese communiqués: a chart's caption that lost its 图, shares listed after 在…中 and their
changes with the 比重 said once, and a share of the budget's spending under its short name."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

from factcheck.extract.mentions import paragraph_mentions


def _values(text: str) -> list[str]:
    return [m.value for m in paragraph_mentions(text, 1, "zh", "2023") if m.kind != "label"]


def test_a_chart_caption_that_lost_its_tu_gives_no_figure() -> None:
    assert _values("3  2016-2023年全县粮食产量及其增长速度") == []
    assert _values("12 2023年各季度工业增加值增速") == []
    assert _values("3  全县粮食产量45.6万吨，增长2.1%。") == ["3", "45.6万", "2.1"]  # a sentence: no caption


def test_shares_listed_after_the_whole_named_before_zhong_are_of_that_whole(tmp_path: Path) -> None:
    text = (
        "全年全县生产总值500.0亿元。其中，第一产业增加值50.0亿元；第二产业增加值200.0亿元；第三产业增加值250.0亿元。"
        "在全县生产总值中，第一、二、三产业增加值所占比重分别为10.0%、40.0%、50.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    shares = [c["share"] for value in ("10.0", "40.0", "50.0") for c in drafted[value] if "share" in c]
    assert len(shares) == 3 and len({s["whole"] for s in shares}) == 1
    assert len({s["part"] for s in shares}) == 3


def test_shares_said_with_zhanbi_after_the_whole_named_before_zhong(tmp_path: Path) -> None:
    text = (
        "全年全县生产总值400.0亿元，其中第一产业增加值40.0亿元，第二产业增加值160.0亿元，第三产业增加值200.0亿元。"
        "在全县生产总值中，三次产业占比分别为10.0%、40.0%和50.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert len([c for value in ("10.0", "40.0", "50.0") for c in drafted[value] if "share" in c]) == 3


def test_changes_of_listed_shares_with_the_bizhong_said_once_ask_for_the_earlier_shares(tmp_path: Path) -> None:
    text = (
        "全年全县生产总值500.0亿元。其中，第一产业增加值50.0亿元；第二产业增加值200.0亿元；第三产业增加值250.0亿元。"
        "在全县生产总值中，第一、二、三产业增加值所占比重分别为10.0%、40.0%、50.0%。"
        "与上年相比，第一产业比重下降0.5个百分点，第二产业提高1.5个百分点，第三产业下降1.0个百分点。\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    assert failing == []
    for change in ("0.5", "1.5", "1.0"):
        assert [t for t in todos.get(change, todos.get(f"-{change}", [])) if "difference" in t], change


def test_a_subject_alone_after_no_share_change_is_no_share_change(tmp_path: Path) -> None:
    text = "全县第二产业比重为40.0%。与上年相比，第二产业提高1.5个百分点。\n"  # the growth's change, maybe
    _, _, todos = run_text(tmp_path, text)
    assert not [t for t in todos.get("1.5", []) if "difference" in t]


def test_a_share_of_the_budgets_spending_under_its_short_name(tmp_path: Path) -> None:
    text = (
        "全年一般公共预算收入80.00亿元，增长3.0%。一般公共预算支出200.00亿元，增长4.0%。"
        "民生支出150.00亿元，占全县财政支出的比重为75.0%。其中，教育支出40.00亿元，增长2.0%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert failing == []
    assert [c for c in drafted["75.0"] if "share" in c]
