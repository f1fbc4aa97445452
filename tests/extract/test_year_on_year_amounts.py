"""An amount's change against the same period a year before, which the text does not state: "reached
EUR 31.2 billion, which represented a year-on-year increase of more than EUR 1.4 billion", "reached EUR
19.5 billion and was higher by EUR 412 million year-on-year". The change is the level now minus the
level then, a figure from outside: a `difference` under `x-todo` with a source placeholder."""

from __future__ import annotations

from pathlib import Path

from tests.extract.drafting_support import drafts_of, not_verified


def _todo(tmp_path: Path, text: str) -> dict[str, list]:
    return {d.data["value"]: d.data.get("x-todo", []) for d in drafts_of(tmp_path, text)}


def test_a_year_on_year_increase_of_more_than_an_amount(tmp_path: Path) -> None:
    text = (
        "Exports in 2020 reached EUR 31.2 billion, which represented a year-on-year increase of more than "
        "EUR 1.4 billion."
    )
    todo = _todo(tmp_path, text)["1.4 billion"]
    assert todo and "difference" in todo[0] and "source" in repr(todo[0]["difference"][1])


def test_higher_by_an_amount_year_on_year(tmp_path: Path) -> None:
    text = "In 2020 the value of exports reached EUR 19.5 billion and was higher by EUR 412 million year-on-year."
    todo = _todo(tmp_path, text)["412 million"]
    assert todo and "difference" in todo[0] and "year-on-year" in repr(todo[0])


def test_a_long_headline_restates_the_lead_opening_sentences_figure(tmp_path: Path) -> None:
    text = (
        "The Moravian economy strengthened its performance in the second quarter of 2021, "
        "it grew by 3.4% year-on-year\n\n"
        "Gross value added at constant prices increased by 3.4% year-on-year in the second quarter of 2021. "
        "After adjusting the results for seasonal effects, it increased by 3.4% year-on-year and by 0.9% "
        "quarter-on-quarter."
    )
    drafts = drafts_of(tmp_path, text)
    headline, first = drafts[0], drafts[1]
    assert headline.data["checks"] == [{"same": f"./{first.name}"}]


_ACCOUNTS = (
    "Gross domestic product (GDP) at constant prices increased by 4.1% year-on-year in the second quarter "
    "of 2021. After adjusting for seasonal effects, GDP increased by 4.0% year-on-year.\n\n"
    "The value of GDP in current prices reached EUR 24.6 billion, which represented a year-on-year increase "
    "of EUR 1.9 billion. After converting to constant prices, the value of GDP reached EUR 18.8 billion and "
    "was higher by EUR 741 million year-on-year."
)


def test_a_rate_is_the_change_over_the_level_of_its_price_basis(tmp_path: Path) -> None:
    drafts = {d.data["value"]: d for d in drafts_of(tmp_path, _ACCOUNTS)}
    change, level = f"./{drafts['741 million'].name}", f"./{drafts['18.8 billion'].name}"
    assert {"formula": f"{{{change}}} / ({{{level}}} - {{{change}}}) * 100"} in drafts["4.1"].data["checks"]
    assert not drafts["4.0"].data.get("checks")  # seasonally adjusted: no price basis named
    assert not not_verified(tmp_path)  # 741 / (18 800 - 741) = 4.10%; EUR 1.9 billion at current prices: no rate


def test_a_wrong_rate_of_the_price_basis_fails(tmp_path: Path) -> None:
    drafts_of(tmp_path, _ACCOUNTS.replace("increased by 4.1%", "increased by 4.6%"))
    assert any(f.check == "formula" for f in not_verified(tmp_path))
