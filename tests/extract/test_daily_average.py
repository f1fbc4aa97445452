"""Averages per day of totals stated before them: `ratio` of each total and a number of days the
document does not give, under x-todo; figures that are no daily average of the totals are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of

from factcheck.extract.infer import daily_average

TEXT = (
    "Port calls, 2019\n\n"
    "Passengers through the north port (73,000) and the south port (36,500) equate to average daily "
    "passengers of 200 and 100 respectively.\n"
)


def test_each_daily_average_is_its_total_over_days_not_stated(tmp_path: Path) -> None:
    ctx = context_of(TEXT, tmp_path)
    relations = list(daily_average.infer(ctx))
    assert [(ctx.mentions[r.claim].value, r.check["ratio"][0]) for r in relations] == [
        ("200", "./m0"),
        ("100", "./m1"),
    ]
    assert all(r.todo and "source" in r.check["ratio"][1] for r in relations)


def test_figures_giving_no_number_of_days_are_left_alone(tmp_path: Path) -> None:
    text = TEXT.replace("of 200 and 100", "of 20,000 and 10,000")
    assert list(daily_average.infer(context_of(text, tmp_path))) == []
