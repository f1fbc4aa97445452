"""A rate of change whose two levels follow it: in the next sentence ("A against B") or in the rest
of its sentence ("from A to B"): `growth` from the earlier level to the later one."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract.infer import levels_after

RELEASE = (
    "Coffee trade, March 2022\n\n"
    "Coffee exports fell by 8.00 per cent in March 2022 as against the same month of last year. Coffee "
    "exports in March 2022 stood at $2.300 billion against exports of $2.500 billion in March 2021.\n\n"
    "Tea imports posted a rise of 25.0 per cent over the year as these grew from $400 million in March "
    "2021 to $500 million in March 2022.\n"
)


def test_the_levels_after_a_rate_are_its_growth(tmp_path: Path) -> None:
    ctx = context_of(RELEASE, tmp_path)
    found = {ctx.mentions[claim].value: check for claim, check, _ in relations_of(levels_after, ctx)}
    assert found == {
        "-8.00": "{'growth': {'from': './m2', 'to': './m1'}}",
        "25.0": "{'growth': {'from': './m4', 'to': './m5'}}",
    }


def test_the_growth_holds_and_a_wrong_rate_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE)
    assert failing == []
    _, failing, _ = run_text(tmp_path, RELEASE.replace("8.00 per cent", "6.00 per cent"))
    assert failing == ["growth"]


def test_levels_of_another_subject_or_the_other_direction_are_left_alone(tmp_path: Path) -> None:
    text = (
        "Coffee trade, March 2022\n\n"
        "Coffee exports fell by 8.00 per cent in March 2022. Tea imports stood at $2.300 billion against "
        "$2.500 billion a year before.\n\n"
        "Sugar exports rose by 8.00 per cent. Sugar exports stood at $2.300 billion against $2.500 billion.\n"
    )
    assert relations_of(levels_after, context_of(text, tmp_path)) == []


def test_hedged_levels_are_read_at_their_bound(tmp_path: Path) -> None:
    text = (
        "Hotel stays, 2019\n\n"
        "Hotel stays went up by 4.0 percent, from just under 250 thousand persons in 2018 to more than "
        "260 thousand persons in 2019.\n"
    )
    ctx = context_of(text, tmp_path)
    found = {ctx.mentions[claim].value: check for claim, check, _ in relations_of(levels_after, ctx)}
    assert found == {"4.0": "{'growth': {'from': './m1', 'to': './m2'}}"}
