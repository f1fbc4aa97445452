"""在…总量中 opening the parts of a total stated in the sentence before: `sum`, as for 其中 or 民营经济增加值中.

快递员总量达到520万人，比上年增加40万人。在快递员总量中，城镇快递员380万人，比上年增加25万人；农村快递员
140万人，比上年增加15万人: the levels and their changes add up to the total's."""

from __future__ import annotations

from tests.extract.test_infer import relations

TEXT = (
    "2022年全省快递员总量达到520万人，比上年增加40万人，增长8.3%。在快递员总量中，城镇快递员380万人，"
    "比上年增加25万人，增长7.0%；农村快递员140万人，比上年增加15万人，增长12.0%。\n"
)


def test_parts_after_in_the_total_add_up_to_it() -> None:
    checks, _ = relations(TEXT)
    assert ("520万", "sum", ("380万", "140万")) in checks
    assert ("40万", "sum", ("25万", "15万")) in checks


def test_without_a_complete_set_nothing_is_summed() -> None:
    checks, _ = relations(TEXT.replace("农村快递员", "兼职快递员"))
    assert not [c for c in checks if c[1] == "sum"]
