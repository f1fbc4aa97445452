"""'The inventory is up 7 percent from the January 1, 2017 total of 13.1 million head': the growth
from that base to the level of the sentence before."""

from __future__ import annotations

from tests.extract.relations_support import run_text

FEED = (
    "Cattle and calves on feed for the slaughter market in the United States for all feedlots totaled 14.0"
    " million head on January 1, 2018. The inventory is up 7 percent from the January 1, 2017 total of 13.1"
    " million head.\n"
)


def _growth(drafted: dict, value: str) -> list[dict]:
    return [c["growth"] for c in drafted.get(value, []) if "growth" in c]


def test_up_percent_from_the_dated_total_is_the_growth_to_the_level_before(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, FEED)
    assert len(_growth(drafted, "7")) == 1
    assert not failing


def test_a_wrong_rate_or_base_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, FEED.replace("up 7 percent", "up 9 percent"))
    assert "growth" in failing
    _, failing, _ = run_text(tmp_path, FEED.replace("total of 13.1", "total of 12.1"))
    assert "growth" in failing


def test_no_way_word_or_no_anaphor_drafts_nothing(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, FEED.replace("is up 7 percent from", "is 7 percent from"))
    assert not _growth(drafted, "7") and not failing
    drafted, failing, _ = run_text(tmp_path, FEED.replace("The inventory is up", "Steers were up"))
    assert not _growth(drafted, "7") and not failing


def test_a_wrong_way_word_is_caught(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, FEED.replace("is up 7 percent", "is down 7 percent"))
    assert len(_growth(drafted, "-7")) == 1 and "growth" in failing
