"""A rate whose two levels a later sentence states on their own, with their periods: `growth` from
the earlier level to the later one, the rate found by the figures (one rate of the period fits)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract.infer import later_levels

RELEASE = (
    "Producer prices, June 2023\n\n"
    "The annual producer price inflation for June 2023 eased to 2.5% from 2.9% in May 2023.\n\n"
    "The producer price index rose to 143.50 in June 2023 from 140.00 recorded in June 2022.\n\n"
    "Between May 2023 and June 2023 producer prices went up by 0.5%. The index moved from 142.79 in "
    "May 2023 to 143.50 in June 2023.\n"
)


def _found(text: str, tmp_path: Path) -> dict[str, str]:
    ctx = context_of(text, tmp_path)
    return {ctx.mentions[claim].value: check for claim, check, _ in relations_of(later_levels, ctx)}


def test_the_rate_before_the_levels_is_their_growth(tmp_path: Path) -> None:
    assert _found(RELEASE, tmp_path) == {
        "2.5": "{'growth': {'from': './m3', 'to': './m2'}}",
        "0.5": "{'growth': {'from': './m5', 'to': './m6'}}",
    }


def test_the_growth_holds(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE)
    assert failing == []


def test_levels_no_rate_of_their_period_fits_are_left_alone(tmp_path: Path) -> None:
    text = RELEASE.replace("143.50 in June 2023 from 140.00", "143.50 in June 2023 from 130.00")
    assert "2.5" not in _found(text, tmp_path)
    text = RELEASE.replace("for June 2023 eased", "for July 2023 eased")
    assert "2.5" not in _found(text, tmp_path)
