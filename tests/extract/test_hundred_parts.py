"""Parts listed with bracketed shares adding up to 100: `sum` on the total stated earlier, `share` of
that total on each bracketed share; a list whose shares fall short of 100 or whose parts add up to no
earlier level is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract.infer import hundred_parts

RELEASE = (
    "Harbour traffic, 2021\n\n"
    "The harbour handled 48,000 ships in 2021, 3.0% more than in 2020.\n\n"
    "Container ships numbered 30,000 (62.5%), 12,000 (25.0%) were tankers and 6,000 (12.5%) were "
    "ferries or other vessels.\n"
)


def test_parts_whose_shares_add_up_to_100_make_the_earlier_total(tmp_path: Path) -> None:
    ctx = context_of(RELEASE, tmp_path)
    found = [(ctx.mentions[claim].value, check) for claim, check, _ in relations_of(hundred_parts, ctx)]
    assert found == [
        ("48,000", "{'sum': ['./m2', './m4', './m6']}"),
        ("62.5", "{'share': {'part': './m2', 'whole': './m0'}}"),
        ("25.0", "{'share': {'part': './m4', 'whole': './m0'}}"),
        ("12.5", "{'share': {'part': './m6', 'whole': './m0'}}"),
    ]
    _, failing, _ = run_text(tmp_path, RELEASE)
    assert failing == []


def test_a_partial_list_or_another_whole_is_left_alone(tmp_path: Path) -> None:
    partial = RELEASE.replace("6,000 (12.5%) were ferries", "6,000 (2.5%) were ferries")
    assert relations_of(hundred_parts, context_of(partial, tmp_path)) == []
    other_total = RELEASE.replace("48,000 ships", "52,000 ships")
    assert relations_of(hundred_parts, context_of(other_total, tmp_path)) == []
