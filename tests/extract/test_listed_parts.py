"""A share said to gather the parts listed after it, each with its share in brackets: `sum`."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified

_TEXT = (
    "In May 2015 hotels recorded 2.1 million guest nights. Of guest nights by visitors from abroad, the "
    "majority (62.0%) were spent by guests from Austria (24.5%), Hungary (15.1%), the United Kingdom "
    "(12.2%) and Japan (10.2%). Guests from other countries spent 38.0%."
)


def _checks(tmp_path: Path, text: str) -> dict[str, list]:
    return {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, text)}


def test_the_gathered_share_is_the_sum_of_the_listed_ones(tmp_path: Path) -> None:
    (check,) = _checks(tmp_path, _TEXT)["62.0"]
    assert len(check["sum"]) == 4
    assert not not_verified(tmp_path)
    _checks(tmp_path, _TEXT.replace("(10.2%)", "(11.2%)"))
    assert any(f.check == "sum" for f in not_verified(tmp_path))


def test_no_gathering_words_or_a_list_that_goes_on_is_no_sum(tmp_path: Path) -> None:
    plain = _TEXT.replace("the majority (62.0%)", "a part (62.0%)")
    assert not _checks(tmp_path, plain)["62.0"]
    going_on = _TEXT.replace("and Japan (10.2%).", "and Japan (10.2%), mostly in July.")
    assert not _checks(tmp_path, going_on)["62.0"]
