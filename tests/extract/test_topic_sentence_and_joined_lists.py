"""Periods said once for figures of other sentences or lists: a sentence with no figure that opens with
the period ("During the year 2031, …. It reported …"), two lists "respectively" joined before one period,
and a semicolon inside a quoted name that ends no sentence."""

from __future__ import annotations

from factcheck.extract.clauses import sentence_of
from factcheck.extract.mentions import paragraph_mentions


def _periods(text: str, reference: str) -> dict[str, str | None]:
    return {m.value: m.period for m in paragraph_mentions(text, 1, "en", reference)}


def test_a_sentence_with_no_figure_opening_with_its_period_sets_the_next_sentences() -> None:
    text = (
        "Output grew by 2.0 percent in the year 2031. During the year 2031, all sectors expanded strongly. "
        "It reported 4.4 percent and 1.9 percent growth rates respectively for farming and mining."
    )
    periods = _periods(text, "2031-Q4")
    assert periods["4.4"] == "2031" and periods["1.9"] == "2031"


def test_a_sentence_with_its_own_figure_or_no_opening_period_sets_nothing() -> None:
    with_figure = (
        "Exports rose 3.0 percent. During the year 2030, output rose 2.0 percent. It reported 4.4 percent for farming."
    )
    assert _periods(with_figure, "2031-Q4")["4.4"] == "2031-Q4"
    later = "Output rose in the year 2031, as all sectors expanded. It reported 4.4 percent for farming."
    assert _periods(later, "2031-Q4")["4.4"] == "2031-Q4"


def test_two_lists_joined_before_one_period_share_it() -> None:
    text = (
        "Among crops, ‘Wheat’ and ‘Barley’ reported 12.1 percent and 9.4 percent respectively and ‘Dairy’ "
        "and ‘Fruits; including nuts’ reported 3.2 percent and 2.6 percent growth rates respectively during "
        "the year of 2031, compared to the year 2030."
    )
    periods = _periods(text, "2031-Q4")
    assert periods["12.1"] == "2031" and periods["9.4"] == "2031" and periods["2.6"] == "2031"


def test_a_semicolon_inside_a_quoted_name_ends_no_sentence() -> None:
    text = "Sales of ‘Fruits; including nuts’ rose 3.2 percent; services fell 1.0 percent."
    assert sentence_of(text, text.index("3.2"))[0] == 0  # the quoted name's semicolon ends nothing
    assert sentence_of(text, text.index("1.0"))[0] > text.index("3.2")  # the one after "percent" does
    assert sentence_of(text, text.index("Fruits")) == sentence_of(text, text.index("3.2"))


def test_a_figure_joined_after_a_base_is_not_that_base_figure() -> None:
    text = (
        "In June 2031, there were 4.20 million jobless people. It showed a decrease of 0.12 million people "
        "compared to December 2030 and a decrease of 0.31 million people compared to June 2030."
    )
    periods = _periods(text, "2031-06")
    assert periods["-0.12 million"] == "2031-06" and periods["-0.31 million"] == "2031-06"
    own = "The rate fell from the December 2030 increase of 2.0 percent to 1.4 percent in June 2031."
    assert _periods(own, "2031-06")["2.0"] == "2030-12"
