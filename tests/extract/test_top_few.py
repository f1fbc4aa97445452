"""The top few of a set named with their figures: an order of each against the members the document
does not list, under x-todo; a list of another size than the words say is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of

from factcheck.extract.infer import top_few

TEXT = (
    "Exports, 2018\n\n"
    "Sales to the top three buyer countries, Norway (9,140), Chile (7,025) and Peru (6,880) made up most "
    "of the trade.\n"
)


def test_each_of_the_top_few_waits_for_the_others(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    relations = list(top_few.infer(ctx))
    assert [ctx.mentions[r.claim].value for r in relations] == ["9,140", "7,025", "6,880"]
    assert all(r.todo and "source" in repr(r.check["order"]["among"]) for r in relations)


def test_a_list_of_another_size_is_left_alone(tmp_path: Path) -> None:
    text = TEXT.replace("top three", "top four")
    assert list(top_few.infer(context_of(text, tmp_path))) == []
