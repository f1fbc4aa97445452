"""A numbered section heading restating its section's key figure ("二、前两个月人民币贷款增加6.37万亿元")."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

REPORT = (
    "一、广义货币增长8.7%\n"
    "2月末，广义货币(M2)余额299.56万亿元，同比增长8.7%。狭义货币(M1)余额66.59万亿元，同比增长1.2%。\n"
    "二、前两个月人民币贷款增加6.37万亿元\n"
    "2月末，本外币贷款余额248.67万亿元，同比增长9.7%。月末人民币贷款余额243.96万亿元，同比增长10.1%。\n"
    "前两个月人民币贷款增加6.37万亿元。分部门看，住户贷款增加3894亿元。\n"
    "三、前两个月人民币存款增加6.44万亿元\n"
    "前两个月人民币存款增加6.44万亿元。其中，住户存款增加5.58万亿元。\n"
)


def test_each_heading_restates_its_own_sections_figure(tmp_path):
    drafted, failing, _ = run_text(tmp_path, REPORT)
    assert failing == []
    for figure in ("8.7", "6.37万亿", "6.44万亿"):
        assert "same" in kinds(drafted[figure]), figure
    assert "same" not in kinds(drafted["1.2"]) and "same" not in kinds(drafted["10.1"])


def test_a_heading_that_disagrees_with_its_body_fails(tmp_path):
    _, failing, _ = run_text(
        tmp_path, REPORT.replace("二、前两个月人民币贷款增加6.37万亿元", "二、前两个月人民币贷款增加6.73万亿元")
    )
    assert failing == ["same"]
