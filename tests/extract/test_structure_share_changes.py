"""Changes against an earlier period whose figure the text does not state (the `earlier` pattern): the
industries' shares right after the structure, listed industries' growth rates, an index level in points."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc


def _changes_of(tmp_path: Path, text: str) -> dict[str, list[str]]:
    """For each figure with `difference` placeholders: the values of the figures of the text they change."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    values = {d.name: d.mention.value for d in drafts}
    return {
        d.mention.value: sorted(
            values[o[2:]] for t in d.data["x-todo"] if "difference" in t for o in t["difference"] if isinstance(o, str)
        )
        for d in drafts
        if any("difference" in t for t in d.data.get("x-todo", []))
    }


def test_a_figure_said_of_two_industries_with_jun_is_each_ones_change(tmp_path: Path) -> None:
    text = (
        "全年全县地区生产总值402.5亿元，增长6.1%。三次产业结构为9.4:40.2:50.4，与上年同期比第一、三产业均下降0.6个百分点，"
        "第二产业提升1.2个百分点。\n"
    )
    assert _changes_of(tmp_path, text) == {"-0.6": ["50.4", "9.4"], "1.2": ["40.2"]}


def test_a_growth_rate_change_after_the_structure_is_not_a_share_change(tmp_path: Path) -> None:
    text = "三次产业结构为9.4:40.2:50.4，与上年同期比第二产业增速提升1.2个百分点。\n"
    assert "40.2" not in _changes_of(tmp_path, text).get("1.2", [])


def test_listed_changes_of_industries_growth_rates_are_of_their_rates_stated_before(tmp_path: Path) -> None:
    text = (
        "上半年，全市第一产业增加值30.10亿元，同比增长3.2%；第二产业增加值150.40亿元，同比增长8.1%；"
        "第三产业增加值190.50亿元，同比增长6.4%。与上年同期相比，第一、第三产业增速加快，分别提高0.5个百分点和1.1个百分点。\n"
    )
    assert _changes_of(tmp_path, text) == {"0.5": ["3.2"], "1.1": ["6.4"]}


def test_an_index_level_changed_by_points_is_the_change_of_that_index(tmp_path: Path) -> None:
    text = "全市规模以上工业企业经济效益综合指数为186.20，比上年同期提高12.40个百分点。\n"
    assert _changes_of(tmp_path, text) == {"12.40": ["186.20"]}
