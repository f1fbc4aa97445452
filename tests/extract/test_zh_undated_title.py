"""A title naming its period with no year (河北省上半年生产总值…), under the release's date line: the
document reports on the latest period of that name ended by the date."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.extract.docperiod import document_period

BODY = "上半年,全省生产总值19823.7亿元,同比增长3.4%。其中,第一产业增加值1484.0亿元,增长4.6%。\n"


def _period(text: str) -> str | None:
    title = text.splitlines()[0]
    found = document_period([title], text)
    return found.period if found else None


def test_a_yearless_half_takes_the_year_of_the_date_line() -> None:
    assert _period("河北省上半年生产总值同比增长3.4%\n2022-07-20 18:46:44\n" + BODY) == "2022-H1"


def test_a_period_not_ended_by_the_date_is_the_year_befores() -> None:
    assert _period("全省四季度工业生产稳中向好\n2023-01-18 10:00:00\n" + BODY) == "2022-Q4"


def test_no_date_line_no_year_guessed() -> None:
    assert _period("河北省上半年生产总值同比增长3.4%\n" + BODY) is None


def test_a_year_in_the_title_wins_over_the_date_line() -> None:
    assert _period("2021年上半年河北省经济运行情况\n2022-07-20 18:46:44\n" + BODY) == "2021-H1"


def test_the_drafts_carry_the_dated_period(tmp_path: Path) -> None:
    source = tmp_path / "release.txt"
    source.write_text("河北省上半年生产总值同比增长3.4%\n2022-07-20 18:46:44\n" + BODY, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    periods = {d.mention.value: d.data.get("period") for d in drafts}
    assert periods["19823.7亿"] == "2022-H1"
