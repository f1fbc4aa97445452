"""Classes met on releases of Balkan, Black Sea and Central Asian offices (round 16, helper en16r)."""

from __future__ import annotations

from tests.extract.drafting_support import drafted_units, drafts_of
from tests.extract.relations_support import context_of, relations_of

from factcheck.extract.infer import bare_share


def test_percents_with_a_decimal_comma_in_a_text_that_also_writes_decimal_points(tmp_path) -> None:
    text = (
        "Sales of the mills reached 45.0 billion lei, 61.2% of them at home.\n\n"
        "In March, output grew by 12,4% on a year earlier (mining +8,25%, energy -3,1%).\n"
    )
    assert drafted_units(tmp_path, text) == [
        ("45.0 billion", "lei"),
        ("61.2", "%"),
        ("12.4", "%"),
        ("8.25", "%"),
        ("-3.1", "%"),
    ]


def test_currencies_of_balkan_and_central_asian_offices_are_units(tmp_path) -> None:
    text = (
        "Spending came to 41.3 billion manat, the levy to 15 lek a box, farm sales to 9.7 billion lei"
        " and grants to 2.5 billion hryvnias.\n"
    )
    assert drafted_units(tmp_path, text) == [
        ("41.3 billion", "manat"),
        ("15", "lek"),
        ("9.7 billion", "lei"),
        ("2.5 billion", "hryvnias"),
    ]


def test_a_signed_percent_after_a_level_is_its_change_not_a_share(tmp_path) -> None:
    text = "Sales to the north came to USD 4.512 billion (-3.7%) and to the south USD 2.1 billion (+4.4%).\n"
    ctx = context_of(text, tmp_path)
    assert relations_of(bare_share, ctx) == []
    unsigned = "Sales to the north came to USD 4.512 billion (33.7%).\n"
    plain = context_of(unsigned, tmp_path)
    assert [plain.mentions[c].value for c, _, _ in relations_of(bare_share, plain)] == ["33.7"]
    assert all("share" not in repr(d.data.get("x-todo")) for d in drafts_of(tmp_path, text))


def test_a_bracketed_share_of_the_total_a_part_was_listed_under(tmp_path) -> None:
    from factcheck.extract.infer import of_which_shares

    text = (
        "Farms sold 12.8 billion lei of grain in 2023, of which 9.6 billion lei (75.0% of the total) to mills"
        " and 3.2 billion lei (25.0% of total sales) to traders. Herds numbered 410 thousand head, including"
        " 120 thousand head (29.3% of all cattle) on large farms.\n"
    )
    ctx = context_of(text, tmp_path)
    found = [(ctx.mentions[c].value, check) for c, check, _ in relations_of(of_which_shares, ctx)]
    n = ctx.names
    assert found == [
        ("75.0", repr({"share": {"part": f"./{n[1]}", "whole": f"./{n[0]}"}})),
        ("25.0", repr({"share": {"part": f"./{n[3]}", "whole": f"./{n[0]}"}})),
        ("29.3", repr({"share": {"part": f"./{n[6]}", "whole": f"./{n[5]}"}})),
    ]
    unlisted = "Farms sold 9.6 billion lei (75.0% of the total) to mills. Exports fell to 3.2 billion lei (-25.0%).\n"
    assert relations_of(of_which_shares, context_of(unlisted, tmp_path)) == []


def test_a_date_the_prose_tells_of_is_not_the_releases_date() -> None:
    from factcheck.extract.timing import find_periods
    from factcheck.extract.undated import dated_title_period

    text = (
        "Bread prices up 4.1 in March\n"
        "OSTRAVIA, April 9 - Bread prices rose 4.1 percent in March on a year earlier.\n"
        "The levy on flour went up by 8 percent, effective since March 1, 2031.\n"
    )
    assert dated_title_period(["Bread prices up 4.1 in March"], text, find_periods) is None
    dated = "Bread prices up 4.1 in March\nReleased on April 9, 2031\n" + text.split("\n", 1)[1]
    assert dated_title_period(["Bread prices up 4.1 in March"], dated, find_periods) == "2031-03"


def test_a_period_in_the_possessive_is_the_figures_after_it(tmp_path) -> None:
    from tests.extract.drafting_support import drafted_units_periods

    text = "The annual rate was 10% in March 2031, compared to February's 8% and March 2030\u2019s 4.9%.\n"
    assert [(v, p) for v, _, p in drafted_units_periods(tmp_path, text)] == [
        ("10", "2031-03"),
        ("8", "2031-02"),
        ("4.9", "2030-03"),
    ]


def test_the_figures_of_a_row_opened_by_a_year_are_of_that_year(tmp_path) -> None:
    from tests.extract.drafting_support import drafted_units_periods

    text = (
        "Harvests of the valley grew again in 2031.\n"
        "Year | Wheat, tonnes | Barley, tonnes\n"
        "2029 | 41 250.5 | 12 004.1\n"
        "| 2030 | 43 118.0 | 11 870.9 |\n"
        "2030 | Opened the new mill | 12\n"
    )
    periods = [(value, period) for value, _, period in drafted_units_periods(tmp_path, text)]
    assert periods[:4] == [("41250.5", "2029"), ("12004.1", "2029"), ("43118.0", "2030"), ("11870.9", "2030")]
    assert periods[4:] == [("12", "2031")]  # a row of words is no row of a series


def test_items_of_one_semicolon_list_that_rose_alike_are_not_one_fact(tmp_path) -> None:
    text = (
        "The office put this down to the increase in the prices of onions by 14.2%; rice and flour by 1.3%;"
        " tea and coffee by 1.3%; milk, butter, and eggs by 1.3%; and lamb and mutton by 0.9%.\n"
    )
    assert [d.data["checks"] for d in drafts_of(tmp_path, text) if d.data.get("checks")] == []


def test_a_point_of_a_percent_written_with_the_sign_is_a_percentage_point(tmp_path) -> None:
    from factcheck.grammar.units import parse_unit

    text = "The farm share reached 41.5%, up by 2% point; the town share fell 1.5 % points to 20%.\n"
    drafted = drafted_units(tmp_path, text)
    assert drafted == [("41.5", "%"), ("2", "% point"), ("-1.5", "% points"), ("20", "%")]
    assert {parse_unit(unit)[1].dimension for _, unit in drafted[1:3]} == {"points"}


def test_a_month_of_a_year_written_with_of_is_that_month(tmp_path) -> None:
    from tests.extract.drafting_support import drafted_units_periods

    text = "Exports came to 3.1 billion USD in March 2031, against 2.8 billion USD in March of 2030.\n"
    assert [(v, p) for v, _, p in drafted_units_periods(tmp_path, text)] == [
        ("3.1 billion", "2031-03"),
        ("2.8 billion", "2030-03"),
    ]


def test_parts_after_including_closed_by_the_other_part_add_up_to_the_total(tmp_path) -> None:
    from factcheck.extract.infer import including_other

    closed = (
        "Freight reached 96.0 million tonnes in 2031, including by rail - 51.5 million tonnes (+2.1%),"
        " by road - 30.2 million tonnes and the remaining modes - 14.3 million tonnes.\n"
    )
    ctx = context_of(closed, tmp_path)
    n = ctx.names
    assert [(ctx.mentions[c].value, check) for c, check, _ in relations_of(including_other, ctx)] == [
        ("96.0 million", repr({"sum": [f"./{n[1]}", f"./{n[3]}", f"./{n[4]}"]}))
    ]
    some = (
        "Freight reached 96.0 million tonnes in 2031, including by rail - 51.5 million tonnes"
        " and by road - 30.2 million tonnes.\n"
    )
    assert relations_of(including_other, context_of(some, tmp_path)) == []


def test_a_balance_and_its_parts_closed_by_the_other_part(tmp_path) -> None:
    from factcheck.extract.infer import including_other

    text = (
        "The trade surplus made up USD 3.5 billion, including with the north - USD 2.0 billion"
        " and other partners - USD 1.5 billion.\n"
    )
    ctx = context_of(text, tmp_path)
    n = ctx.names
    assert [check for _, check, _ in relations_of(including_other, ctx)] == [repr({"sum": [f"./{n[1]}", f"./{n[2]}"]})]
