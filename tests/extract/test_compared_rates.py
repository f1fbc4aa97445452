"""Two rates compared, then the change between them in points written "percent": `difference` of the
rates under x-todo (as written the check fails, points against percent), only when the figures give
the points and not the relative change."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of

from factcheck.extract.infer import compared_rates

RELEASE = (
    "Rent prices, May 2021\n\n"
    "The annual rent inflation for May 2021 stood at 4.1 percent compared to 4.9 percent which was "
    "recorded in April 2021, indicating a decrease of 0.8 percent.\n"
)


def test_the_change_of_two_compared_rates_is_their_points_under_todo(tmp_path: Path) -> None:
    ctx = context_of(RELEASE, tmp_path)
    found = [(ctx.mentions[claim].value, check) for claim, check, _ in relations_of(compared_rates, ctx)]
    assert found == [("-0.8", "{'difference': ['./m0', './m1']}")]
    relations = list(compared_rates.infer(ctx))
    assert [r.todo for r in relations] == [True]
    assert "points" in relations[0].note


def test_a_relative_change_or_another_gap_is_left_alone(tmp_path: Path) -> None:
    relative = RELEASE.replace("4.1 percent compared to 4.9", "40.0 percent compared to 50.0").replace(
        "0.8 percent", "20.0 percent"
    )
    assert relations_of(compared_rates, context_of(relative, tmp_path)) == []
    other_gap = RELEASE.replace("0.8 percent", "1.5 percent")
    assert relations_of(compared_rates, context_of(other_gap, tmp_path)) == []
