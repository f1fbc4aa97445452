"""Changes that need a figure from outside the document, drafted as complete checks under
`x-todo` with a source placeholder, only when the words name what is compared: a change whose
earlier level (or both levels) the text does not state, a share change against the year before,
a change in percent of a level not stated."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import kinds, run_text


def _placeholders(check: dict) -> list[dict]:
    body = next(iter(check.values()))
    items = body if isinstance(body, list) else list(body.values())
    return [item for item in items if isinstance(item, dict) and "source" in item]


def test_an_industry_share_changed_against_the_year_before_in_its_own_clause(tmp_path: Path) -> None:
    text = (
        "2022年湘潭县国民经济和社会发展统计公报\n\n"
        "全县三次产业结构为13:53.8:33.6。第一产业增加值占地区生产总值的比重比上年上升0.2个百分点;"
        "第二产业增加值占地区生产总值的比重比上年下降0.8个百分点。\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    assert kinds(todos["0.2"]) == ["difference"] and kinds(todos["-0.8"]) == ["difference"]
    first, second = todos["0.2"][0]["difference"], todos["-0.8"][0]["difference"]
    assert first[0] == "./industry-structure" and "比上年" in first[1]["period"]
    assert second[0] == "./industry-structure-2"  # signed: share now − share then = −0.8
    assert failing == []


def test_a_change_to_a_level_with_the_month_or_the_thing_between(tmp_path: Path) -> None:
    text = (
        "Statistics news, August 2017\n\n"
        "Total Swedish liability in debt securities decreased in August by SEK 18 billion, to SEK 7 480 billion.\n\n"
        "This resulted in an increase of 7.5 percentage points in the official unemployment rate to 30.8%.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (liability,) = todos["-18 billion"]
    assert liability["difference"][0] == "./sek-total" and _placeholders(liability)
    (rate,) = todos["7.5"]
    assert rate["difference"][0] == "./official-unemployment-rate" and _placeholders(rate)
    assert failing == []


def test_a_change_in_percent_bracketed_after_its_change(tmp_path: Path) -> None:
    text = (
        "Labour force survey, Q3 2020\n\n"
        "Unemployment rose, resulting in an increase of 2.8 million (up by 15.1%) in the labour force.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (share,) = todos["15.1"]
    assert share["share"]["part"].startswith("./") and "level before the change" in share["share"]["whole"]["series"]
    assert failing == []


def test_a_change_noun_after_its_figure(tmp_path: Path) -> None:
    text = (
        "Trade, December 1998\n\n"
        "Exports fell to $5.2 billion in 1998, a 2.7% decline over 1997.\n\n"
        "Stocks were 512,000 tonnes in 1998, a 12,000 tonne decrease from 1997.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (growth,) = todos["-2.7"]
    assert growth["growth"]["to"] == "./exports" and "1997" in growth["growth"]["from"]["period"]
    (fall,) = todos["12,000"]
    assert fall["difference"][1] == "./stocks"  # unsigned decrease: earlier − now
    assert failing == []


def test_a_gap_in_cents_to_a_price_in_dollars(tmp_path: Path) -> None:
    text = (
        "Short-term energy outlook, September 2015\n\n"
        "Regular gasoline retail prices averaged $2.64/gallon in August, 85 cents/gal lower than in August 2014.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (gap,) = todos["-85"]
    assert gap["difference"][0].startswith("./") and "August 2014" in gap["difference"][1]["period"]
    assert failing == []


def test_a_change_of_a_level_stated_neither_now_nor_then(tmp_path: Path) -> None:
    text = (
        "Short-term energy outlook, September 2015\n\n"
        "EIA estimates total U.S. crude oil production declined by 140,000 barrels per day in August "
        "compared with July production.\n\n"
        "For the first quarter of 2023 as a whole, household consumption of goods decreased by 0.2% compared "
        "to that of the fourth quarter of 2022.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (change,) = todos["-140,000"]
    now, then = change["difference"]
    assert "crude oil production" in now["series"] and "July" in then["period"]
    (growth,) = todos["-0.2"]
    assert "household consumption of goods" in growth["growth"]["to"]["series"]
    assert "fourth quarter" in growth["growth"]["from"]["period"]
    assert failing == []


def test_both_levels_outside_in_chinese_only_for_a_level_change(tmp_path: Path) -> None:
    text = "2023年某市统计公报\n\n年末户籍人口比上年末减少4384人。居民消费价格比上年上涨2.1%。\n"
    _, _, todos = run_text(tmp_path, text)
    (change,) = todos["4384"] if todos.get("4384") else todos["-4384"]
    assert [item["series"] for item in _placeholders(change)] == ["FILL IN: the level of 年末户籍人口"] * 2
    assert todos["2.1"] == []  # a bulletin's growth rate of its own series: nothing to ask


def test_no_level_outside_when_the_change_refers_back_or_names_no_period(tmp_path: Path) -> None:
    text = (
        "Labour force survey, August 2017\n\n"
        "There were 5 100 000 employed persons. This was an increase of 148 000 persons compared with August 2016.\n\n"
        "Food consumption fell by 2.4%.\n"
    )
    _, _, todos = run_text(tmp_path, text)
    assert all("neither level" not in repr(items) for items in todos.values())


def test_a_bare_change_verb_and_a_level_named_before(tmp_path: Path) -> None:
    text = (
        "Consumer prices, December 2018\n\n"
        "Industrial production rose 1.2% in December compared with November.\n\n"
        "The Consumer Price Index was 104.35 in December 2018. The index decreased 0.3 percent from the "
        "preceding month.\n"
    )
    _, failing, todos = run_text(tmp_path, text)
    (growth,) = todos["1.2"]
    assert growth["growth"]["to"]["series"] == "FILL IN: the level of Industrial production"
    assert all("neither level" not in repr(item) for item in todos["-0.3"])  # the index is stated before
    assert failing == []
