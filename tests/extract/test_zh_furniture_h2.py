"""Chinese numbers that are no statistic, seen in unseen county and provincial communiqués: a
survey's sampling fraction, the base of a sex ratio, the day a release came out; and a middle dot
typed for a decimal point, read as the point (one figure, not two)."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units, not_verified

from factcheck.documents.reading import reading_text

TEXT = (
    "据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人。男女性别比为105.23:100(女性为100)。"
    "西藏自治区统计局29日发布2020年一季度全区经济运行情况。医疗保健类价格上涨1·8%,交通通信类价格上涨2·9%。\n"
)


def test_sampling_fractions_ratio_bases_and_release_days_are_not_drafted(tmp_path) -> None:
    drafted = drafted_units(tmp_path, TEXT)
    values = [value for value, _ in drafted]
    assert "5" not in values and "100" not in values and "29" not in values
    assert ("12.74万", "人") in drafted and "105.23" in values
    assert not not_verified(tmp_path)


def test_a_count_of_days_and_a_share_of_a_sample_stay_statistics(tmp_path) -> None:
    drafted = drafted_units(tmp_path, "全年空气质量优良天数达到329日。抽样调查的住户中,60%的住户收入增加。\n")
    assert ("329", "日") in drafted and ("60", "%") in drafted


def test_a_middle_dot_between_digits_after_chinese_text_is_a_decimal_point(tmp_path) -> None:
    assert reading_text("价格上涨1·8%,")[0] == "价格上涨1.8%,"
    assert reading_text("于2023·04·28发布")[0] == "于2023·04·28发布"  # a date written with dots stays
    assert reading_text("Rapides · 28 April 2023 · n° 111")[0] == "Rapides · 28 April 2023 · n° 111"
    drafted = drafted_units(tmp_path, TEXT)
    assert ("1.8", "%") in drafted and ("2.9", "%") in drafted
    assert ("8", "%") not in drafted and ("9", "%") not in drafted
