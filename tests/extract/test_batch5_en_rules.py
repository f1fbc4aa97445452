"""Rules learnt from four English releases labelled after batch 5 (Census trade, Stats NZ merchandise trade,
Federal Reserve G.17, ONS house prices): a currency or a bound between a change word and its number, a
change noun "of" its amount, a change restated in percent, release codes and plural exhibit references."""

from __future__ import annotations

from factcheck.checks.citation import quote_has_number
from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions
from factcheck.grammar.values import parse_quantity


def _values(text: str, period: str | None = "2016-07") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, "en", period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_currency_between_the_decline_word_and_the_number_keeps_the_sign() -> None:
    assert _values("Consumer goods decreased $1.5 billion.") == [("-1.5 billion", "$")]
    assert _values("Milk powder fell NZ$22 million in February.") == [("-22 million", "NZ$")]  # NZ dollars
    assert _values("Beef was down €43 million.") == [("-43 million", "€")]
    assert _values("Exports increased $3.4 billion to $124.1 billion in July.") == [
        ("3.4 billion", "$"),
        ("124.1 billion", "$"),
    ]
    # a level after "to" is no change, whatever the verb before it
    assert _values("Imports fell to $184.4 billion.") == [("184.4 billion", "$")]
    for quote, value in (
        ("Consumer goods decreased $1.5 billion.", "-1.5 billion"),
        ("fell NZ$22 million", "-22 million"),
    ):
        assert sign_problem(quote, value, -1) is None
    assert sign_problem("Consumer goods decreased $1.5 billion.", "1.5 billion", 1) is not None


def test_a_bound_between_the_decline_word_and_the_number_keeps_the_sign() -> None:
    text = "Exports of services decreased less than $0.1 billion to $62.3 billion in July."
    found = paragraph_mentions(text, 1, "en", "2016-07")
    assert [(m.value, m.qualifier, m.negative) for m in found][0] == ("-0.1 billion", "less-than", True)
    assert sign_problem(text, "-0.1 billion", -1) is None
    assert _values("Sales fell more than 5 percent.") == [("-5", "percent")]
    assert _values("The rate was less than 5 percent.") == [("5", "percent")]  # a bound, no change word


def test_a_change_noun_of_its_amount_gives_the_sign() -> None:
    text = (
        "The decrease reflected a decrease in the goods deficit of $5.3 billion to $60.3 billion and "
        "an increase in the services surplus of $0.1 billion to $20.9 billion."
    )
    assert _values(text) == [
        ("-5.3 billion", "$"),
        ("60.3 billion", "$"),
        ("0.1 billion", "$"),
        ("20.9 billion", "$"),
    ]
    assert sign_problem(text, "-5.3 billion", -1) is None
    assert sign_problem(text, "-0.1 billion", -1) is not None  # "an increase ... of": a rise
    # "of" must come right before the number: a level after "to" is not the change
    assert _values("a decrease in the rate to 3.2 percent") == [("3.2", "percent")]


def test_a_change_restated_in_percent_keeps_its_sign() -> None:
    text = "Year-to-date, the deficit decreased $0.5 billion, or 0.2 percent, from the same period in 2015."
    assert _values(text) == [("-0.5 billion", "$"), ("-0.2", "percent")]
    assert sign_problem(text, "-0.2", -1) is None
    text = "Milk powder fell $22 million (3.8 percent) while the quantity rose."
    assert _values(text) == [("-22 million", "$"), ("-3.8", "percent")]
    assert _values("Exports rose $96 million (2.5 percent).") == [("96 million", "$"), ("2.5", "percent")]
    # in brackets only a percent restates a change: a count or a year's level does not
    assert _values("Jobs fell 5,000 (12,000 in 2015).")[1] == ("12,000", None)
    assert _values("Prices fell 2 percent (3 percent in 2015).")[1] == ("3", "percent")
    text = "The rate was 5 percent, or 0.2 percent above"
    assert sign_problem(text, "-0.2", -1) is not None  # nothing negative to restate


def test_release_codes_and_plural_exhibit_references_are_no_figures() -> None:
    assert _values("G.17 - Industrial Production and Capacity Utilization") == []
    assert _values("The Fed's H.8 release showed loans rose 2.1 percent.") == [("2.1", "percent")]
    assert _values("Exports (Exhibits 3, 6, and 7 in the FT-900)") == []
    assert _values("See Schedules 2 and 4. Output rose 3 percent.") == [("3", "percent")]
    # a figure after a sentence's last capital stays a figure
    assert _values("Yields were high in the U.S. 4 banks failed.") == [("4", "banks")]


def test_fractions_of_a_percent_are_read_whole() -> None:
    text = (
        "In July, consumer credit increased at a seasonally adjusted annual rate of 6-3/4 percent. Revolving "
        "credit increased at an annual rate of 5-3/4 percent, while nonrevolving credit increased at an annual "
        "rate of 7 percent."
    )
    assert _values(text) == [("6-3/4", "percent"), ("5-3/4", "percent"), ("7", "percent")]
    assert _values("The new rates are 1/2 percentage point higher.") == [("1/2", "percentage point")]
    assert _values("Output rose about 3 1/3 percent.") == [("3 1/3", "percent")]
    assert _values("Total IP decreased about 2-3/4 percent in 2015.", "2016") == [("-2-3/4", "percent")]
    # not before a percent or a point, or not a proper fraction: no fraction
    assert ("3/4", None) not in _values("Sales on 3/4 were 12 percent higher")
    assert ("5-7/4", "percent") not in _values("Output rose 5-7/4 percent.")
    assert _values("The target range is 5-1/4 to 5-1/2 percent.") == []  # a policy range, not drafted


def test_the_grammar_reads_a_hyphenated_mixed_fraction() -> None:
    assert float(parse_quantity("6-3/4", "%").interval.lo) == 6.75
    assert float(parse_quantity("-2-3/4", "%").interval.hi) == -2.75
    assert parse_quantity("2018-2022", None).interval.lo < 2019  # a range of whole numbers stays a range


def test_a_change_at_an_annual_rate_keeps_its_sign() -> None:
    text = (
        "In November, consumer credit contracted at an annual rate of 5 percent. Revolving credit fell at an "
        "annual rate of 11 percent, while nonrevolving credit edged down at a 1 percent pace."
    )
    assert _values(text) == [("-5", "percent"), ("-11", "percent"), ("-1", "percent")]
    assert sign_problem(text, "-11", -1) is None
    assert sign_problem(text, "-1", -1) is None
    assert _values("Credit increased at an annual rate of 4 percent.") == [("4", "percent")]
    assert _values("The rate stood at an annual 4 percent.") == [("4", "percent")]


def test_angle_bracket_footnote_markers_are_no_figures() -> None:
    text = "Total IP showed a decline of about 1-3/4 percent.<2> Capacity utilization.<1> rose 0.3 percent."
    assert _values(text, "2016") == [("-1-3/4", "percent"), ("0.3", "percent")]


def test_the_scale_word_of_the_figure_before_is_no_subject() -> None:
    text = "July exports were $186.3 billion, $3.4 billion more than June exports."
    subjects = [m.subject for m in paragraph_mentions(text, 1, "en", "2016-07")]
    assert subjects == ["July exports", "July exports"]
    text = "Exports decreased $63.7 billion or 4.8 percent."
    assert [m.subject for m in paragraph_mentions(text, 1, "en", "2016-07")] == ["Exports", "Exports"]
    # a noun after the figure's scale word is a subject of its own
    text = "Exports rose $2 billion and imports of goods rose $1 billion."
    assert [m.subject for m in paragraph_mentions(text, 1, "en", "2016-07")][1] == "imports of goods"


def test_or_less_than_restates_the_change_with_a_bound() -> None:
    text = "Exports increased $0.5 billion or less than 0.1 percent."
    found = [(m.value, m.qualifier) for m in paragraph_mentions(text, 1, "en", "2016-07")]
    assert found == [("0.5 billion", None), ("0.1", "less-than")]  # no "or less" bound, no decline
    text = "Exports of services decreased $0.1 billion or more than 2 percent."
    assert _values(text) == [("-0.1 billion", "$"), ("-2", "percent")]
    assert sign_problem(text, "-2", -1) is None
    found = [(m.value, m.qualifier) for m in paragraph_mentions("Prices were 3 percent or less.", 1, "en", None)]
    assert found == [("3", "at-most")]  # "or less" at the end still bounds the figure


def test_a_change_noun_of_a_bounded_amount_far_back_gives_the_sign() -> None:
    text = "It reflected a decrease in the services surplus of less than $0.1 billion to $16.8 billion."
    assert _values(text) == [("-0.1 billion", "$"), ("16.8 billion", "$")]
    assert sign_problem(text, "-0.1 billion", -1) is None


def test_a_chart_axis_read_as_text_is_no_figure() -> None:
    text = "Monthly deficit Three-month moving average 40 45 50 55 60 65 July 2017 July 2018 Billion $"
    assert _values(text) == []
    assert _values("Sales were 40 45 52 and 60 units.") != []  # not evenly spaced: figures
    assert _values("The population was 1 234 567.") == [("1234567", None)]  # digits grouped by spaces


def test_a_site_path_without_its_host_is_no_figure() -> None:
    text = "For more information, see help/faq/1417 for services. Exports rose 2 percent."
    assert _values(text) == [("2", "percent")]
    assert _values("Yields were 3 kg/ha.") == [("3", "kg/ha")]  # a unit with one slash stays a unit


def test_a_phone_number_with_a_trunk_zero_is_no_figure() -> None:
    assert _values("Contact: Ciaran Counihan, +353 (0)21 453 5491") == []
    assert _values("Exports were 353 million.") == [("353 million", None)]


def test_a_footnote_digit_glued_to_a_closing_bracket_is_no_figure() -> None:
    assert [v for v, _ in _values("Total percent change (annual rate)2 -3.9 -1.0 4.1")] == ["-3.9", "-1.0", "4.1"]
    assert _values("Exports (seasonally adjusted) 5 percent higher") == [("5", "percent")]  # a space: a figure


def test_a_footnote_star_between_a_number_and_its_scale_word() -> None:
    text = "In February 2012, 5.46** million young persons (under 25) were unemployed."
    assert [v for v, _ in _values(text, "2012-02")] == ["5.46 million"]
    assert quote_has_number(text, "5.46 million")  # the citation check reads the quote the same way
    assert not quote_has_number("In February 2012, 5.46** thousand persons", "5.46 million")
    assert not quote_has_number("It was 15.46 million", "5.46 million")


def test_a_revised_figure_keeps_the_sign_of_its_verb() -> None:
    text = "Sales volumes fell by a revised 0.1% in May."
    assert _values(text) == [("-0.1", "%")]
    assert sign_problem(text, "-0.1", -1) is None
    assert _values("Output rose by a revised 0.3%.") == [("0.3", "%")]
    assert _values("The revised 0.3% was published.") == [("0.3", "%")]  # no change word: no sign


def test_percentage_points_are_no_subject_of_the_next_figure() -> None:
    text = "The unemployment rate rose 0.4 percentage points to 4.2%."
    assert [m.subject for m in paragraph_mentions(text, 1, "en", None)] == ["unemployment rate"] * 2


def test_a_footnote_star_between_a_number_and_its_unit() -> None:
    assert _values("Sales were 5.4* percent higher.") == [("5.4", "percent")]
    assert quote_has_number("Sales were 5.4* percent higher.", "5.4")
