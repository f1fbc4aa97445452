"""Two false alarms of an unseen county communiqué: the urbanisation rate (of the resident
population) divided with the urban part of the registered population stated before it, and the
industry structure divided by the per-person GDP (the figure right before 其中) and, for the year
before, by this year's value added. Each relation must follow the words; a wrong digit still fails."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

POPULATION = (
    "年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人。"
    "据抽样调查推算,年末全县常住人口12.74万人,城镇化率为74.02%。\n"
)
RESIDENT = "年末全县常住人口12.74万人,其中城镇常住人口9.43万人,城镇化率为74.02%。\n"
GDP = (
    "2022年,全县实现生产总值(GDP)951435万元,比上年下降4.1%,按常住人口计算人均地区生产总值为74331元。"
    "其中,第一产业增加值57116万元,增长2.7%;第二产业增加值445964万元,下降11.7%;第三产业增加值448355万元,"
    "增长2.9%。三次产业增加值结构为6.0:46.9:47.1。最终核实2021年全县生产总值为972846万元,"
    "三次产业增加值结构为5.5:50.6:43.9。\n"
)


def test_the_urban_part_of_another_population_is_no_part_of_the_rate(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, POPULATION)
    assert "share" not in kinds(drafted["74.02"])
    assert not failing


def test_the_urban_part_of_the_resident_population_still_makes_the_rate(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, RESIDENT)
    assert "share" in kinds(drafted["74.02"]) and not failing
    planted = tmp_path / "planted"
    planted.mkdir()
    _, failing, _ = run_text(planted, RESIDENT.replace("74.02%", "75.02%"))
    assert "share" in failing


def test_the_structure_divides_by_gdp_and_only_for_its_own_year(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, GDP)
    formulas = [c["formula"] for c in drafted["6.0"] if "formula" in c]
    assert len(formulas) == 1 and "per-capita" not in formulas[0] and "gdp" in formulas[0], formulas
    assert not any("formula" in c for c in drafted["5.5"])  # 2021's shares: 2021's value added is not given
    assert not failing
    planted = tmp_path / "planted"
    planted.mkdir()
    _, failing, _ = run_text(planted, GDP.replace("6.0:46.9:47.1", "7.0:45.9:47.1"))
    assert "formula" in failing
