"""A change in percent against an earlier period whose level is not stated ("or 2% more than in
August 2018", "Compared to May 2021, the number of … increased by 4%"): a growth to the level from a
source placeholder; and a title of two figures, each restated by the body figure its own words name."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import context_of, relations_of, run_text

from factcheck.extract import checkdoc
from factcheck.extract.infer import than_period

PORT = (
    "Port traffic, June 2021\n\n"
    "Over 2 million passengers passed through the ports in June 2021. Compared to June 2020, the number "
    "of passengers increased by 12%. Ferries carried about 310,000 cars or 4% fewer than in June 2020 and "
    "1,940 trucks or 6% more than in the previous June.\n"
)


def test_more_or_fewer_than_an_earlier_period_grows_to_the_level_before_it(tmp_path: Path) -> None:
    ctx = context_of(PORT, tmp_path)
    found = relations_of(than_period, ctx)
    values = {ctx.mentions[claim].value: check for claim, check, _ in found}
    assert set(values) == {"12", "-4", "6"}
    assert "'to': './m2'" in values["-4"]  # about 310,000 cars
    assert "'to': './m4'" in values["6"]  # 1,940 trucks
    assert "(June 2020)" in values["-4"] and "(the previous June)" in values["6"]
    assert "'to': './m0'" in values["12"]  # over 2 million passengers: the level the lead names


def test_the_growth_is_a_todo_with_a_source_and_no_check(tmp_path: Path) -> None:
    drafted, failing, todos = run_text(tmp_path, PORT)
    assert all("growth" not in check for check in drafted["-4"])
    assert any("source" in repr(item) for item in todos["-4"]) and any("source" in repr(item) for item in todos["12"])
    assert failing == []


def test_a_lead_period_needs_one_level_named_like_the_subject(tmp_path: Path) -> None:
    text = (
        "Port traffic, June 2021\n\n"
        "Over 2 million passengers and 900,000 cars passed through the ports. Compared to June 2020, the "
        "number of trucks increased by 12%.\n"
    )
    assert relations_of(than_period, context_of(text, tmp_path)) == []


def test_each_figure_of_a_two_figure_title_is_restated_by_its_own_body_figure(tmp_path: Path) -> None:
    text = (
        "Unemployment fell to 4.1% in May 2021 (ILO: 4.1%)\n\n"
        "In May 2021, the unemployment rate was 4.1%, as the office reports. The index of hours rose 0.2%.\n\n"
        "The unemployment rate by the ILO definition amounted to 4.1% in May 2021.\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (prepared,) = checkdoc.prepare([str(source)])
    by_name = {d.name: d for d in prepared.drafts}
    title = [d for d in prepared.drafts if d.mention.paragraph == 1]
    assert len(title) == 2
    targets = [by_name[check["same"][2:]].mention.paragraph for d in title for check in d.data.get("checks", [])]
    assert targets == [2, 3]  # the rate to the body's rate, the ILO rate to the ILO rate


def test_the_title_is_no_sibling_of_a_section_heading(tmp_path: Path) -> None:
    text = (
        "Ferry passengers and vehicles, detailed data, May 2021\n\n"
        "Ferries carried 1.2 million passengers in May 2021. Foreign passengers made up 64% of all trips.\n\n"
        "More ferry passengers than in May 2020\n\n"
        "Ferries carried 1.2 million passengers, 9% more than a year earlier. Foreign passengers made up 64% "
        "of all trips.\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert {"same"} <= {next(iter(check)) for check in drafted["64"]}
    assert failing == []


def test_an_inflation_rate_grows_to_the_index_level_of_its_paragraph(tmp_path: Path) -> None:
    text = (
        "Consumer prices, March 2023\n\n"
        "In March 2023, the inflation rate was +3.4%, as the office reports. The index level of the "
        "consumer price index (CPI 2020) was 118.2 in March. Compared to the previous month, prices rose "
        "by 0.6%.\n\n"
        "The retail inflation rate was 2.9% in March 2023.\n"
    )
    ctx = context_of(text, tmp_path)
    found = {ctx.mentions[claim].value: check for claim, check, _ in relations_of(than_period, ctx)}
    assert set(found) == {"3.4", "0.6"}  # the retail rate's paragraph states no index level
    assert "'to': './m1'" in found["3.4"] and "(the same period a year earlier)" in found["3.4"]
    assert "'to': './m1'" in found["0.6"] and "(the previous month)" in found["0.6"]  # the lead names it
