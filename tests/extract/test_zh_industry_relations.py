"""GDP and its three industries in Chinese communiqués: the sum without 其中, the structure said
with 比重/构成 (or restating shares stated before it), the points an industry's share moved between two
stated structures, and per-capita GDP or its change with no population or earlier level stated."""

from __future__ import annotations

from tests.extract.test_infer import relations

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

SECTORS = (
    "2018年，全年实现地区生产总值233.17亿元，同比增长8.5%。人均GDP29934元，比上年提高2686元，扣除价格因素，同比增长7.8%。"
    "第一产业实现增加值29.42亿元，增长3.3%；第二产业实现增加值90.81亿元，增长7.4%；第三产业实现增加值112.95亿元，"
    "增长11.2%。三次产业结构由上年的13.7:40.0:46.3调整为12.6:39.0:48.4，其中一产业比重下降1.1个百分点，"
    "第二产业比重下降1个百分点，第三产业比重提高2.1个百分点。\n"
)


def test_three_industries_make_up_gdp_without_a_list_word() -> None:
    checks, _ = relations(SECTORS)
    assert ("233.17亿", "sum", ("29.42亿", "90.81亿", "112.95亿")) in checks


def test_an_industry_share_change_between_two_stated_structures() -> None:
    checks, _ = relations(SECTORS)
    assert ("-1.1", "difference", ("12.6", "13.7")) in checks
    assert ("-1", "difference", ("39.0", "40.0")) in checks
    assert ("2.1", "difference", ("48.4", "46.3")) in checks


def test_share_changes_stated_before_the_structure_in_their_sentence() -> None:
    text = (
        "全年地区生产总值681.27亿元。第一产业比重较上年持平，第二产业比重下降0.9个百分点，第三产业比重提高了0.9个百分点，"
        "产业结构由上年的0.6:36.4:63.0调整为0.6:35.5:63.9。\n"
    )
    checks, _ = relations(text)
    assert ("-0.9", "difference", ("35.5", "36.4")) in checks
    assert ("0.9", "difference", ("63.9", "63.0")) in checks


def test_per_capita_gdp_and_its_change_need_figures_from_outside() -> None:
    checks, todos = relations(SECTORS)
    assert ("29934", "ratio") in todos and ("2686", "difference") in todos
    assert not any(claim in ("29934", "2686") for claim, _, _ in checks)


def test_a_share_change_with_no_earlier_structure_is_not_drafted_complete() -> None:
    text = SECTORS.replace("由上年的13.7:40.0:46.3调整为", "为")
    checks, _ = relations(text)
    assert not any(kind == "difference" and claim in ("-1.1", "-1", "2.1") for claim, kind, _ in checks)


def test_two_industries_alone_do_not_make_up_gdp() -> None:
    text = "全年地区生产总值233.17亿元。第一产业增加值29.42亿元；第二产业增加值90.81亿元。\n"
    checks, _ = relations(text)
    assert not any(kind == "sum" for _, kind, _ in checks)


def test_another_figure_of_the_unit_between_gdp_and_the_industries_breaks_the_sum() -> None:
    text = (
        "全年地区生产总值233.17亿元，其中民营经济增加值120.5亿元。第一产业增加值29.42亿元；第二产业增加值"
        "90.81亿元；第三产业增加值112.95亿元。\n"
    )
    checks, _ = relations(text)
    assert not any(claim == "233.17亿" and kind == "sum" for claim, kind, _ in checks)


def test_a_structure_said_with_bizhong_or_goucheng_is_the_shares_of_gdp() -> None:
    for words in ("三次产业增加值比重为", "三次产业构成为"):
        text = (
            "全年地区生产总值4207422万元。三次产业中，第一产业增加值329593万元；第二产业增加值914426万元；"
            f"第三产业增加值2963404万元。{words}7.83:21.73:70.44。\n"
        )
        checks, _ = relations(text)
        assert ("4207422万", "sum", ("329593万", "914426万", "2963404万")) in checks
        assert ("7.83", "formula", ("329593万", "4207422万")) in checks, words


FENGQING = (
    "全县实现地区生产总值1620612万元。其中，第一产业增加值608162万元；第二产业增加值411268万元；"
    "第三产业增加值601182万元。第一产业增加值占地区生产总值比重为37.5%，第二产业增加值比重为25.4%，"
    "第三产业增加值比重为37.1%。三次产业结构比为37.5:25.4:37.1。\n"
)


def test_a_structure_restating_the_shares_stated_before_it_is_the_same_fact() -> None:
    checks, _ = relations(FENGQING)
    assert {("37.5", "same", ("37.5",)), ("25.4", "same", ("25.4",)), ("37.1", "same", ("37.1",))} <= checks
    assert not any(claim in ("37.5", "25.4", "37.1") and kind == "formula" for claim, kind, _ in checks)


def test_a_structure_whose_digits_differ_from_the_shares_is_not_the_same_fact() -> None:
    checks, _ = relations(FENGQING.replace("结构比为37.5:", "结构比为37.6:"))
    assert not any(kind == "same" for _, kind, _ in checks)


def _failing(tmp_path, text: str) -> list[str]:
    source = tmp_path / "communique.txt"
    source.write_text(text, encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(source)]), RunOptions(paths=[], offline=True))
    return [f"{r.id}: {f.message}" for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error")]


def test_the_published_text_passes_and_a_changed_digit_is_caught(tmp_path) -> None:
    assert _failing(tmp_path, SECTORS) == []
    assert _failing(tmp_path, SECTORS.replace("233.17亿元", "235.17亿元"))  # the total
    assert _failing(tmp_path, SECTORS.replace("下降1.1个百分点", "下降1.6个百分点"))  # a share's change
    assert _failing(tmp_path, FENGQING) == []
    assert _failing(tmp_path, FENGQING.replace("比重为25.4%", "比重为26.4%").replace(":25.4:", ":26.4:"))


def test_a_county_population_is_the_whole_of_its_urbanisation_rate() -> None:
    text = "年末全县人口38.12万人。其中，城镇常住人口10.93万人。\n年末全县常住人口城镇化率为28.67%。\n"
    checks, _ = relations(text)
    assert ("28.67", "share", ("10.93万", "38.12万")) in checks
    registered = text.replace("年末全县人口", "年末全县户籍人口")
    checks, _ = relations(registered)
    assert not any(kind == "share" and "38.12万" in operands for _, kind, operands in checks)


def test_more_than_last_year_needs_last_years_figure_and_another_place_does_not() -> None:
    _, todos = relations("全年城镇新增就业4850人，比上年多增115人。\n")
    assert ("115", "difference") in todos
    _, todos = relations("全年城镇新增就业4850人，比全省平均多增115人。\n")
    assert ("115", "difference") not in todos
