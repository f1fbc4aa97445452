"""An urbanisation rate with no urban population stated, and a change of a level glossed in another
currency: checks under `x-todo` whose stated operand is the right figure."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc


def _todo_operands(tmp_path: Path, text: str, kind: str) -> dict[str, list[str]]:
    """For each figure with a `kind` placeholder: the values of the text's figures it names."""
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    values = {d.name: d.mention.value for d in drafts}
    found: dict[str, list[str]] = {}
    for draft in drafts:
        for todo in draft.data.get("x-todo", []):
            if kind in todo:
                operands = todo[kind].values() if isinstance(todo[kind], dict) else todo[kind]
                found.setdefault(draft.mention.value, []).extend(values[o[2:]] for o in operands if isinstance(o, str))
    return found


def test_an_urbanisation_rate_with_no_urban_population_is_of_the_stated_population(tmp_path: Path) -> None:
    text = "年末全省常住人口5120.3万人，比上年增加20.1万人。城镇化率58.2%，比上年提高1.10个百分点。\n"
    assert _todo_operands(tmp_path, text, "share")["58.2"] == ["5120.3万"]


def test_an_urbanisation_rate_with_its_urban_population_is_checked_not_left_to_a_source(tmp_path: Path) -> None:
    text = "年末全省常住人口5120.3万人，其中城镇常住人口2980.0万人，城镇化率58.2%。\n"
    assert "58.2" not in _todo_operands(tmp_path, text, "share")


def test_a_change_after_a_level_glossed_in_dollars_is_of_the_level(tmp_path: Path) -> None:
    text = "全年全市人均地区生产总值61234元(折合9120美元)，比上年增加3012元。\n"
    assert _todo_operands(tmp_path, text, "difference")["3012"] == ["61234"]
