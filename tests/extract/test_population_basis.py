"""Registered (户籍) and resident (常住) populations: a communiqué states births, deaths and their
rates for each; the two are never one fact, and each rate is of its own population."""

from __future__ import annotations

from tests.extract.relations_support import run_text

# Both populations, each with its own births and deaths (a prefecture's 2019 communiqué).
TWO_POPULATIONS = (
    "2019年末全市户籍总户数147.46万户，户籍人口522.31万人，比上年末增加1.51万人。"
    "全年户籍出生人口7.31万人，出生率为14.01‰；死亡人口3.53万人，死亡率为6.76‰；自然增长率为7.25‰。\n"
    "年末全市常住人口516万人，比上年末增加2万人。根据常住人口推算，全年出生人口7.3万人，出生率为14.2‰；"
    "死亡人口3.3万人，死亡率为6.4‰；自然增长率为7.8‰。\n"
)


def test_registered_and_resident_rates_are_not_one_fact(tmp_path):
    drafted, failing, _ = run_text(tmp_path, TWO_POPULATIONS)
    assert failing == []
    for value in ("14.01", "6.76", "3.53万"):
        assert not [c for c in drafted[value] if "same" in c], value


def test_registered_births_are_per_thousand_of_the_registered_population(tmp_path):
    drafted, failing, _ = run_text(tmp_path, TWO_POPULATIONS)
    (registered,) = [c["formula"] for c in drafted["14.01"] if "formula" in c]
    assert "registered-population" in registered and "resident" not in registered
    (resident,) = [c["formula"] for c in drafted["14.2"] if "formula" in c]
    assert "resident-population" in resident
    assert failing == []


def test_a_wrong_registered_rate_is_caught(tmp_path):
    drafted, failing, _ = run_text(tmp_path, TWO_POPULATIONS.replace("出生率为14.01‰", "出生率为15.01‰"))
    assert "formula" in [next(iter(c)) for c in drafted["15.01"]]
    assert failing, "a birth rate that its counts contradict must fail"
