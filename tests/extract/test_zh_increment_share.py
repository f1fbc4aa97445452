"""A part's increase as a share of the whole's increase (城镇新增量占全部新增量的…): `share` of the changes the
text states right after the two levels so named."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text
from tests.extract.test_infer import relations

TEXT = (
    "年末全省宽带用户2480万户，比上年增加160万户，增长6.9%。其中，光纤宽带用户2210万户，比上年增加150万户，"
    "增长7.3%。光纤宽带用户增量占宽带用户增量的93.8%。\n"
)


def test_a_share_of_increases_divides_the_two_changes(tmp_path: Path) -> None:
    checks, _ = relations(TEXT)
    assert ("93.8", "share", ("150万", "160万")) in checks
    assert run_text(tmp_path, TEXT)[1] == []
    assert "share" in run_text(tmp_path, TEXT.replace("93.8%", "83.8%"))[1]


def test_no_change_stated_for_a_name_ties_nothing() -> None:
    text = TEXT.replace("光纤宽带用户增量占", "移动宽带用户增量占")
    assert not [c for c in relations(text)[0] if c[0] == "93.8"]
