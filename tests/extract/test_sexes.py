"""A total split between men and women in its sentence ("concerned both men (…) and women (…)")."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

LABOUR = (
    "In March 2020, on a monthly basis, the slight reduction of employment (-0.1%, -27 thousand) concerned both "
    "men (-0.1%, -9 thousand) and women (-0.2%, -18 thousand), and brought the employment rate to 58.8%.\n"
    "In March the considerable growth of inactive people aged 15-64 (+2.3%, +301 thousand) - three times higher "
    "for men (+3.9%, +191 thousand) than for women (+1.3, +110 thousand) - led the inactivity rate to 35.7%.\n"
)


def test_men_and_women_make_up_the_total(tmp_path):
    drafted, failing, _ = run_text(tmp_path, LABOUR)
    assert "sum" in kinds(drafted["-27 thousand"])
    assert "sum" in kinds(drafted["301 thousand"])
    assert failing == []


def test_rates_of_men_and_women_are_not_summed(tmp_path):
    drafted, _, _ = run_text(tmp_path, LABOUR)
    assert "sum" not in kinds(drafted["-0.1"]) and "sum" not in kinds(drafted["2.3"])


def test_a_wrong_part_is_caught(tmp_path):
    _, failing, _ = run_text(tmp_path, LABOUR.replace("-18 thousand", "-16 thousand"))
    assert failing == ["sum"]
