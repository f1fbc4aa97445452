"""A monthly release's "Year-to-date, …": the months from January to the release's month, for the
sentences of its paragraph that name no other period."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

FREIGHT = (
    "Rail Freight, September 2031\n"
    "Freight carried in September 2031 was 8.4 million tonnes, up 2.2 percent.\n"
    "Year-to-date, freight carried rose 3.5 million tonnes, or 4.1 percent, from the same period in 2030. "
    "Coal shipments rose 1.2 million tonnes.\n"
)


def _periods(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_year_to_date_spans_january_to_the_release_month(tmp_path: Path) -> None:
    periods = _periods(tmp_path, FREIGHT)
    assert periods["3.5 million"] == periods["4.1"] == periods["1.2 million"] == "2031-01/2031-09"
    assert periods["8.4 million"] == periods["2.2"] == "2031-09"
