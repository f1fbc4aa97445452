"""A change named after "from A in <month> to B in <month>": ", which is an increase of r percent"; and
before "from an index of A to B": "increased by r per cent from an index of …"."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified

_TEXT = (
    "Wages Brief September 2031\n"
    "Average earnings rose from $4,210 in June 2031 to $4,336 in September 2031, which is an increase of "
    "3.0 percent.\n"
)


def test_the_rate_after_which_is_is_the_growth_from_a_to_b(tmp_path: Path) -> None:
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, _TEXT)}
    assert [list(c) for c in checks["3.0"]] == [["growth"]]
    assert not_verified(tmp_path) == []
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, _TEXT.replace("3.0", "4.0"))}
    assert [list(c) for c in checks["4.0"]] == [["growth"]] and not_verified(tmp_path) != []


def test_a_rate_in_a_clause_of_its_own_is_no_growth_from_a_to_b(tmp_path: Path) -> None:
    text = _TEXT.replace(", which is an increase of", "; exports showed an increase of")
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, text)}
    assert all("growth" not in c for c in checks["3.0"])


def test_a_rate_before_from_an_index_of_a_to_b_is_the_growth(tmp_path: Path) -> None:
    text = "The price index increased by 1.2 per cent from an index of 150.00 in May 2031 to 151.80 in June 2031.\n"
    checks = {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, text)}
    assert [list(c) for c in checks["1.2"]] == [["growth"]]
    assert not_verified(tmp_path) == []
