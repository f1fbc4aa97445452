"""Figures listed in order after the words that rank them (English): `order` chains."""

from __future__ import annotations

from tests.extract.relations_support import run_text

MOST = (
    "Compared to the same period of the previous year, the prices of fresh vegetables, heating oil and"
    " milk have increased the most (40%, 26% and 23.3%, respectively). Compared to the previous month,"
    " prices of paprika and tomatoes decreased the most (29% and 26.3%, respectively).\n"
)
LED = (
    "The increase in the number of employed persons mostly came from the regions in Luzon led by"
    " Region III (316,000); Region I (305,000) and Region V (154,000).\n"
)


def _orders(drafted: dict, value: str) -> list[dict]:
    return [c["order"] for c in drafted.get(value, []) if "order" in c]


def test_the_figures_after_the_most_are_chained_in_order(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, MOST)
    assert [len(o) for o in _orders(drafted, "40")] == [2]
    # "decreased the most (29% and 26.3%)": falls, drafted signed, so the larger fall ranks first
    falls = _orders(drafted, "-29")
    assert len(falls) == 1 and falls[0]["order"] == "ascending" and len(falls[0]["then"]) == 1
    assert not failing


def test_the_members_after_led_by_are_chained_in_order(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, LED)
    assert [len(o) for o in _orders(drafted, "316,000")] == [2]
    assert not failing


def test_signed_falls_after_the_most_rank_ascending(tmp_path) -> None:
    text = "Prices of paprika and tomatoes decreased the most (-29% and -26.3%, respectively).\n"
    drafted, failing, _ = run_text(tmp_path, text)
    (order,) = _orders(drafted, "-29")  # the -26.3 figure's draft after it, whatever its id
    assert order["order"] == "ascending" and len(order["then"]) == 1
    assert order["then"][0].startswith("./prices-paprika-tomatoes")
    assert not failing


def test_a_planted_error_breaks_the_chain(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, MOST.replace("26% and 23.3%", "26% and 28.3%"))
    assert "order" in failing
    _, failing, _ = run_text(tmp_path, LED.replace("Region V (154,000)", "Region V (354,000)"))
    assert "order" in failing


def test_no_ranking_words_or_a_list_running_on_ranks_nothing(tmp_path) -> None:
    plain = "Prices of fresh vegetables, heating oil and milk changed (40%, 26% and 23.3%, respectively).\n"
    drafted, _, _ = run_text(tmp_path, plain)
    assert not _orders(drafted, "40")
    least = "Prices of bread and milk increased the least (0.2% and 0.4%, respectively).\n"
    drafted, failing, _ = run_text(tmp_path, least)
    assert not _orders(drafted, "0.2") and not failing
    on = "Prices of fuel increased the most (12% in the year to May, 3% in the month).\n"
    drafted, failing, _ = run_text(tmp_path, on)
    assert not _orders(drafted, "12") and not failing
    mixed = "Prices increased the most (12% and 3 points, respectively).\n"
    drafted, failing, _ = run_text(tmp_path, mixed)
    assert not _orders(drafted, "12") and not failing
