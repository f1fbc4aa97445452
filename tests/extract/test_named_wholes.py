"""English shares of a named whole ("… percent of total sales"): every share of one named whole is
of the same figure, never of a figure the text gave as a part of it nor of one smaller than the
part; a part restated after the share ("with a value of") and "a share of", "comprising" read too."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text

LISTED = (
    "Company sales, 2023\n\n"
    "Company sales came to $400 million in 2023. Online sales reached $240 million, accounting for 60 percent of "
    "the total sales. Store sales reached $120 million, accounting for 30 percent of total sales, while "
    "catalogue sales amounted to $40 million, representing 10 percent of total sales.\n"
)


def _wholes(checks: list[dict]) -> list[str]:
    return [c["share"]["whole"] for c in checks if "share" in c]


def test_every_share_of_one_named_whole_is_of_the_same_figure(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, LISTED)
    assert kinds(drafted["30"]) == kinds(drafted["60"]) == kinds(drafted["10"]) == ["share"]
    assert _wholes(drafted["30"]) == _wholes(drafted["60"]) == _wholes(drafted["10"])
    assert failing == []
    _, failing, _ = run_text(tmp_path, LISTED.replace("30 percent", "35 percent"))
    assert failing == ["share"]


def test_a_whole_smaller_than_the_part_is_left_to_a_source(tmp_path: Path) -> None:
    text = (
        "Company sales, 2023\n\n"
        "Store sales reached $50 million in 2023. Online sales reached $240 million, accounting for "
        "60 percent of total sales.\n"
    )
    drafted, failing, todos = run_text(tmp_path, text)
    assert kinds(drafted["60"]) == [] and kinds(todos["60"]) == ["share"]
    assert "source" in todos["60"][0]["share"]["whole"]
    assert failing == []


MARKETS = (
    "Exports, 2023\n\n"
    "The country's merchandise exports totalled $500 million in 2023. Asia was the largest market, accounting "
    "for 40 percent of the country's total goods exports, with a value of $200 million. Europe was second, "
    "accounting for 30 percent of total goods exports, with a value of $150 million.\n"
    "Africa followed with a value of $50 million and a share of 10 percent of the total goods exports.\n"
)


def test_parts_restated_after_their_shares_of_a_possessive_whole(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, MARKETS)
    assert kinds(drafted["40"]) == kinds(drafted["30"]) == kinds(drafted["10"]) == ["share"]
    assert len(set(_wholes(drafted["40"] + drafted["30"] + drafted["10"]))) == 1
    assert failing == []
    _, failing, _ = run_text(tmp_path, MARKETS.replace("$150 million", "$170 million"))
    assert failing == ["share"]


def test_comprising_a_percent_of_the_overall_whole(tmp_path: Path) -> None:
    text = (
        "Trade, 2023\n\n"
        "Foreign trade reached $800 million in 2023, with exports of $480 million, comprising 60 percent of "
        "the overall trade.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert kinds(drafted["60"]) == ["share"]
    assert failing == []


def test_parts_whose_shares_add_up_to_100_are_the_whole(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, LISTED)
    assert kinds(drafted["400 million"]) == ["sum"]
    assert failing == []
    uneven = LISTED.replace("10 percent", "5 percent")  # 95 percent: the parts are not the whole
    drafted, _, _ = run_text(tmp_path, uneven)
    assert kinds(drafted["400 million"]) == []
