"""Rankings among values listed together (`order`): drafted when the words rank the listed
figures, never for a ranking against figures outside the text, and never alarming on a
consistent text."""

from __future__ import annotations

import pytest
from tests.extract.test_infer import relations

STATED = [
    (
        "followed by: a chain, comparison figures left out",
        "Looking at the main components, energy is expected to have the highest annual rate in January (2.1%, "
        "compared with 2.9% in December), followed by food (1.9%, compared with 2.1% in December), services "
        "(1.2%, stable compared with December) and non-energy industrial goods (0.6%, compared with 0.5% in December).",
        {("2.1", "order", ("1.9", "1.2", "0.6"))},
    ),
    (
        "plural superlatives list their members in order, lowest ascending",
        "In January, the lowest annual rates were registered in Cyprus (-1.5%), Greece (0.2%) and Ireland (0.3%). "
        "The highest annual rates were recorded in Lithuania and Estonia (both 3.6%) and Romania (3.4%).",
        {("-1.5", "order", ("0.2", "0.3")), ("3.6", "order", ("3.4",))},
    ),
    (
        "the lowest among the listed",
        "Wales had the lowest rate (2.1%) among the regions listed, ahead of Scotland (2.4%) and "
        "the North East (3.0%).",
        {("2.1", "order", ("2.4", "3.0"))},
    ),
    (
        "增速最快 among the list of its sentence, the whole before 其中 left out",
        "全年居民消费价格比上年上涨3.2%，其中医疗保健类上涨2.8%，居住类上涨1.5%，教育文化和娱乐类上涨0.8%，"
        "食品烟酒类上涨8.9%，涨幅最大。",
        {("8.9", "order", ("2.8", "1.5", "0.8"))},
    ),
    (
        "a list separated by ；",
        "分行业看，电子行业增加值增长12.5%，增速最快；汽车行业增长8.1%；化工行业增长5.3%。",
        {("12.5", "order", ("8.1", "5.3"))},
    ),
    (
        "a level ranked among the parts after 其中",
        "全年进出口总额800亿元，其中出口500亿元，规模最大，进口300亿元。",
        {("500亿", "order", ("300亿",))},
    ),
    (
        "分别居前三位: the order written",
        "全年电子、汽车、化工行业增加值分别增长12.5%、8.1%、5.3%，分别居前三位。",
        {("12.5", "order", ("8.1", "5.3"))},
    ),
    (
        "居前三位的依次是",
        "增速居前三位的依次是电子行业（12.5%）、汽车行业（8.1%）和化工行业（5.3%）。",
        {("12.5", "order", ("8.1", "5.3"))},
    ),
    (
        "a list ends where a contrast starts another ranking",
        "The lowest rates were observed in Malta (1.0%) and Spain (1.2%), while the highest were in Estonia (5.0%) "
        "and Latvia (4.0%).",
        {("1.0", "order", ("1.2",))},
    ),
    (
        "was largest in …, followed by",
        "Employment growth was largest in health care (+50,000), followed by leisure and hospitality (+31,000) and "
        "construction (+12,000).",
        {("50,000", "order", ("31,000", "12,000"))},
    ),
]

NOT_STATED = [
    ("a rank among figures outside the text", "规模以上工业增加值增长8.0%，增速居全省首位。"),
    ("the highest since a year", "Inflation rose to 6.2%, the highest rate since 1992, up from 5.5% in February."),
    (
        "downward contributions: sizes or signed values, the words do not say",
        "The largest downward contribution came from clothing (-0.12 percentage points), followed by furniture "
        "(-0.05 percentage points).",
    ),
    (
        "a share is not ranked with growth rates",
        "其中第三产业增加值增长8.5%，占地区生产总值比重为52.4%，增速最快；第一产业增长2.8%。",
    ),
    ("a superlative with nothing listed beside it", "其中，高技术制造业增加值增长12.5%，增速最快。"),
    (
        "the changes are ranked, and the text gives only their two ends",
        "The highest increases were registered in Greece (14.3% to 21.0%), Spain (20.6% to 23.6%) and Cyprus "
        "(6.7% to 9.7%).",
    ),
    (
        "a level is never ranked with its whole (no 其中 / 分…看 before the list)",
        "全年全市地区生产总值5000亿元，第一产业增加值300亿元，第二产业增加值2000亿元，第三产业增加值2700亿元，规模最大。",
    ),
]


# (written, planted): one value of each stated ranking moved out of its place
PLANTED = [
    ("services (1.2%", "services (2.5%"),
    ("Greece (0.2%)", "Greece (0.5%)"),
    ("North East (3.0%)", "North East (1.5%)"),
    ("居住类上涨1.5%", "居住类上涨9.5%"),
    ("化工行业增长5.3%", "化工行业增长15.3%"),
    ("进口300亿元", "进口600亿元"),
    ("8.1%、5.3%", "8.1%、9.3%"),
    ("汽车行业（8.1%）", "汽车行业（13.1%）"),
    ("Spain (1.2%)", "Spain (0.2%)"),
    ("construction (+12,000)", "construction (+42,000)"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STATED], ids=[c[0] for c in STATED])
def test_a_stated_ranking_is_drafted(text: str, expected: set) -> None:
    checks, _ = relations(text)
    assert {c for c in checks if c[1] == "order"} == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_STATED], ids=[c[0] for c in NOT_STATED])
def test_no_ranking_the_words_do_not_state(text: str) -> None:
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "order"]


@pytest.mark.parametrize(
    ("text", "written", "planted"), [(c[1], *p) for c, p in zip(STATED, PLANTED)], ids=[c[0] for c in STATED]
)
def test_a_consistent_ranking_raises_no_alarm_and_a_value_out_of_place_fails(
    tmp_path, text: str, written: str, planted: str
) -> None:
    from factcheck.extract import checkdoc  # the whole run: only this test needs the pipeline
    from factcheck.run.pipeline import RunOptions  # the whole run: only this test needs the pipeline

    def failing(body: str) -> list[str]:
        document = tmp_path / "doc.txt"
        document.write_text(body, encoding="utf-8")
        run = checkdoc.check(checkdoc.prepare([str(document)]), RunOptions(paths=[], offline=True, cwd=tmp_path))
        return [f.check for r in run.claims for f in r.findings if f.verdict.value in ("fail", "error", "invalid")]

    assert failing(text) == []
    assert written in text
    assert "order" in failing(text.replace(written, planted, 1))


OUTSIDE = [
    (
        "a superlative against a series the text does not state",
        "Inflation rose to 6.2%, the highest rate since 1992, up from 5.5% in February.",
        {("6.2", "order")},
        set(),
    ),
    (
        "this is the highest in the series: the previous sentence's figure",
        "The CPIH rose by 6.2% in the 12 months to March 2022, up from 5.5% in February. This is the highest "
        "recorded 12-month inflation rate in the National Statistics series, which began in January 2006.",
        {("6.2", "order")},
        set(),
    ),
    (
        "their lowest … since: the figure after it; a year is never the figure ranked",
        "Service industries experienced their lowest quarterly growth since the September 2012 quarter, rising "
        "0.2 percent this quarter. Overall, the quarterly growth in retail was the largest seen since the 2011 "
        "Rugby World Cup.",
        {("0.2", "order")},
        set(),
    ),
    (
        "the top few of a set not listed: the first of them against the rest",
        "The largest upward contributions came from housing (1.49 percentage points) and transport "
        "(1.47 percentage points).",
        {("1.49", "order")},
        set(),  # the top parts of one total, named, not ranked among themselves
    ),
    (
        "the top few members of a set listed: ranked in the order written",
        "The highest annual increases were recorded in Estonia (+8.4%), Luxembourg (+7.1%) and Finland (+2.1%).",
        {("8.4", "order")},
        {("8.4", "order", ("7.1", "2.1"))},
    ),
    (
        "the top few listed with respectively: in the order of the names, each against the rest",
        "Workers in library occupations and in protective service occupations had the highest unionization "
        "rates (34.6 percent and 34.5 percent, respectively).",
        {("34.6", "order"), ("34.5", "order")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "waiting", "complete"), [c[1:] for c in OUTSIDE], ids=[c[0] for c in OUTSIDE])
def test_a_ranking_against_figures_outside_waits_under_x_todo(text: str, waiting: set, complete: set) -> None:
    checks, todos = relations(text)
    assert {t for t in todos if t[1] == "order"} == waiting
    assert {c for c in checks if c[1] == "order"} == complete


def test_a_rank_with_no_scope_is_among_the_listed_not_outside() -> None:
    text = (
        "航空航天领域增加值同比增长25.8%，增速居首位，高于全省18.0个百分点；环保产业、生物和新能源领域分别增长"
        "20.0%、13.5%和10.0%；新材料领域增长6.4%。"
    )
    checks, todos = relations(text)
    assert ("25.8", "order", ("20.0", "13.5", "10.0", "6.4")) in checks
    assert not [t for t in todos if t[1] == "rank"]
    _, todos = relations("新能源汽车产量增长25.8%，居全省首位。")
    assert [t for t in todos if t[1] == "rank"]
