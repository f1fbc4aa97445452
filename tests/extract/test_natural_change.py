"""The natural growth rate's change is the birth rate's change minus the death rate's."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _differences(tmp_path: Path, text: str) -> dict[str, list[list[str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [[values[r[2:]] for r in c["difference"]] for c in d.data.get("checks", [])]
        for d in drafts
        if any("difference" in c for c in d.data.get("checks", []))
    }


def test_the_three_changes_after_the_three_rates(tmp_path: Path) -> None:
    text = (
        "全年出生人口3.1万人，出生率为8.20‰，比上年下降0.90个千分点；死亡人口2.2万人，死亡率为6.10‰，"
        "比上年提高0.20个千分点；人口自然增长率为2.10‰，比上年下降1.10个千分点。\n"
    )
    found = _differences(tmp_path, text)
    assert found["-1.10"] == [["-0.90", "0.20"]]
    assert found["2.10"] == [["8.20", "6.10"]]
    assert not_verified(tmp_path) == []


def test_a_rate_without_its_change_drafts_no_change(tmp_path: Path) -> None:
    text = "全年出生率为8.20‰，比上年下降0.90个千分点；死亡率为6.10‰；人口自然增长率为2.10‰，比上年下降1.10个千分点。\n"
    assert "-1.10" not in _differences(tmp_path, text)
