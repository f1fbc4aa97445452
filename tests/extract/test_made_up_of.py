"""A total, then "It is made up of" its complete set of parts in the next sentence, each with its share."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units, drafts_of, not_verified

_TEXT = (
    "Poverty line\nThe poverty line in March 2031 was IDR 600,000. It is made up of the Food Poverty Line "
    "of IDR 450,000 (75.00 percent) and the Non-Food Poverty Line of IDR 150,000 (25.00 percent).\n"
)


def _checks(tmp_path: Path, text: str) -> dict[str, list[dict]]:
    return {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, text)}


def test_the_parts_made_up_of_add_up_to_the_total_and_their_bracketed_shares_are_checked(tmp_path: Path) -> None:
    checks = _checks(tmp_path, _TEXT)
    assert [list(c) for c in checks["600,000"]] == [["sum"]]
    assert [list(c) for c in checks["75.00"]] == [["share"]] and [list(c) for c in checks["25.00"]] == [["share"]]
    assert not_verified(tmp_path) == []
    planted = _TEXT.replace("(25.00 percent)", "(35.00 percent)")
    checks = _checks(tmp_path, planted)
    assert any("share" in c for c in checks["35.00"]) and not_verified(tmp_path) != []


def test_an_incomplete_set_or_no_made_up_of_draws_no_sum(tmp_path: Path) -> None:
    some = _TEXT.replace("Non-Food Poverty Line", "Housing Line")
    assert all("sum" not in c for c in _checks(tmp_path, some)["600,000"])
    plain = _TEXT.replace("It is made up of", "Separately, there is")
    assert all("sum" not in c for c in _checks(tmp_path, plain)["600,000"])


def test_a_share_of_the_following_listed_groups_is_their_sum(tmp_path: Path) -> None:
    text = (
        "Employment\nIn 2031, about 40 per cent of the employed worked in one of the following industries: "
        "retail trade (15.0 per cent), construction (12.5 per cent) and public administration (12.1 per cent).\n"
    )
    checks = _checks(tmp_path, text)
    assert [len(c["sum"]) for c in checks["40"] if "sum" in c] == [3]
    assert not_verified(tmp_path) == []
    planted = text.replace("(12.1 per cent)", "(22.1 per cent)")
    _checks(tmp_path, planted)
    assert not_verified(tmp_path) != []
    unlisted = text.replace("in one of the following industries:", "mostly in")
    assert all("sum" not in c for c in _checks(tmp_path, unlisted)["40"])


def test_a_rate_resulting_from_the_earlier_level_is_the_growth_to_the_level_of_its_period(tmp_path: Path) -> None:
    text = (
        "National accounts 2031\nThe GDP for the year 2031 has reached up to USD 9,000,000. The GDP value reported "
        "for the year 2030 was USD 8,500,000 resulting a positive growth rate of 5.9 percent for the year 2031.\n"
    )
    checks = _checks(tmp_path, text)
    assert [list(c) for c in checks["5.9"]] == [["growth"]]
    assert not_verified(tmp_path) == []
    _checks(tmp_path, text.replace("5.9 percent", "9.5 percent"))
    assert not_verified(tmp_path) != []  # a planted rate fails


def test_the_parts_of_a_figure_per_a_chain_of_units_take_its_units(tmp_path: Path) -> None:
    text = _TEXT.replace("IDR 600,000.", "IDR 600,000/capita/month.")
    units = drafted_units(tmp_path, text)
    assert ("600,000", "IDR/capita/month") in units
    assert ("450,000", "IDR/capita/month") in units and ("150,000", "IDR/capita/month") in units
    checks = _checks(tmp_path, text)
    assert [list(c) for c in checks["600,000"]] == [["sum"]] and not_verified(tmp_path) == []


def test_figures_in_another_currency_or_no_made_up_of_keep_their_own_unit(tmp_path: Path) -> None:
    other = _TEXT.replace("IDR 600,000.", "IDR 600,000/capita/month.").replace("IDR 450,000", "USD 450,000")
    assert ("450,000", "USD") in drafted_units(tmp_path, other)
    plain = _TEXT.replace("IDR 600,000.", "IDR 600,000/capita/month.").replace("It is made up of", "Beside it is")
    assert ("450,000", "IDR") in drafted_units(tmp_path, plain)
