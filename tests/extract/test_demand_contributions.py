"""GDP growth as the contributions of domestic and net external demand (English prose)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _contributions(tmp_path: Path, text: str) -> dict[str, list[list[str]]]:
    drafts = drafts_of(tmp_path, text)
    values = {d.name: d.data["value"] for d in drafts}
    return {
        d.data["value"]: [[values[ref[2:]] for ref in c["contributions"]] for c in d.data.get("checks", [])]
        for d in drafts
        if any("contributions" in c for c in d.data.get("checks", []))
    }


def test_two_sentences_of_contributions_add_up_to_the_growth_before_them(tmp_path: Path) -> None:
    text = (
        "In the second quarter of 2031, the gross domestic product (GDP) of Ruritania grew by 2.5% year on year. "
        "The contribution of domestic demand to GDP growth rose to 3.1 percentage points. "
        "Net external demand made a contribution of -0.6 percentage points.\n"
    )
    assert _contributions(tmp_path, text) == {"2.5": [["3.1", "-0.6"]]}
    assert not_verified(tmp_path) == []


def test_a_figure_of_another_period_in_brackets_is_left_out(tmp_path: Path) -> None:
    text = (
        "Compared with the first quarter of 2031, GDP rose by 0.8% in the second quarter, as a result of the "
        "1.0 percentage points contribution of domestic demand (0.4 percentage points in the first quarter), "
        "while net exports recorded a contribution of -0.6 percentage points.\n"
    )
    assert _contributions(tmp_path, text) == {"0.8": [["1.0", "-0.6"]]}
    assert len(not_verified(tmp_path)) == 1  # 1.0 - 0.6 is not 0.8: the check catches it


def test_a_third_contribution_makes_no_breakdown_of_two(tmp_path: Path) -> None:
    text = (
        "GDP grew by 2.5% in 2031. The contribution of domestic demand was 2.0 percentage points, "
        "inventories made a contribution of 0.2 percentage points and net exports a contribution of "
        "0.3 percentage points.\n"
    )
    assert _contributions(tmp_path, text) == {}
