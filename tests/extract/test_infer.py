"""Relation patterns, one small text each: what the words say is drafted, and nothing more.

Each case is a short document; the result is written as (claim value, check kind, operand
values) so that it does not depend on the drafts' names. Subsets and incomplete lists must
draft nothing; relations that need a figure from outside go under x-todo.
"""

from __future__ import annotations

import re

import pytest

from factcheck.extract.document import parse_document
from factcheck.extract.drafts import build_drafts
from factcheck.extract.infer.registry import PATTERNS
from factcheck.extract.mentions import find_mentions


def relations(text: str) -> tuple[set[tuple[str, str, tuple[str, ...]]], set[tuple[str, str]]]:
    """({(claim value, kind, operand values)} of complete checks, {(claim value, kind)} of x-todo checks)."""
    document = parse_document(text, "txt")
    drafts = build_drafts(document, find_mentions(document), None)
    value = {d.name: str(d.data["value"]) for d in drafts}
    checks, todos = set(), set()
    for draft in drafts:
        for check in draft.data.get("checks", []):
            kind = next(iter(check))
            operands = tuple(value[name] for name in re.findall(r"\./([A-Za-z0-9._-]+)", repr(check)))
            checks.add((str(draft.data["value"]), kind, operands))
        for item in draft.data.get("x-todo", []):
            kind = next((k for k in item if k != "note"), None)
            if kind is not None:
                todos.add((str(draft.data["value"]), kind))
    return checks, todos


CASES = [
    (
        "three industries partition GDP",
        "全年地区生产总值7306.45亿元，比上年增长3.5%。其中，第一产业增加值662.28亿元，增长4.8%；"
        "第二产业增加值2914.10亿元，增长3.6%；第三产业增加值3730.07亿元，增长3.2%。",
        {("7306.45亿", "sum", ("662.28亿", "2914.10亿", "3730.07亿"))},
    ),
    ("a subset is not a partition", "年末60岁及以上人口29697万人，其中65岁及以上人口21676万人。", set()),
    (
        "an incomplete 其中 list is not a partition",
        "全年农作物总播种面积71.80万公顷。其中，粮食作物52.79万公顷；蔬菜9.89万公顷；瓜果1.14万公顷。",
        set(),
    ),
    (
        "per-person values of town and country are not parts of the national one",
        "全年全国居民人均可支配收入41314元，比上年增长5.3%。按常住地分，城镇居民人均可支配收入54188元，"
        "增长4.6%；农村居民人均可支配收入23119元，增长6.6%。",
        set(),
    ),
    (
        "a breakdown introduced by 按…分",
        "全年社会消费品零售总额487895亿元，比上年增长3.5%。按经营单位所在地分，城镇消费品零售额421166亿元，"
        "增长3.4%；乡村消费品零售额66729亿元，增长4.3%。",
        {("487895亿", "sum", ("421166亿", "66729亿"))},
    ),
    (
        "a 按…分 paragraph breaks down the headline totals of earlier paragraphs, period words matched",
        "4月份，社会消费品零售总额34910亿元，同比增长18.4%。\n1—4月份，社会消费品零售总额149833亿元，同比增长8.5%。\n"
        "按消费类型分，4月份，商品零售31159亿元，同比增长15.9%；餐饮收入3751亿元，增长43.8%。"
        "1—4月份，商品零售133945亿元，同比增长7.3%；餐饮收入15888亿元，增长19.8%。",
        {("34910亿", "sum", ("31159亿", "3751亿")), ("149833亿", "sum", ("133945亿", "15888亿"))},
    ),
    (
        "其中，3月份 after a quarter's parts: the month's parts, never parts of the quarter's last figure",
        "一季度，社会消费品零售总额97790亿元，同比增长8.3%。其中，3月份社会消费品零售总额31726亿元，同比增长8.7%。\n"
        "按经营单位所在地分，一季度城镇消费品零售额83402亿元，同比增长8.2%；乡村消费品零售额14388亿元，增长9.2%。"
        "其中，3月份城镇消费品零售额27192亿元，同比增长8.5%；乡村消费品零售额4534亿元，增长9.4%。",
        {("97790亿", "sum", ("83402亿", "14388亿")), ("31726亿", "sum", ("27192亿", "4534亿"))},
    ),
    (
        "no breakdown below a figure not said to be a total",
        "4月份，除汽车以外的消费品零售额31290亿元。\n按消费类型分，4月份，商品零售31159亿元；餐饮收入3751亿元。",
        set(),
    ),
    (
        "men and women partition the population",
        "年末常住人口1000万人，其中男性510万人，女性490万人。",
        {("1000万", "sum", ("510万", "490万"))},
    ),
    (
        "a share of a stated whole",
        "年末全国就业人员73439万人，其中城镇就业人员47345万人，占全国就业人员比重为64.5%。",
        {("64.5", "share", ("47345万", "73439万"))},
    ),
    (
        "birth and death rates from counts and the average population; the natural rate",
        "年末全国人口140828万人，比上年末减少139万人。全年出生人口954万人，出生率为6.77‰；"
        "死亡人口866万人，死亡率为6.15‰；自然增长率为0.62‰。",
        {
            ("6.77", "formula", ("954万", "140828万", "-139万")),
            ("6.15", "formula", ("866万", "140828万", "-139万")),
            ("0.62", "difference", ("6.77", "6.15")),
        },
    ),
    (
        "contributions of the three demand components add up to growth",
        "全年国内生产总值1349084亿元，比上年增长5.0%。最终消费支出拉动国内生产总值增长2.2个百分点，"
        "资本形成总额拉动国内生产总值增长1.3个百分点，货物和服务净出口拉动国内生产总值增长1.5个百分点。",
        {("5.0", "contributions", ("2.2", "1.3", "1.5"))},
    ),
    (
        "a ratio to a whole stated elsewhere in the document",
        "全年国内生产总值1349084亿元。\n全年研究与试验发展经费支出36130亿元，比上年增长8.3%，与国内生产总值之比为2.68%。",
        {("2.68", "share", ("36130亿", "1349084亿"))},
    ),
    (
        "a share of a whole converted to another currency (折), its growth rate between them",
        "全年对外承包工程完成营业额11820亿元，比上年增长4.2%，折1660亿美元，增长3.1%。其中，对共建国家完成营业额"
        "1388亿美元，增长3.4%，占对外承包工程完成营业额比重为83.6%。",
        {("83.6", "share", ("1388亿", "1660亿"))},
    ),
    (
        "占GDP的: the whole named by its abbreviation in brackets",
        "全年全市实现地区生产总值（GDP）1403.24亿元，比上年增长11.3%。现代服务业增加值321.96亿元，增长8.5%，占GDP的22.9%。",
        {("22.9", "share", ("321.96亿", "1403.24亿"))},
    ),
    (
        "三次产业的比例由…调整为…",
        "全市地区生产总值1403.24亿元。其中，第一产业增加值37.70亿元；第二产业增加值786.42亿元；第三产业增加值579.11亿元。"
        "三次产业的比例由2.7:54.8:42.5调整为2.7:56.0:41.3。",
        {
            ("1403.24亿", "sum", ("37.70亿", "786.42亿", "579.11亿")),
            ("2.7", "formula", ("37.70亿", "1403.24亿")),
            ("56.0", "formula", ("786.42亿", "1403.24亿")),
            ("41.3", "formula", ("579.11亿", "1403.24亿")),
        },
    ),
    (
        "三次产业结构 without 为",
        "全市地区生产总值1077.9亿元。其中第一产业增加值72.8亿元；第二产业增加值460.6亿元；第三产业增加值544.5亿元。"
        "三次产业结构6.8:42.7:50.5，与上年相比，第一产业比重提高0.3个百分点。",
        {
            ("1077.9亿", "sum", ("72.8亿", "460.6亿", "544.5亿")),
            ("6.8", "formula", ("72.8亿", "1077.9亿")),
            ("42.7", "formula", ("460.6亿", "1077.9亿")),
            ("50.5", "formula", ("544.5亿", "1077.9亿")),
        },
    ),
    (
        "a level, its change and its rate",
        "全年粮食总产量69805万吨，比上年增加1109万吨，增长1.6%。",
        {("1.6", "formula", ("1109万", "69805万", "1109万"))},
    ),
    (
        "a revision stated with both levels",
        "The change in payroll employment for January was revised down by 32,000, from +504,000 to +472,000.",
        {("-32,000", "difference", ("472,000", "504,000"))},
    ),
    (
        "a level, up N from the earlier level",
        "The trade deficit was $68.9 billion in March, up $4.2 billion from $64.7 billion in February.",
        {("4.2 billion", "difference", ("68.9 billion", "64.7 billion"))},
    ),
    (
        "a level, down N from the earlier level",
        "The deficit was $60.5 billion in March, down $4.2 billion from $64.7 billion in February.",
        {("-4.2 billion", "difference", ("60.5 billion", "64.7 billion"))},  # "down $4.2 billion": signed
    ),
    (
        "by N to L, a decrease of r",
        "Total employment fell by 25,000 to 19.2 million, a decrease of 0.1 percent.",
        {("-0.1", "formula", ("-25,000", "19.2 million", "-25,000"))},
    ),
    (
        "快于 a rate the text states: the gap between the two",
        "1—4月份，规模以上工业增加值同比增长5.8%。其中，高技术制造业增加值增长8.9%，快于全部规模以上工业3.1个百分点。",
        {("3.1", "difference", ("8.9", "5.8"))},
    ),
    (
        "慢于 规上工业: the other way round",
        "全年规模以上工业增加值比上年增长5.8%。分门类看，采矿业增长3.1%，慢于规上工业2.7个百分点。",
        {("2.7", "difference", ("5.8", "3.1"))},
    ),
    (
        "增速比…高出: the rate compared with stated later, named by its level",
        "农村居民人均可支配收入23119元，增长6.6%，增速比城镇居民高出2.0个百分点。城镇居民人均可支配收入54188元，增长4.6%。",
        {("2.0", "difference", ("6.6", "4.6"))},
    ),
    (
        "a share is not a growth rate to compare",
        "全年规模以上工业增加值比上年增长5.8%。高技术制造业增加值占规模以上工业比重为16%，高于规模以上工业3.1个百分点。",
        set(),
    ),
    (
        "the urban-rural income ratio of the two figures stated",
        "按常住地分，城镇居民人均可支配收入54188元，增长4.6%；农村居民人均可支配收入23119元，增长6.6%。"
        "城乡居民收入比由上年的2.39缩小至2.34。",
        {("2.34", "ratio", ("54188", "23119"))},
    ),
    (
        "points between a rate after 'to' and one after 'from'",
        "The unemployment rate rose 0.3 percentage point to 4.1 percent, from 3.8 percent in March.",
        {("0.3", "difference", ("4.1", "3.8"))},
    ),
    (
        "points lower than the previous quarter (A)",
        "The employment rate was 75.5%, 0.3 percentage points lower than the previous quarter (75.8%).",
        {("-0.3", "difference", ("75.5", "75.8"))},
    ),
    (
        "points higher than another group's rate (A)",
        "The rate was 4.1 percent for men, 0.3 percentage points higher than the rate for women (3.8 percent).",
        {("0.3", "difference", ("4.1", "3.8"))},
    ),
    (
        "a change in percent of the earlier level (level - change)",
        "Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year.",
        {("3.3", "formula", ("0.99", "31.06", "0.99"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_what_the_words_state_is_drafted(text: str, expected: set) -> None:
    checks, _ = relations(text)
    assert checks == expected


def test_figures_from_outside_wait_under_x_todo() -> None:
    checks, todos = relations("农业科技进步贡献率达到69%，高于全国7.5个百分点；新能源装机容量725万千瓦，居全省第2位。")
    assert checks == set()
    assert todos == {("7.5", "difference"), ("2", "rank")}
    checks, todos = relations("Employment rose among core-aged women (+43,000; +0.7%) in April.")
    assert checks == set() and todos == {("0.7", "share")}


def test_a_share_refers_back_only_through_a_pronoun() -> None:
    text = (
        "The number of long-term unemployed was 1.1 million. These individuals accounted for 18.9 percent "
        "of all unemployed persons. The number of unemployed persons was 5.8 million."
    )
    checks, _ = relations(text)
    assert checks == {("18.9", "share", ("1.1 million", "5.8 million"))}
    text = (
        "Total employment was 3.21 million. Men accounted for 52.3 percent of all employed persons. "
        "There were 3.21 million employed persons."
    )
    checks, todos = relations(text)
    assert checks == set() and todos == {("52.3", "share")}


def test_a_headline_restating_the_body_is_the_same_fact() -> None:
    text = (
        "Total nonfarm payroll employment rose by 236,000 in March, the bureau reported today.\n"
        "Household survey data were little changed.\n"
        "Total nonfarm payroll employment increased by 236,000 in March, compared with the average gain.\n"
    )
    checks, _ = relations(text)
    assert checks == {("236,000", "same", ("236,000",))}


def test_every_pattern_is_registered_with_its_id() -> None:
    assert set(PATTERNS) == {
        "partition",
        "share",
        "equivalent",
        "change",
        "compared",
        "levels",
        "balance",
        "contributions",
        "demand-contributions",
        "rates",
        "natural-change",
        "same",
        "repeated",
        "table-earlier",
        "listed-changes",
        "restate",
        "order",
        "box",
        "zh-restate",
        "zh-industry",
        "zh-row-pair",
        "zh-share-change",
        "zh-continued",
        "zh-title",
        "zh-ratio-outside",
        "zh-space-table",
        "zh-table-groups",
        "zh-list-share",
        "zh-among",
        "zh-bracket-gap",
        "zh-compared-level",
        "zh-section-title",
        "zh-three-pulls",
        "zh-contribution-rates",
        "zh-second-set",
        "zh-listed-sectors",
        "back-reference",
        "from-level",
        "change-to-level",
        "points-or-percent",
        "rate-and-levels",
        "zh-named-parts",
        "zh-defined-ratio",
        "zh-parts-below",
        "zh-equal-to",
        "zh-increment-share",
        "zh-with-others",
        "zh-per-gdp",
        "zh-sex-ratio",
        "zh-age-groups",
        "zh-row-sequence",
        "zh-rank-change",
        "zh-change-sum",
        "zh-breakdown",
        "zh-rate-again",
        "zh-ratio-again",
        "zh-text-row",
        "zh-items-total",
        "zh-counted-rows",
        "components",
        "series",
        "sexes",
        "complements",
        "labour-force",
        "month-series",
        "gaps",
        "level-gap",
        "level-before",
        "percent-of",
        "of-total",
        "points-gap",
        "named-level",
        "points-before",
        "earlier-rate-points",
        "than-bracketed",
        "than-period",
        "than-stated",
        "than-level",
        "these-figures",
        "levels-after",
        "later-levels",
        "compared-rates",
        "hundred-parts",
        "superlative-after",
        "daily-average",
        "top-few",
        "first-time",
        "similar-earlier",
        "bracketed-levels",
        "outside",
        "earlier",
        "table",
        "columns",
        "groups",
        "base-after",
        "rate-then-change",
        "per-person",
        "records",
        "within",
        "row-change",
        "index-columns",
        "numbered-rows",
        "rate-row",
        "text-cell",
        "group-table",
        "listed-parts",
        "basis-change",
        "lead",
        "listed-order",
        "telescoping",
        "other-parts",
        "of-which",
        "total-lines",
        "of-which-shares",
        "including-other",
        "total-row",
        "rate-levels",
        "resulting-growth",
        "bracket-change",
        "change-and-rate",
        "attributed",
        "bare-share",
        "levels-then-rate",
        "other-unit",
    }
    assert all(module.ID == name and callable(module.infer) for name, module in PATTERNS.items())


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_a_consistent_text_raises_no_alarm(tmp_path, text: str) -> None:
    from factcheck.extract import checkdoc  # the whole run: only this test needs the pipeline
    from factcheck.run.pipeline import RunOptions  # the whole run: only this test needs the pipeline

    document = tmp_path / "doc.txt"
    document.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
    bad = [f.message for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error", "invalid")]
    assert bad == []


def test_a_structure_written_to_add_up_to_100_allows_one_unit_of_its_last_digit() -> None:
    text = (
        "2019年地区生产总值46615.8亿元。其中，第一产业增加值4807.2亿元；第二产业增加值17365.3亿元；"
        "第三产业增加值24443.3亿元。三次产业结构由上年的10.3:37.4:52.3调整为10.3:37.3:52.4。"
    )
    checks, _ = relations(text)
    shares = {c for c in checks if c[1] == "formula"}
    assert shares == {
        ("10.3", "formula", ("4807.2亿", "46615.8亿")),
        ("37.3", "formula", ("17365.3亿", "46615.8亿")),
        ("52.4", "formula", ("24443.3亿", "46615.8亿")),
    }  # last year's 10.3:37.4:52.3 is not this year's structure
    document = parse_document(text, "txt")
    drafts = build_drafts(document, find_mentions(document), None)
    tolerances = {str(d.data["value"]): d.data.get("tolerance") for d in drafts if d.data.get("checks")}
    assert tolerances["37.3"] == "0.1" and tolerances["46615.8亿"] is None


def test_a_change_with_its_percent_in_brackets_waits_for_the_earlier_level() -> None:
    checks, todos = relations("Personal income increased $57.7 billion (0.4 percent) in February.")
    assert checks == set() and todos == {("0.4", "share")}


def test_a_per_capita_value_without_a_population_waits_for_one() -> None:
    checks, todos = relations("2019年四川省地区生产总值(GDP)46615.8亿元。人均地区生产总值55774元，增长7.0%。")
    assert checks == set() and ("55774", "ratio") in todos


def test_revisions_combined_are_their_sum() -> None:
    text = (
        "The change for January was revised down by 32,000, from +504,000 to +472,000, and the change for "
        "February was revised up by 15,000, from +311,000 to +326,000. With these revisions, employment in "
        "January and February combined is 17,000 lower than previously reported."
    )
    checks, _ = relations(text)
    assert ("-17,000", "sum", ("-32,000", "15,000")) in checks


def test_labour_productivity_waits_for_output_at_constant_prices() -> None:
    checks, todos = relations("全年国内生产总值1349084亿元。全员劳动生产率为173898元/人，比上年提高4.9%。")
    assert checks == set() and ("173898", "ratio") in todos


def test_a_change_listed_after_by_is_not_a_whole() -> None:
    text = (
        "In August, the number of unemployed persons (9.6 million) changed little. Over the year, the unemployment "
        "rate and the number of unemployed persons were down by 1.1 percentage points and 1.7 million, "
        "respectively.\nThe number of long-term unemployed declined by 192,000 to 3.0 million in August. These "
        "individuals accounted for 31.2 percent of the unemployed."
    )
    checks, _ = relations(text)
    assert ("31.2", "share", ("3.0 million", "9.6 million")) in checks


def test_a_wrong_gap_between_two_stated_rates_fails(tmp_path) -> None:
    from factcheck.extract import checkdoc  # the whole run: only this test needs the pipeline
    from factcheck.run.pipeline import RunOptions  # the whole run: only this test needs the pipeline

    text = "全年规模以上工业增加值比上年增长5.8%。其中，高技术制造业增加值增长8.9%，快于全部规模以上工业3.4个百分点。"
    document = tmp_path / "doc.txt"
    document.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
    failed = [f for r in result.claims for f in r.findings if f.verdict.value == "fail"]
    assert [f.check for f in failed] == ["difference"] and failed[0].position.line == 1


def test_a_rate_defined_as_a_percentage_of_a_whole_is_a_share() -> None:
    text = (
        "Personal saving was $808.0 billion in February and the personal saving rate, personal saving as a "
        "percentage of disposable personal income, was 5.6 percent."
    )
    checks, todos = relations(text)
    assert checks == set() and ("5.6", "share") in todos
    checks, _ = relations("Disposable personal income was $14,430.0 billion. " + text)
    assert ("5.6", "share", ("808.0 billion", "14,430.0 billion")) in checks


def test_gaps_listed_respectively_pair_by_position() -> None:
    document = parse_document(
        "环保产业、生物和新能源领域分别增长20.0%、13.5%和10.0%，高于全省12.2、5.7和2.2个百分点。", "txt"
    )
    drafts = build_drafts(document, find_mentions(document), None)
    value = {d.name: str(d.data["value"]) for d in drafts}
    pairs = {
        (str(d.data["value"]), tuple(value[n] for n in re.findall(r"\./([A-Za-z0-9._-]+)", repr(item))))
        for d in drafts
        for item in d.data.get("x-todo", [])
    }
    assert {("12.2", ("20.0",)), ("5.7", ("13.5",)), ("2.2", ("10.0",))} <= pairs
