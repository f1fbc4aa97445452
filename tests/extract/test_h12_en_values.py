"""Rules learnt from the English misses of held-out set h12 (values, units, signs and noise): a unit per
an area, the bare later places of a ranking, a percent level compared right after it, a rank "in
second place", a change noun "by" its amount, an age bracket "below the age of", and a figure in
brackets restating a count. Every text here is written for the test."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _values(text: str, period: str | None = "2021") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, "en", period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_count_per_square_kilometre_is_one_unit() -> None:
    assert _values("The district had 96 inhabitants per square kilometre.") == [
        ("96", "inhabitants per square kilometre")
    ]
    assert _values("Density reached 410 people per square mile.")[0][1] == "people"  # a mile is no area


def test_the_earlier_density_takes_the_unit_of_the_later() -> None:
    text = "Density rose to 57 persons per square kilometer in 2021, up from 49 in 2011."
    assert _values(text) == [("57", "persons per square kilometer"), ("49", "persons per square kilometer")]


def test_the_later_places_of_a_ranking_count_what_the_first_counts() -> None:
    text = "The coast has the most clinics at 312 clinics, followed by the valley, 270 and the hills 95."
    assert _values(text) == [("312", "clinics"), ("270", "clinics"), ("95", "clinics")]
    # without "followed by" a bare figure stays bare
    assert _values("The coast has 312 clinics; the valley district 270.")[1] == ("270", None)
    # a figure far off in magnitude counts something else
    assert _values("The coast has 312 clinics, followed by the valley with 4 wards.")[1] == ("4", "wards")
    assert _values("The coast leads at 9,312 clinics, followed by the valley, 3.")[1] == ("3", None)


def test_a_percent_level_compared_right_after_it_lends_its_percent() -> None:
    assert _values("Core inflation came in at 1.3% from 1.6 a month earlier.") == [("1.3", "%"), ("1.6", "%")]
    # words between: the bare figure is something else
    assert _values("Inflation came in at 1.3% in a survey from 1.6 thousand shops.")[1][1] != "%"
    # a change in percent lends nothing: "rose 3% from 120" is no percent level of 120
    assert _values("Output rose 3% from 120 tonnes.") == [("3", "%"), ("120", "tonnes")]


def test_a_rank_written_as_a_place() -> None:
    assert ("third", None) in _values("Peru is in third place with 12 medals.")
    assert ("first", None) in _values("The team took first place.")
    # "in the first place": at the outset, no rank
    assert _values("In the first place, 14 schools closed.") == [("14", "schools")]


def test_a_change_noun_by_its_amount_gives_the_sign() -> None:
    text = "Exports fell, owing to a decrease in copper sales by 12 percent."
    assert _values(text) == [("-12", "percent")]
    assert ("8", "percent") in _values("Imports grew, with an increase in fuel purchases by 8 percent.")
    assert sign_problem(text, "-12", -1) is None


def test_an_age_bracket_is_no_figure_and_no_decline() -> None:
    text = "Some 4,120,000 people are below the age of 15, representing 44 percent of the population."
    assert _values(text) == [("4,120,000", "people"), ("44", "percent")]
    assert _values("About 310,500 are over the age of 65.") == [("310,500", None)]


def test_a_count_restated_in_brackets_is_a_figure() -> None:
    text = "The towns hold 1,204,300 people and the rest (6,881,021) live in villages."
    assert ("6,881,021", None) in _values(text)
    # a classification code in brackets is still no figure
    assert _values("Retail trade (4711, 472) grew 2.1 percent.") == [("2.1", "percent")]
