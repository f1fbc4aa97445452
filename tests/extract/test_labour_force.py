"""The labour force is the employed plus the unemployed, for levels and for changes."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _sums(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return [
        (d.data["value"], [values[r[2:]] for r in c["sum"]])
        for d in drafts
        for c in d.data.get("checks", [])
        if "sum" in c
    ]


def test_the_changes_of_the_employed_and_the_unemployed_make_the_labour_force_change(tmp_path: Path) -> None:
    text = (
        "In the second quarter of 2031 the number of employed persons increased by 120 000 to 5,1 million. "
        "Unemployment decreased by 20 000 to 900 000, resulting in an increase of 100 000 (up by 1,7%) "
        "in the number of people in the labour force.\n"
    )
    assert _sums(tmp_path, text) == [("100000", ["120000", "-20000"])]
    assert not_verified(tmp_path) == []


def test_the_active_population_and_its_parts(tmp_path: Path) -> None:
    text = (
        "In May 2031, the number of people active on the labour market was 150,000. Of active individuals, "
        "the number of employed persons was 141,000 and 9,000 unemployed and looking for work. "
        "The number of people not economically active was 40,000.\n"
    )
    assert _sums(tmp_path, text) == [("150,000", ["141,000", "9,000"])]


def test_two_employment_figures_of_one_kind_draw_nothing(tmp_path: Path) -> None:
    text = (
        "The labour force was 150,000 in May 2031: employment in the public sector was 41,000, employment "
        "in the private sector 100,000, and unemployment 9,000.\n"
    )
    assert _sums(tmp_path, text) == []
