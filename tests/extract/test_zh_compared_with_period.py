"""同…相比: a period written between 同 (与) and 相比 is what a change is compared with, not the change's
own period, even when it opens the sentence."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafted_units_periods

SURVEY = (
    "2031年全市人口抽样调查主要数据公报\n"
    "2031年末全市常住人口为512万人。\n"
    "同2021年第七次人口普查相比，城镇人口比重上升3.4个百分点，少儿人口比重下降1.2个百分点。\n"
    "与2030年末相比，常住人口增加2.6万人。\n"
)


def _periods(tmp_path: Path, text: str) -> dict[str, str | None]:
    return {value: period for value, _, period in drafted_units_periods(tmp_path, text)}


def test_a_period_between_tong_and_xiangbi_is_a_base(tmp_path: Path) -> None:
    periods = _periods(tmp_path, SURVEY)
    assert periods["3.4"] == periods["-1.2"] == periods["2.6万"] == periods["512万"] == "2031"


def test_the_figure_after_the_bases_de_is_the_bases_own(tmp_path: Path) -> None:
    text = "2031年全市工业增加值增长6.1%，增幅较2030年的4.3%有所扩大。\n"
    periods = _periods(tmp_path, text)
    assert periods["4.3"] == "2030"
    assert periods["6.1"] == "2031"
