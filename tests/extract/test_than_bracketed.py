"""Two figures in brackets compared by "higher … than" / "lower … than": the first, then the
second (`order`), ascending for "lower"; never for falls or negative figures."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

RELEASE = (
    "Union members, 2016\n\n"
    "Men continued to have a slightly higher union membership rate (11.2 percent) than women (10.2 percent).\n\n"
    "Public-sector workers had a union membership rate (34.4 percent) more than five times higher than "
    "that of private-sector workers (6.4 percent).\n\n"
    "Young workers had a lower rate (4.0 percent) than older workers (5.5 percent).\n"
)


def test_higher_than_orders_the_two_figures(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert [list(c) for c in drafted["11.2"]] == [["order"]] and isinstance(drafted["11.2"][0]["order"], list)
    assert [list(c) for c in drafted["34.4"]] == [["order"]]
    assert drafted["4.0"][0]["order"]["order"] == "ascending"
    assert failing == []


def test_a_wrong_order_fails(tmp_path: Path) -> None:
    _, failing, _ = run_text(tmp_path, RELEASE.replace("(10.2 percent)", "(12.2 percent)"))
    assert failing == ["order"]


def test_falls_are_left_alone(tmp_path: Path) -> None:
    text = "Prices, March 2024\n\nFood prices fell by a larger amount (-2.1%) than energy prices (-1.5%).\n"
    drafted, _, _ = run_text(tmp_path, text)
    assert all(checks == [] for checks in drafted.values())
