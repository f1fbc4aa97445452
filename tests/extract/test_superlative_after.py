"""Figures stated first, then called the highest (lowest) ever: an order against values the document
does not give, under x-todo, on each figure; a superlative among the figures themselves is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of

from factcheck.extract.infer import superlative_after

TEXT = (
    "Grain harvest, 2020\n\n"
    "The 2020 wheat harvest in the north (4,512 tonnes) and the south (3,208 tonnes) was the largest on record.\n\n"
    "Rice in the east (812 tonnes) and the west (640 tonnes) was the smallest of the four regions.\n"
)


def test_figures_called_the_largest_on_record_wait_for_the_others(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    relations = list(superlative_after.infer(ctx))
    assert [ctx.mentions[r.claim].value for r in relations] == ["4,512", "3,208"]
    assert all(r.todo and "source" in repr(r.check["order"]["among"]) for r in relations)
    assert all("order" not in r.check["order"] for r in relations)  # the largest: descending


def test_the_lowest_ever_ranks_ascending(tmp_path: Path) -> None:
    text = TEXT.replace("was the largest on record", "were the lowest ever")
    relations = list(superlative_after.infer(context_of(text, tmp_path)))
    assert [r.check["order"].get("order") for r in relations] == ["ascending", "ascending"]
