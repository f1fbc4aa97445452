"""A balance's change on the year's start stated after its year-on-year rate (余额L，同比增长r%，比年初增加N):
the change is of the balance, on a year-start level the text does not state (`difference` under x-todo)."""

from __future__ import annotations

from tests.extract.test_infer import relations


def test_a_change_after_a_year_on_year_rate_is_of_the_balance() -> None:
    text = "9月末，全县金融机构各项贷款余额702.50亿元，同比增长11.4%，比年初增加61.30亿元。\n"
    _, todos = relations(text)
    assert ("61.30亿", "difference") in todos
