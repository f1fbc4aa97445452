"""Relations of issue 12's eighth round, each a class of words statistical releases use, with a
consistent text and a planted error (a changed digit is caught)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds as _kinds
from tests.extract.relations_support import run_text as _run

from factcheck.extract import checkdoc

LABOUR = (
    "LABOUR FORCE, MARCH\n\n"
    "SEASONALLY ADJUSTED ESTIMATES\n"
    "• Employment rose 32,400 to 13,104,500. Full-time employment rose 20,100 to 8,902,300 and part-time "
    "employment rose 12,300 to 4,202,200.\n"
    "• Unemployment fell 3,500 to 688,900.\n"
    "• The participation rate increased by 0.1 pts to 66.2%.\n"
    "• Hours worked rose 6.0 million hours (0.4%) to 1,706.0 million hours.\n"
)


def test_full_time_and_part_time_levels_and_changes_add_up(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, LABOUR)
    assert "sum" in _kinds(drafted["13,104,500"])
    assert "sum" in _kinds(drafted["32,400"])
    assert failing == []
    _, failing, _ = _run(tmp_path, LABOUR.replace("to 4,202,200", "to 4,212,200"))
    assert failing == ["sum"]
    _, failing, _ = _run(tmp_path, LABOUR.replace("rose 12,300", "rose 12,800"))
    assert failing == ["sum"]


def test_a_change_to_a_level_with_no_earlier_level_waits_for_an_outside_figure(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, LABOUR)
    for change in ("-3,500", "0.1", "32,400", "20,100"):
        assert any("source" in repr(t) and "difference" in t for t in todos[change]), change
    assert failing == []


def test_a_change_with_its_percent_in_brackets_before_to_is_checked_against_the_level(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, LABOUR)
    assert "formula" in _kinds(drafted["0.4"])  # 6.0 / (1,706.0 - 6.0) = 0.35 %
    _, failing, _ = _run(tmp_path, LABOUR.replace("(0.4%)", "(0.9%)"))
    assert failing == ["formula"]


def test_a_change_whose_earlier_level_or_rate_is_stated_does_not_wait(tmp_path: Path) -> None:
    text = (
        "Employment increased 26,900 from 12,535,900 to 12,562,800.\n"
        "The unemployment rate rose 0.4 percent to 4.1 percent.\n"
        "Payrolls rose by 120,000 to 150.2 million, or 0.1 percent.\n"
    )
    drafted, failing, todos = _run(tmp_path, text)
    assert not any("source" in repr(t) for items in todos.values() for t in items)
    assert "difference" in _kinds(drafted["26,900"])
    assert failing == []


def test_groups_under_sibling_headings_are_not_parts_of_one_total(tmp_path: Path) -> None:
    text = (
        "TREND ESTIMATES\n"
        "• Employment increased 26,900 to 12,562,800.\n\n"
        "SEASONALLY ADJUSTED ESTIMATES\n"
        "• Full-time employment increased 41,200 to 8,565,200 and part-time employment increased 9,700 to "
        "4,008,400.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert "sum" not in _kinds(drafted["12,562,800"])
    assert failing == []


FARM = "全年蔬菜产量72.4万吨，比上年增加2.6万吨，同比增长3.7%；油料产量2.1万吨，比上年减少0.2万吨，同比下降8.7%。\n"


def test_a_change_and_its_rate_with_tongbi_are_checked_against_the_level(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, FARM)  # 2.6 / (72.4 - 2.6) = 3.72 %; -0.2 / 2.3 = -8.70 %
    assert "formula" in _kinds(drafted["3.7"])
    assert "formula" in _kinds(drafted["-8.7"])
    assert failing == []
    _, failing, _ = _run(tmp_path, FARM.replace("同比增长3.7%", "同比增长4.7%"))
    assert failing == ["formula"]


STRUCTURE = (
    "全市实现生产总值1526.30亿元，比上年增长7.2%。三次产业比由上年的12.4:43.1:44.5调整为11.8:42.6:45.6。"
    "城镇化率52.36%，提高1.27个百分点。\n"
)


def test_a_structure_whose_value_added_is_not_stated_waits_for_outside_figures(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, STRUCTURE)
    for share in ("12.4", "43.1", "44.5", "11.8", "42.6", "45.6"):
        assert any("source" in repr(t) and "share" in t for t in todos[share]), share
    assert any("./gdp" in repr(t) for t in todos["11.8"])  # this year's whole is in the text
    assert not any("./gdp" in repr(t) for t in todos["12.4"])  # last year's is not
    assert failing == []
    text = "全县地区生产总值(GDP)实现995.6亿元，比上年增长6.7%。三次产业占比为6.0:55.1:38.9。\n"
    _, _, todos = _run(tmp_path, text)
    assert all(any("share" in t for t in todos[v]) for v in ("6.0", "55.1"))


def test_a_rate_then_its_change_in_points_with_a_bare_verb_waits_for_last_year(tmp_path: Path) -> None:
    _, failing, todos = _run(tmp_path, STRUCTURE)
    assert any("difference" in t and "source" in repr(t) for t in todos["1.27"])
    assert failing == []
    text = "全年地区生产总值增长8.7%，其中工业增长9.1%，拉动经济增长3.2个百分点。\n"
    _, _, todos = _run(tmp_path, text)
    assert not any("difference" in t for t in todos.get("3.2", []))  # a contribution, not a change


AGES = "年末常住人口4012.35万人。其中，0-14岁人口占总人口的15.21%，15-64岁人口占69.47%，65岁及以上人口占15.32%。\n"


def test_age_groups_as_shares_of_the_stated_population_wait_for_their_numbers(tmp_path: Path) -> None:
    _, failing, todos = _run(tmp_path, AGES)
    for share in ("15.21", "69.47", "15.32"):
        assert any(t.get("share", {}).get("whole") == "./resident-population" for t in todos[share]), todos[share]
    assert failing == []


TARGETS = (
    "全年城镇新增就业86.3万人，完成全年目标的107.9%。失业人员实现再就业18.4万人，就业困难人员实现就业4.1万人，"
    "分别完成年度计划的122.7%、102.5%。一般公共预算支出2105.6亿元，为预算的98.6%。\n"
)


def test_a_figure_as_a_percent_of_its_target_waits_for_the_target(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, TARGETS)
    parts = {"107.9": "86.3万", "122.7": "18.4万", "102.5": "4.1万", "98.6": "2105.6亿"}
    for share, part in parts.items():
        items = [t for t in todos[share] if "share" in t]
        assert len(items) == 1 and "source" in repr(items[0]["share"]["whole"]), todos[share]
        assert _value_of(tmp_path, items[0]["share"]["part"]) == part
    assert failing == []


def _value_of(tmp_path: Path, ref: str) -> str:
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    return next(d.mention.value for d in prepared[0].drafts if f"./{d.name}" == ref)


BASES = (
    "Exports of goods in June 2024 were $212.4 billion, an increase of 4.1% compared with June 2023 ($204.0 billion). "
    "Imports stood at $198.6 billion, a decrease of 2.0 percent from the $202.7 billion recorded a year earlier.\n"
)


def test_a_growth_rate_whose_base_follows_it_is_checked_from_base_to_level(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, BASES)  # 212.4 / 204.0 = +4.12 %; 198.6 / 202.7 = -2.02 %
    assert "growth" in _kinds(drafted["4.1"])
    assert "growth" in _kinds(drafted["-2.0"])
    assert failing == []
    _, failing, _ = _run(tmp_path, BASES.replace("($204.0 billion)", "($206.0 billion)"))
    assert failing == ["growth"]
    _, failing, _ = _run(tmp_path, BASES.replace("2.0 percent", "2.6 percent"))
    assert failing == ["growth"]


def test_a_base_that_starts_a_from_to_change_or_a_rate_is_not_a_base(tmp_path: Path) -> None:
    text = (
        "Sales were $51.2 billion, up 1.2% from $40.00 billion to $40.48 billion in the prior quarter.\n"
        "The rate was 4.2 percent, up 0.3 percent from 3.9 percent.\n"
    )
    drafted, failing, _ = _run(tmp_path, text)
    assert _kinds(drafted["1.2"]).count("growth") == 1  # from 40.00 to 40.48 (the change pattern's), not to 51.2
    assert "growth" not in _kinds(drafted.get("0.3", []))
    assert failing == []


COMMUNIQUE = (
    "初步核算，全年地区生产总值(GDP)[2] 1843.52亿元，按可比价格计算，增长7.9%。其中：第一产业[3]增加值262.41亿元，"
    "增长7.6%；第二产业增加值655.20亿元，增长8.8%；第三产业增加值925.91亿元，增长7.4%。"
    "三次产业对GDP增长的贡献率分别为13.2%、40.5%、46.3%。人均地区生产总值达35120元，增长8.0%。\n"
    "年末全市户籍人口598.40万人，其中：出生人口5.31万人，出生率为8.87‰；死亡人口3.27万人，死亡率为5.46‰；"
    "人口自然增长率为3.41‰。\n"
)


def test_a_footnote_mark_after_a_name_leaves_the_name_whole(tmp_path: Path) -> None:
    drafted, failing, todos = _run(tmp_path, COMMUNIQUE)
    assert "sum" in _kinds(drafted["1843.52亿"])  # 262.41 + 655.20 + 925.91
    assert any("ratio" in t for t in todos["35120"])  # 人均地区生产总值 of the GDP named with [2]
    assert failing == []
    _, failing, _ = _run(tmp_path, COMMUNIQUE.replace("655.20亿元", "656.20亿元"))
    assert failing == ["sum"]


def test_births_listed_under_the_registered_population_are_of_it(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, COMMUNIQUE)  # 5.31 / 598.40 = 8.874 ‰; 3.27 / 598.40 = 5.465 ‰
    assert "formula" in _kinds(drafted["8.87"])
    assert "formula" in _kinds(drafted["5.46"])
    assert failing == []
    _, failing, _ = _run(tmp_path, COMMUNIQUE.replace("出生率为8.87‰", "出生率为9.87‰"))
    assert "formula" in failing


def test_contribution_rates_wait_for_the_increases_they_divide(tmp_path: Path) -> None:
    _, failing, todos = _run(tmp_path, COMMUNIQUE)
    for rate in ("13.2", "40.5", "46.3"):
        assert any("share" in t and "source" in repr(t) for t in todos[rate]), rate
    assert failing == []


def test_a_share_of_gdp_is_of_the_figure_named_shengchan_zongzhi(tmp_path: Path) -> None:
    text = (
        "初步核算，全省实现生产总值37213.5亿元，比上年增长10.2%。人均地区生产总值58413元。"
        "全年实现服务业增加值15830.2亿元，增长9.6%，占GDP比重为42.5%，比上年提高0.8个百分点。\n"
    )
    drafted, failing, _ = _run(tmp_path, text)  # 15830.2 / 37213.5 = 42.54 %
    assert {"share": {"part": "./services-value-added", "whole": "./gdp"}} in drafted["42.5"]
    assert failing == []
    _, failing, _ = _run(tmp_path, text.replace("比重为42.5%", "比重为43.5%"))
    assert failing == ["share"]


def test_english_changes_and_their_percent_of_a_level_not_stated(tmp_path: Path) -> None:
    text = (
        "Within Kern, mining gained 8,896 jobs over the year (16.7 percent). A total wage decline of $287.3 million "
        "(-29.1 percent) hit education and health services.\n"
        "GDP in current prices amounted to RM262.8 billion in this quarter, an increase of RM25.3 billion as "
        "against the second quarter of 2013.\n"
        "The average weekly wage increased over the year by 2.1 percent to $1,012 in the fourth quarter.\n"
    )
    _, failing, todos = _run(tmp_path, text)
    assert any("share" in t and "source" in repr(t) for t in todos["16.7"])
    assert any("share" in t and "source" in repr(t) for t in todos["-29.1"])
    assert any("difference" in t and "source" in repr(t) for t in todos["25.3 billion"])
    assert any("growth" in t and "source" in repr(t) for t in todos["2.1"])
    assert failing == []


def test_a_percent_change_to_a_level_waits_for_the_earlier_level(tmp_path: Path) -> None:
    text = (
        "Wholesale sales rose 1.3% to $71.8 billion in June 2024.\n"
        "Manufacturing sales decreased 0.6 per cent in May 2024 to $69.2 billion.\n"
        "Sales of new motor vehicles were up 4.1% to 152,300 units in June 2024, compared with June 2023 (146,300).\n"
    )
    drafted, failing, todos = _run(tmp_path, text)
    for rate in ("1.3", "-0.6"):
        items = [t for t in todos[rate] if "growth" in t]
        assert len(items) == 1 and "source" in repr(items[0]["growth"]["from"]), todos[rate]
    assert "growth" in _kinds(drafted["4.1"])  # the base follows: 152,300 / 146,300 = +4.10 %
    assert not any("growth" in t for t in todos["4.1"])
    assert failing == []


def _table_relations(tmp_path: Path, text: str, periods: dict[str, list[str]]) -> dict[str, list[dict]]:
    """The table-growth pattern on `text` whose cells carry the periods (and, marked "%", the unit) their
    columns give them, as the flattened-table reader of the extraction assigns them; by claim name."""
    from dataclasses import replace

    from factcheck.extract.infer import table_growth
    from factcheck.extract.infer.base import Context

    source = tmp_path / "table.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0]
    document = drafts.document
    mentions = [d.mention for d in drafts.drafts]
    for row, row_periods in periods.items():
        number = next(p.number for p in document.paragraphs if p.text.startswith(row))
        cells = [k for k, m in enumerate(mentions) if m.paragraph == number]
        assert len(cells) == len(row_periods), [mentions[k].value for k in cells]
        for k, period in zip(cells, row_periods, strict=True):
            percent = period.endswith("%")  # a cell of a change column: its unit is the column's
            unit = "%" if percent else mentions[k].unit
            mentions[k] = replace(mentions[k], period=period.rstrip("%"), unit=unit)
    names = [f"{m.paragraph}-{m.value}" for m in mentions]
    found: dict[str, list[dict]] = {}
    for relation in table_growth.infer(Context(document, mentions, names)):
        found.setdefault(names[relation.claim], []).append(relation.check)
    return found


def test_change_columns_of_a_flattened_table_are_growths_between_its_cells(tmp_path: Path) -> None:
    text = (
        "Sales by province\n"
        "May 2023 April 2024 May 2024 April to May 2024 May 2023 to May 2024\n"
        "Ontario 21,400 22,010 22,450 2.0 4.9\n"
    )
    periods = {"Ontario": ["2023-05", "2024-04", "2024-05", "2024-05%", "2024-05%"]}
    found = _table_relations(tmp_path, text, periods)
    assert found == {
        "3-2.0": [{"growth": {"from": "./3-22,010", "to": "./3-22,450"}}],
        "3-4.9": [{"growth": {"from": "./3-21,400", "to": "./3-22,450"}}],
    }
    text = "Group Jun 23 May 24 Jun 24 Jun 24/ Jun 23 Jun 24/ May 24\nFood 104.2 106.8 107.1 2.8 0.3\n"
    periods = {"Food": ["2023-06", "2024-05", "2024-06", "2024-06%", "2024-06%"]}
    found = _table_relations(tmp_path, text, periods)
    assert found == {
        "2-2.8": [{"growth": {"from": "./2-104.2", "to": "./2-107.1"}}],
        "2-0.3": [{"growth": {"from": "./2-106.8", "to": "./2-107.1"}}],
    }
    text = "Flows Jun 23 Jun 24 Growth Jan-Jun 23 Jan-Jun 24 Growth\nExports 180.5 190.1 5.3% 1020.0 1071.3 5.0%\n"
    periods = {"Exports": ["2023-06", "2024-06", "2024-06%", "2023-01/2023-06", "2024-01/2024-06", "2024-01/2024-06%"]}
    found = _table_relations(tmp_path, text, periods)
    assert [next(iter(c)) for checks in found.values() for c in checks] == ["growth", "growth"]


def test_a_table_row_without_column_periods_drafts_no_growth(tmp_path: Path) -> None:
    text = "Group Jun 23 May 24 Jun 24 Jun 24/ Jun 23 Jun 24/ May 24\nFood 104.2 106.8 107.1 2.8 0.3\n"
    assert _table_relations(tmp_path, text, {}) == {}


def test_a_trade_balance_row_is_the_exports_row_minus_the_imports_row(tmp_path: Path) -> None:
    text = (
        "Flows Jun 23 Jun 24 Growth\n"
        "Extra-EU exports 180.5 190.1 5.3%\n"
        "Extra-EU imports 170.2 175.0 2.8%\n"
        "Extra-EU trade balance 10.3 15.1\n"
    )
    periods = {
        "Extra-EU exports": ["2023-06", "2024-06", "2024-06%"],
        "Extra-EU imports": ["2023-06", "2024-06", "2024-06%"],
        "Extra-EU trade balance": ["2023-06", "2024-06"],
    }
    found = _table_relations(tmp_path, text, periods)
    assert found["4-10.3"] == [{"difference": ["./2-180.5", "./3-170.2"]}]
    assert found["4-15.1"] == [{"difference": ["./2-190.1", "./3-175.0"]}]


TO_FROM = (
    "Exports of goods rose to $262.1 billion in May 2024 from $258.4 billion in April, an increase of 1.4 percent.\n"
    "Imports of goods fell $4.2 billion to $318.9 billion in May from $323.1 billion in April.\n"
)


def test_a_level_after_to_and_a_base_after_from_check_the_rate_and_the_change(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, TO_FROM)  # 262.1 / 258.4 = +1.43 %; 318.9 - 323.1 = -4.2
    assert "growth" in _kinds(drafted["1.4"])
    assert "difference" in _kinds(drafted["-4.2 billion"])
    assert failing == []
    _, failing, _ = _run(tmp_path, TO_FROM.replace("from $258.4 billion", "from $253.4 billion"))
    assert failing == ["growth"]
    _, failing, _ = _run(tmp_path, TO_FROM.replace("fell $4.2 billion", "fell $4.8 billion"))
    assert failing == ["difference"]


def test_a_percent_of_a_target_stated_with_it_is_a_complete_share(tmp_path: Path) -> None:
    text = "全年一般公共预算收入累计完成31245万元，完成年初预算数52180万元的59.9%，比上年增长6.2%。\n"
    drafted, failing, todos = _run(tmp_path, text)  # 31245 / 52180 = 59.88 %
    assert "share" in _kinds(drafted["59.9"])
    assert not any("source" in repr(t) for t in todos["59.9"])
    assert failing == []
    _, failing, _ = _run(tmp_path, text.replace("的59.9%", "的58.9%"))
    assert failing == ["share"]


def test_a_figure_compared_with_is_no_member_of_a_superlative(tmp_path: Path) -> None:
    text = (
        "Travis, Texas, posted the largest increase, with a gain of 4.8 percent over the year, compared with "
        "national job growth of 1.6 percent.\n"
    )
    drafted, failing, todos = _run(tmp_path, text)
    assert "order" not in _kinds(drafted["4.8"])  # the national figure is not one of the counties ranked
    assert any("order" in t and "source" in repr(t) for t in todos["4.8"])
    assert failing == []


PROVINCES = (
    "Manufacturing sales: provinces\n"
    "May 2023 April 2024r May 2024p April to May 2024 May 2023 to May 2024\n"
    "millions of dollars % change\n"
    "Canada 48,100 49,020 49,980 2.0 3.9\n"
    "Ontario 21,400 22,010 22,450 2.0 4.9\n"
)


def test_change_columns_are_checked_through_the_whole_run(tmp_path: Path) -> None:
    drafted, failing, _ = _run(tmp_path, PROVINCES)  # 49,980 / 49,020 = +1.96 %; / 48,100 = +3.91 %
    assert "growth" in _kinds(drafted["3.9"])
    assert failing == []
    _, failing, _ = _run(tmp_path, PROVINCES.replace("49,980 2.0 3.9", "49,980 2.0 4.9"))
    assert failing == ["growth"]
