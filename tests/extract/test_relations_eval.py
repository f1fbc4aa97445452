"""Relation inference on the labelled real releases: printed scores, no false alarm, planted errors caught.

Run with `-s` to see the table (also in BENCHMARKS.md):
    .venv/bin/python -m pytest -q -s tests/extract/test_relations_eval.py
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.relations_eval import DATA, DOCUMENTS, score

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def test_scores_per_document_are_printed_and_no_false_alarm() -> None:
    assert DOCUMENTS, "no labelled documents in tests/extract/data"
    total_stated = total_right = total_waiting = total_drafted = total_wrong = 0
    print()
    print(f"{'document':34} stated  right  waiting  drafted  wrong  false-alarms")
    alarms = []
    for name in DOCUMENTS:
        result = score(name)
        total_stated += result.stated
        total_right += result.right
        total_waiting += result.waiting
        total_drafted += result.drafted
        total_wrong += len(result.wrong)
        print(
            f"{name:34} {result.stated:6} {result.right:6} {result.waiting:8} {result.drafted:8} {len(result.wrong):6} "
            f"{len(result.false_alarms):13}"
        )
        for line in result.wrong:
            print("    wrong:", line)
        for line in result.missed:
            print("    missed:", line)
        alarms.extend(result.false_alarms)
    print(
        f"{'all':34} {total_stated:6} {total_right:6} {total_waiting:8} {total_drafted:8} {total_wrong:6} "
        f"{len(alarms):13}"
    )
    for line in alarms:
        print("    false alarm:", line)
    assert total_right > 0
    assert alarms == [], "a drafted relation fails on a document whose numbers agree"


# (document, text as written, planted text, the check that must fail)
PLANTED = [
    ("zh-national-2024", "1349084亿元", "1349184亿元", "sum"),  # a total
    ("zh-national-2024", "比重为36.5%", "比重为37.5%", "share"),  # a share
    ("zh-national-2024", "出生率为6.77‰", "出生率为6.97‰", "formula"),  # a rate from counts
    ("zh-national-2024", "外出农民工17871万人", "外出农民工17371万人", "sum"),  # a part
    ("zh-city-hefei-2024", "秋粮219.11万吨", "秋粮219.61万吨", "sum"),
    ("zh-national-2024", "人均国内生产总值95749元", "人均国内生产总值96749元", "formula"),  # a per-capita value
    ("zh-national-2024", "拉动国内生产总值增长1.3个百分点", "拉动国内生产总值增长1.8个百分点", "contributions"),
    (
        "en-bls-empsit-2023-03",
        "rose by 9 cents, or 0.3 percent, to $33.18",
        "rose by 9 cents, or 0.5 percent, to $33.18",
        "formula",
    ),
    ("en-statcan-lfs-2022-04", "up 3.3%", "up 3.9%", "formula"),  # a growth rate (change over level)
    ("en-bls-empsit-2023-03", "from +311,000 to +326,000", "from +311,000 to +328,000", "difference"),
    ("zh-nbs-retail-2023-04", "零售总额34910亿元", "零售总额35910亿元", "sum"),  # broken down by 按…分 below
    ("zh-prov-sichuan-2019", "调整为10.3:37.3:52.4", "调整为10.3:37.6:52.1", "formula"),  # still adds up to 100
    ("en-eurostat-hicp-flash-2018-01", "services (1.2%", "services (2.4%", "order"),  # a ranking: followed by
    ("en-eurostat-hicp-2018-01", "Greece (0.2%)", "Greece (-1.9%)", "order"),  # the lowest rates, in order
    ("en-eurostat-hicp-2018-01", "energy (+0.22 pp)", "energy (+0.42 pp)", "order"),  # contributions, in order
    ("en-census-nrc-2024-06", "3.4 percent above", "3.9 percent above", "growth"),  # a change from a stated base
    ("en-census-nrc-2024-06", "June 2023 rate of 1,415,000", "June 2023 rate of 1,315,000", "growth"),  # a base
    ("en-cso-mue-2015-08", "unemployed was 206,500", "unemployed was 205,500", "sum"),  # males + females
    ("zh-prov-guizhou-2022", "年末常住人口 | 3856 |", "年末常住人口 | 3865 |", "sum"),  # a table's 按城乡分 rows
    ("zh-prov-guizhou-2022", "女性 | 1885 | 48.88 |", "女性 | 1885 | 47.88 |", "share"),  # a share column
    ("zh-city-yuhuan-2019", "240.54亿元,增长6.7%", "240.54亿元,增长6.1%", "same"),  # restated in 表1
    ("zh-county-hengyang-2022", "第二产业实现增加值154.35亿元", "第二产业实现增加值155.35亿元", "sum"),  # 分产业看
    ("zh-county-hengyang-2022", "调整为18.5:36.7:44.8", "调整为18.5:37.7:44.8", "formula"),  # 结构比
    ("zh-county-qdndz-2015", "建筑业增加值完成24932万元", "建筑业增加值完成24832万元", "sum"),  # 工业+建筑业
    # issue 12, fourth round: the rules of the round, each with a planted error
    ("zh-city-yuhuan-2019", "渔业产值60.75亿元", "渔业产值61.75亿元", "sum"),  # 农林牧渔 branches
    ("zh-nbs-fai-2019-07", "(不含农户)348892亿元", "(不含农户)349892亿元", "sum"),  # 分产业看 below
    ("zh-prov-henan-2021", "9.5∶41.3∶49.1", "9.5∶42.3∶49.1", "formula"),  # a structure with ∶
    ("zh-prov-henan-2021", "人口出生率为8.00‰", "人口出生率为8.20‰", "formula"),  # of the year-end population
    ("zh-prov-henan-2021", "自然增加人口6.3万人", "自然增加人口6.8万人", "difference"),  # births − deaths
    ("zh-prov-henan-2021", "省外输出1255.97万人", "省外输出1265.97万人", "sum"),  # 省内 + 省外
    ("zh-city-changzhi-industry-2025-q1", "增速0.3个百分点", "增速1.3个百分点", "contributions"),  # 上拉
    ("zh-city-changzhi-industry-2025-q1", "增速14.9个百分点", "增速15.9个百分点", "difference"),  # a gap
    ("zh-city-yuhuan-2019", "约合20533美元", "约合22533美元", "formula"),  # converted at a stated rate
    ("en-eurostat-hicp-2018-01", "Down to 1.6% in the EU", "Down to 1.9% in the EU", "same"),  # a title
    ("zh-prov-jilin-2019", "第三产业增加值比重为53.8%", "第三产业增加值比重为54.8%", "share"),  # shares to 100
    ("zh-prov-jilin-2019", "城镇化率)为58.27%", "城镇化率)为59.27%", "share"),  # defined in brackets
    ("en-eurostat-hpi-2012-q3", "Luxembourg (+7.1%)", "Luxembourg (+9.1%)", "order"),  # the highest, in order
    ("zh-prov-hainan-2015", "比重分别为23.1:23.6:53.3", "比重分别为23.1:24.6:52.3", "formula"),  # 分别为a:b:c
    ("zh-prov-hainan-2015", "全省固定资产投资3355.4亿元", "全省固定资产投资3365.4亿元", "sum"),  # 分产业看 later
    ("zh-city-shaoxing-2021", "占比73.9%", "占比75.9%", "share"),  # a bare 占比 after a part
    # held-out batch 5
    ("zh-nbs-ppi-2016-01", "在1月份-5.3%的", "在1月份-5.8%的", "contributions"),  # 翘尾 + 新涨价
    ("zh-nbs-ppi-2016-01", "出厂价格同比下降5.3%\n", "出厂价格同比下降5.8%\n", "same"),  # the title restates
    ("zh-prov-hainan-2015", "第二产业投资322.84亿元", "第二产业投资332.84亿元", "sum"),  # 分产业看 after 其中
    ("en-bls-prod-2016-q2", "increased 2.0 percent in the second", "increased 3.0 percent in the second", "formula"),
    # issue 12, eighth round
    ("en-abs-lfs-2018-06", "increased 9,700 to 4,008,400", "increased 9,700 to 4,018,400", "sum"),  # full + part time
    ("en-abs-lfs-2018-06", "increased 9,700 to", "increased 9,900 to", "sum"),  # their changes add up too
    ("en-abs-lfs-2018-06", "(0.6%)", "(0.9%)", "formula"),  # "N (r%) to L"
    ("zh-prov-jiangsu-2011", "占GDP比重为42.6%", "占GDP比重为43.6%", "share"),  # GDP named 生产总值
    ("zh-city-suzhou-anhui-2021", "出生率为9.42‰", "出生率为9.92‰", "formula"),  # of the registered population
    # whole tables on one line, a chart's data a point a line
    ("en-ssb-trade-2025-04", "The trade balance 55.9", "The trade balance 56.9", "difference"),  # exports − imports
    ("en-ssb-trade-2025-04", "-9.4 292.0", "-9.4 293.0", "difference"),  # so far this year too
    ("en-cbs-bankruptcies-2020-09", "2018 September 224", "2018 September 164", "order"),  # under August 2020's 175
    ("en-cbs-gdp-2018-q1", "grew by 0.6 percent", "grew by 0.9 percent", "growth"),  # the chart's last two points
    # GDP and its industries without 其中, structures, reposts, month tables
    ("zh-county-enshi-2018", "總值233.17億元", "總值235.17億元", "sum"),  # a repost with romanisation inserted
    ("zh-county-enshi-2018", "下降1.1個(gè)", "下降1.6個(gè)", "difference"),  # between two stated structures
    ("zh-county-fengqing-2021", "本地农民工7.29万人", "本地农民工7.39万人", "sum"),  # 外出 + 本地
    ("zh-county-fengqing-2021", "结构比为37.5:25.4", "结构比为37.5:26.4", "formula"),  # no longer the shares
    ("zh-prov-guangdong-industry-2017-03", "全省总计 | 2846.99", "全省总计 | 2848.99", "sum"),  # 在总计中 rows
    ("zh-prov-guangdong-industry-2017-03", "| 7220.42 |", "| 7222.42 |", "sum"),  # the months to date
    # held-out round h6 (Chinese)
    ("zh-nbs-pmi-2023-08", "上升1.7个百分点", "上升1.9个百分点", "difference"),  # against 表1's July row
    ("zh-prov-heilongjiang-2021", "第一产业增加值3463.0亿元", "第一产业增加值3464.0亿元", "sum"),  # the lead's GDP
]


@pytest.mark.parametrize(("name", "written", "planted", "kind"), PLANTED, ids=[f"{p[0]}:{p[2]}" for p in PLANTED])
def test_a_planted_error_is_caught(tmp_path: Path, name: str, written: str, planted: str, kind: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert written in text
    copy = tmp_path / f"{name}.txt"
    copy.write_text(text.replace(written, planted, 1), encoding="utf-8")
    prepared = checkdoc.prepare([str(copy)])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failing = [
        (r.id, f) for r in result.claims for f in r.findings if f.index is not None and f.verdict.value == "fail"
    ]
    assert any(f.check == kind for _, f in failing), failing
    line = text.replace(written, planted, 1)[: text.index(written)].count("\n") + 1
    assert all(f.position.file == str(copy) for _, f in failing)
    assert any(f.position.line == line for _, f in failing if f.check == kind)
