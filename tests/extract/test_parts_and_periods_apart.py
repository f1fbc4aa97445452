"""Two false alarms a real release raised: a subset list summed with the next sentence's figure, and
two running totals of a year's first months (no year in the text) taken for one fact."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _checks(tmp_path: Path, text: str) -> dict[str, list]:
    return {d.data["value"]: d.data.get("checks", []) for d in drafts_of(tmp_path, text)}


def test_a_part_after_qizhong_is_not_summed_with_the_next_sentences_figure(tmp_path: Path) -> None:
    text = (
        "全年全县新增转移农村劳动力3.12万人。其中，县外转移新增农村劳动力1.05万人。"
        "年末城镇登记失业人数为0.98万人，城镇登记失业率为2.4%。\n"
    )
    checks = _checks(tmp_path, text)
    assert checks["3.12万"] == []
    assert not_verified(tmp_path) == []


def test_parts_across_a_full_stop_with_one_measure_are_still_summed(tmp_path: Path) -> None:
    text = "全年全县地区生产总值300亿元。其中：第一产业增加值60亿元；第二产业增加值90亿元。第三产业增加值150亿元。\n"
    assert [next(iter(c)) for c in _checks(tmp_path, text)["300亿"]] == ["sum"]


def test_running_totals_of_different_months_are_not_one_fact(tmp_path: Path) -> None:
    text = (
        "1-5月份，有色金属冶炼业利润总额-31.5亿元。\n"
        "1-4月份，有色金属冶炼业利润总额-52.9亿元。\n"
        "1-3月份，有色金属冶炼业利润总额-48.0亿元。\n"
    )
    checks = _checks(tmp_path, text)
    assert all(not found for found in checks.values())
    assert not_verified(tmp_path) == []


def test_a_ratio_reached_from_a_named_year_is_of_the_documents_year(tmp_path: Path) -> None:
    text = (
        "2031年全市国民经济和社会发展统计公报\n"
        "全年地区生产总值200.0亿元。其中，第一产业增加值18.0亿元；第二产业增加值82.0亿元；第三产业增加值100.0亿元。"
        "三次产业结构由2030年的10.0:40.0:50.0调整为9.0:41.0:50.0。\n"
    )
    periods = {d.data["value"]: d.data.get("period") for d in drafts_of(tmp_path, text) if d.data.get("unit") is None}
    assert periods["10.0"] == "2030" and periods["9.0"] == periods["41.0"] == "2031"
    assert not_verified(tmp_path) == []
