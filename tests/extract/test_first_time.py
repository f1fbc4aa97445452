"""A mark passed for the first time: an order of the mark against earlier values the document does
not give, under x-todo (descending when passed upwards, ascending when fallen below)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of

from factcheck.extract.infer import first_time

TEXT = (
    "Rail traffic, 2022\n\n"
    "Weekly passenger numbers exceeded the 50,000 mark for the first time in May with 51,320 passengers.\n\n"
    "The unemployment rate fell below the 3 percent threshold for the first time since records began.\n"
)


def test_a_mark_passed_for_the_first_time_waits_for_the_earlier_values(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    relations = list(first_time.infer(ctx))
    assert [ctx.mentions[r.claim].value for r in relations] == ["50,000", "3"]
    assert all(r.todo and "source" in repr(r.check["order"]["among"]) for r in relations)
    assert [r.check["order"].get("order") for r in relations] == [None, "ascending"]


def test_a_mark_passed_again_is_left_alone(tmp_path: Path) -> None:
    text = TEXT.replace("for the first time", "again")
    assert list(first_time.infer(context_of(text, tmp_path))) == []
