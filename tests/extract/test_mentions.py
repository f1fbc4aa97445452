"""Focused cases of the mention finder: one sentence each, what a draft should say."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions import paragraph_mentions

# (text, language, expected [(value, unit, qualifier, kind, type, period)] for non-label mentions)
CASES = [
    (
        "新能源装机容量已达725万千瓦,居全省第2位",
        "zh",
        [("725万", "千瓦", None, "fact", "count", "2022"), ("2", None, None, "fact", "rank", "2022")],
    ),
    ("全市数字赋能联盟凝聚企业800多家", "zh", [("800", "家", "odd", "fact", "count", "2022")]),
    ("受理群众诉求3.2万余件", "zh", [("3.2万", "件", "odd", "fact", "count", "2022")]),
    ("力争到2026年元宇宙产业规模达到3500亿元", "zh", [("3500亿", "元", None, "target", "count", "2026")]),
    ("预计全年固定资产投资增长12%以上", "zh", [("12", "%", "at-least", "estimate", "growth", "2022")]),
    ("2022年1-11月进出口总额增长35.2%", "zh", [("35.2", "%", None, "fact", "growth", "2022-01/2022-11")]),
    ("比上年末减少0.79万人", "zh", [("-0.79万", "人", None, "fact", "change", "2022")]),
    ("高于全国7.5个百分点", "zh", [("7.5", "个百分点", None, "fact", "difference", "2022")]),
    ("节能30%-50%", "zh", [("30%-50%", "%", None, "fact", "range", "2022")]),
    ("运行里程和运送旅客数量均居全省首位", "zh", [("首", None, None, "fact", "rank", "2022")]),
    (
        "连续两年位居全省第一",
        "zh",
        [("两", "年", None, "fact", "count", "2022"), ("一", None, None, "fact", "rank", "2022")],
    ),
    ("作为省内唯一", "zh", [("一", None, None, "fact", "only", "2022")]),
    ("一年来,一系列举措第一时间落地,成为试点城市之一", "zh", []),
    ("组织实施“五个优化”行动,创新推出“六项机制”,全面贯彻党的二十大精神", "zh", []),
    ("跨境电商进出口额超过340亿元", "zh", [("340亿", "元", "more-than", "fact", "count", "2022")]),
    ("建成5G基站1.2万个", "zh", [("1.2万", "个", None, "fact", "count", "2022")]),
    ("截至11月底，全市市场主体总量达到102.3万户", "zh", [("102.3万", "户", None, "fact", "count", "2022-11")]),
    (
        "More than 800 companies joined, and nearly 40% of firms use it.",
        "en",
        [("800", "companies", "more-than", "fact", "count", "2022"), ("40", "%", "nearly", "fact", "count", "2022")],
    ),
    (
        "Exports rose 12% to $3.5 billion in 2023.",
        "en",
        [("12", "%", None, "fact", "growth", "2023"), ("3.5 billion", "$", None, "fact", "count", "2023")],
    ),
    (
        "Capacity ranked second among 14 regions.",
        "en",
        [("second", None, None, "fact", "rank", "2022"), ("14", "regions", None, "fact", "count", "2022")],
    ),
    ("The agency aims to reach 12 GW by 2026.", "en", [("12", "GW", None, "target", "count", "2026")]),
    ("Retail sales are expected to reach $2.4bn.", "en", [("2.4bn", "$", None, "estimate", "count", "2022")]),
    (
        "Unemployment fell 0.8 percentage points to 3.9%.",
        "en",
        [("-0.8", "percentage points", None, "fact", "change", "2022"), ("3.9", "%", None, "fact", "count", "2022")],
    ),
    ("The G20 met; COVID-19 cases fell 12% under Article 5.", "en", [("-12", "%", None, "fact", "growth", "2022")]),
    ("参加人数超过了3-5万人", "zh", [("3-5万", "人", "more-than", "fact", "range", "2022")]),
    ("出口额约为3.5亿美元左右", "zh", [("3.5亿", "美元", "about", "fact", "count", "2022")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[case[0][:24] for case in CASES])
def test_mentions(text: str, lang: str, expected: list[tuple]) -> None:
    found = [
        (m.value, m.unit, m.qualifier, m.kind, m.type, m.period)
        for m in paragraph_mentions(text, 1, lang, 2022)
        if m.kind != "label"
    ]
    assert found == expected


def test_labels_keep_their_numeral() -> None:
    labels = [
        m.value
        for m in paragraph_mentions("组织实施“五个优化”行动,推深做实两篇文章", 1, "zh", 2022)
        if m.kind == "label"
    ]
    assert labels == ["五", "两"]
