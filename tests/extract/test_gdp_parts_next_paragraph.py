"""The lead states GDP, the next paragraph its three industries (…实现生产总值…): a `sum` on GDP."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified

_LEAD = "今年前3个月，全省经济平稳增长。一季度实现生产总值612.50亿元，比上年同期增长9.1%。\n"
_PARTS = (
    "据初步测算，一季度第一产业实现生产总值30.20亿元，同比增长4.1%；第二产业实现生产总值320.10亿元，"
    "同比增长10.2%；第三产业实现生产总值262.20亿元，同比增长8.5%。\n"
)


def _sums(tmp_path: Path, text: str) -> list[tuple[int, str, list[str]]]:
    """(paragraph, value, operands) of every drafted `sum`."""
    drafts = drafts_of(tmp_path, text)
    return [
        (d.data["x-extract"]["paragraph"], d.data["value"], c["sum"])
        for d in drafts
        for c in d.data.get("checks", [])
        if "sum" in c
    ]


def test_the_three_industries_of_the_next_paragraph_make_up_the_leads_gdp(tmp_path: Path) -> None:
    ((paragraph, value, operands),) = _sums(tmp_path, _LEAD + _PARTS)
    assert (paragraph, value, len(operands)) == (1, "612.50亿", 3)
    assert not_verified(tmp_path) == []


def test_a_paragraph_between_them_or_a_gdp_of_their_own_paragraph_keeps_them_apart(tmp_path: Path) -> None:
    between = "农业生产形势较好，春播面积扩大。\n"
    assert _sums(tmp_path, _LEAD + between + _PARTS) == []
    own = _PARTS.replace("据初步测算，", "据初步测算，一季度生产总值612.50亿元。")
    assert [(p, v) for p, v, _ in _sums(tmp_path, _LEAD + own)] == [(2, "612.50亿")]  # its own paragraph's


def test_a_structure_said_with_fenbie_is_read_as_the_industries_shares(tmp_path: Path) -> None:
    text = (
        "初步核算，全市地区生产总值1000.0亿元。其中，第一产业增加值80.0亿元；第二产业增加值450.0亿元；"
        "第三产业增加值470.0亿元。三次产业结构分别为8.0:45.0:47.0。\n"
    )
    drafts = drafts_of(tmp_path, text)
    kinds = {d.data["value"]: [next(iter(c)) for c in d.data.get("checks", [])] for d in drafts}
    assert all(kinds[v] == ["formula"] for v in ("8.0", "45.0", "47.0"))
    assert not_verified(tmp_path) == []
