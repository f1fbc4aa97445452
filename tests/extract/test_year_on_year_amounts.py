"""An amount's change against the same period a year before, which the text does not state: "reached
EUR 31.2 billion, which represented a year-on-year increase of more than EUR 1.4 billion", "reached EUR
19.5 billion and was higher by EUR 412 million year-on-year". The change is the level now minus the
level then, a figure from outside: a `difference` under `x-todo` with a source placeholder."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of


def _todo(tmp_path: Path, text: str) -> dict[str, list]:
    return {d.data["value"]: d.data.get("x-todo", []) for d in drafts_of(tmp_path, text)}


def test_a_year_on_year_increase_of_more_than_an_amount(tmp_path: Path) -> None:
    text = (
        "Exports in 2020 reached EUR 31.2 billion, which represented a year-on-year increase of more than "
        "EUR 1.4 billion."
    )
    todo = _todo(tmp_path, text)["1.4 billion"]
    assert todo and "difference" in todo[0] and "source" in repr(todo[0]["difference"][1])


def test_higher_by_an_amount_year_on_year(tmp_path: Path) -> None:
    text = "In 2020 the value of exports reached EUR 19.5 billion and was higher by EUR 412 million year-on-year."
    todo = _todo(tmp_path, text)["412 million"]
    assert todo and "difference" in todo[0] and "year-on-year" in repr(todo[0])
