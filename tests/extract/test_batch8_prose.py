"""Rules learnt from batches v and 8 of labelled releases, outside tables: decline nouns and verbs
with words between them and the number, counts of a ranked set, currencies written before the
number, release-date lines, half-year markers, Chinese ranges under a decline noun, survey scopes.
Each rule is read the same way by `extract` and by the citation check (a draft's quote verifies)."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _values(text: str, lang: str = "en", period: str | None = "2011-Q4") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_change_verb_with_words_before_by_gives_the_sign() -> None:
    text = "The U.S. average weekly wage decreased over the year by 1.7 percent to $955."
    assert _values(text) == [("-1.7", "percent"), ("955", "$")]
    assert sign_problem(text, "-1.7%", -1) is None
    assert sign_problem(text, "1.7%", 1) is not None
    assert _values("Sales rose in March by 2.0 percent.") == [("2.0", "percent")]
    assert sign_problem("Sales rose in March by 2.0 percent.", "-2.0%", -1) is not None
    # another clause between the verb and "by": the verb is not the figure's
    assert _values("Prices fell while wages grew by 2.0 percent.") == [("2.0", "percent")]
    # a level after "to" stays a level
    assert _values("The rate fell over the year to 3.5 percent.") == [("3.5", "percent")]


def test_a_loss_or_a_dip_is_a_decline() -> None:
    text = "Benton, Wash., experienced the largest decrease among the counties with a loss of 3.4 percent."
    assert _values(text) == [("-3.4", "percent")]
    assert sign_problem(text, "-3.4%", -1) is None
    assert _values("The education index dipped by 0.1 per cent.") == [("-0.1", "per cent")]
    assert sign_problem("The education index dipped by 0.1 per cent.", "-0.1%", -1) is None


def test_a_decline_noun_said_to_be_the_figure_is_negative() -> None:
    text = (
        "During this period, total wage declines were 5.0 percent or more, "
        "while employment losses were above 3.0 percent."
    )
    values = _values(text)
    assert values == [("-5.0", "percent"), ("-3.0", "percent")]
    assert sign_problem(text, "-5.0%", -1) is None
    assert sign_problem(text, "-3.0%", -1) is None
    # a level noun said to be the figure is no decline
    assert _values("Total wages were 5.0 percent higher than the lowest level.")[0] == ("5.0", "percent")
    assert _values("The unemployment rate was 3.0 percent.") == [("3.0", "percent")]


def test_a_decline_noun_of_a_currency_amount_keeps_the_sign_and_a_written_minus_stays_single() -> None:
    text = "Within Olmsted, a total wage decline of $287.3 million (-29.1 percent) occurred."
    assert _values(text) == [("-287.3 million", "$"), ("-29.1", "percent")]
    assert sign_problem(text, "-287.3 million", -1) is None
    assert sign_problem(text, "287.3 million", 1) is not None


def test_the_size_of_a_ranked_set_is_a_count_of_its_noun() -> None:
    text = "Employment increased in 266 of the 322 largest U.S. counties, the Bureau reported today."
    assert _values(text) == [("266", "counties"), ("322", "counties")]
    # a round cut-off the writer chose is a group's name; a classification's size is its scope
    assert _values("Exports rose in 7 of the 20 largest economies.") == [("7", "economies")]
    assert _values("Output rose in 12 of the 16 industries.") == [("12", "industries")]


def test_currencies_written_before_the_number() -> None:
    text = "GDP in current prices amounted to RM262.8 billion, an increase of RM25.3 billion."
    assert _values(text) == [("262.8 billion", "RM"), ("25.3 billion", "RM")]
    assert _values("Exports reached S$14.9 billion and USD14.92 billion.") == [
        ("14.9 billion", "S$"),
        ("14.92 billion", "USD"),
    ]
    from factcheck.grammar.values import parse_quantity

    assert parse_quantity("262.8 billion", "RM").unit.dimension == "money:MYR"
    assert parse_quantity("RM262.8 billion").unit.dimension == "money:MYR"
    assert parse_quantity("14.9 billion", "S$").unit.dimension == "money:SGD"
    # a capital pair before a number is still a name, not a currency
    assert _values("Emissions of PM2.5 fell in the EU27 countries.") == []


def test_a_release_date_line_and_a_half_before_its_year_are_no_figures() -> None:
    assert _values("Release Date : Friday 15, August 2014 1201") == []
    assert _values("Date of release: 15 August 2014") == []
    # a sentence that names a release is no release-date line
    assert _values("Released data show exports rose 4.4 per cent.") == [("4.4", "per cent")]
    text = "For the first half of 2014, GDP strengthened to 6.3 per cent (1H 2013: 4.4 per cent)."
    assert _values(text, period="2014-Q2") == [("6.3", "per cent"), ("4.4", "per cent")]
    assert _values("Exports grew 2.0 per cent in 2Q 2014.", period="2014-Q2") == [("2.0", "per cent")]


def test_a_phrasal_verb_before_up_to_is_no_bound() -> None:
    (mention,) = paragraph_mentions("Electrical products picked-up to 11.4 per cent.", 1, "en", "2014-Q2")
    assert mention.qualifier is None
    (bound,) = paragraph_mentions("Fines of up to 11.4 per cent of turnover apply.", 1, "en", "2014-Q2")
    assert bound.qualifier == "at-most"


def test_a_range_of_falls_is_two_falls_and_its_quote_verifies() -> None:
    text = "从环比看,有12个城市新建商品住宅销售价格下降,降幅在0.1至0.6个百分点之间;郑州和成都2个城市持平。"
    assert _values(text, "zh", "2018-02") == [("12", "个"), ("-0.1", "个百分点"), ("-0.6", "个百分点"), ("2", "个")]
    assert sign_problem(text, "-0.1", -1) is None
    assert sign_problem(text, "-0.6", -1) is None
    # a range of rises: two rises; a range with no change noun stays one range
    assert _values("涨幅在1.2%至3.5%之间。", "zh", "2018-02") == [("1.2", "%"), ("3.5", "%")]
    assert _values("预计增长6%至6.5%。", "zh", "2018-02") == [("6%至6.5%", "%")]


def test_a_survey_population_named_by_its_size_is_no_statistic() -> None:
    text = "70个大中城市中15个热点城市新建商品住宅销售价格变动继续呈现总体稳定态势。"
    assert _values(text, "zh", "2018-02") == []
    assert _values("一、15个热点城市新建商品住宅销售价格延续总体稳定态势,12个城市环比下降", "zh", "2018-02") == [
        ("12", "个")
    ]
    assert _values("从同比看,有9个城市新建商品住宅销售价格下降。", "zh", "2018-02") == [("9", "个")]
    # the size of the set a city is one of is a statistic
    assert _values("潍坊成为全国20个试点城市之一。", "zh", "2022") == [("20", "个")]


def test_a_ranked_set_or_the_set_opening_a_sentence_names_what_a_count_counts() -> None:
    assert _values("Among the 344 largest counties, 167 had over-the-year decreases in average weekly wages.") == [
        ("344", "counties"),
        ("167", "counties"),
    ]
    assert _values("Of the 322 largest counties, 11 experienced declines.") == [("322", "counties"), ("11", "counties")]
    assert _values("Wages in the 322 largest counties ranged widely.") == [("322", "counties")]
    # a figure that does not open the clause after the set counts something else
    assert _values("Of the 322 largest counties, wages rose 11 percent.") == [("322", "counties"), ("11", "percent")]


def test_a_currency_after_a_change_word_keeps_the_sign_and_wins_over_a_noun_after_the_number() -> None:
    text = "Malaysia's exports decreased by RM3.2 billion to RM80.1 billion."
    assert _values(text) == [("-3.2 billion", "RM"), ("80.1 billion", "RM")]
    assert sign_problem(text, "-3.2 billion", -1) is None
    text = "The value of exports declined over the month by S$1.5 billion."
    assert _values(text) == [("-1.5 billion", "S$")]
    assert sign_problem(text, "-1.5 billion", -1) is None
    assert _values("Exports fell USD 1.2 billion.") == [("-1.2 billion", "USD")]
    assert _values("The euro area recorded a €18.7 bn surplus in trade in goods.") == [("18.7 bn", "€")]
    # a unit of the table after the number stays
    assert _values("The firm was worth $3 billion dollars.") == [("3 billion", "dollars")]


def test_a_change_verb_before_a_phrase_of_comparison_and_by() -> None:
    for text, value in (
        ("Employment decreased from the previous quarter by 0.4 percent.", "-0.4"),
        ("Output fell compared with a year earlier by 2.1 percent.", "-2.1"),
        ("Wages fell in the year to June by 1.2 percent.", "-1.2"),
        ("Residential costs reduced 1.3 percent on lower electricity tariffs.", "-1.3"),
    ):
        assert _values(text) == [(value, "percent")]
        assert sign_problem(text, value, -1) is None
    # another clause or another change verb between: the nearer verb speaks
    assert _values("Sales fell as prices rose by 2.0 percent.") == [("2.0", "percent")]
    assert _values("Sales fell and prices rose sharply by 2.0 percent.") == [("2.0", "percent")]
    assert _values("Costs were reduced to 1.3 percent.") == [("1.3", "percent")]


def test_a_range_of_falls_in_other_spellings() -> None:
    assert _values("降幅在0.1%-0.6%之间。", "zh", "2018-02") == [("-0.1", "%"), ("-0.6", "%")]
    assert _values("降幅介于0.2和1.1个百分点之间。", "zh", "2018-02") == [("-0.2", "个百分点"), ("-1.1", "个百分点")]
    assert _values("降幅在0.1到0.6个百分点之间。", "zh", "2018-02") == [("-0.1", "个百分点"), ("-0.6", "个百分点")]
    assert sign_problem("降幅在0.1到0.6个百分点之间。", "-0.6", -1) is None
    assert _values("各城市降幅在0.1%～0.6%之间。", "zh", "2018-02") == [("-0.1", "%"), ("-0.6", "%")]
    assert sign_problem("各城市降幅在0.1%～0.6%之间。", "-0.6", -1) is None


def test_rand_before_a_scaled_amount_and_never_a_name() -> None:
    text = "Exports fell by R3.4 billion to R120.5 billion."
    assert _values(text) == [("-3.4 billion", "ZAR"), ("120.5 billion", "ZAR")]
    assert sign_problem(text, "-3.4 billion", -1) is None
    assert _values("The model has an R2 of 0.85.") == [("0.85", None)]


def test_a_change_restated_in_a_currency_written_before_it_keeps_its_sign() -> None:
    for text, unit in (
        ("Sales fell by 3.4 percent, or $1.2 billion.", "$"),
        ("Sales fell by 3.4 percent, or RM1.2 billion.", "RM"),
    ):
        assert _values(text) == [("-3.4", "percent"), ("-1.2 billion", unit)]
        assert sign_problem(text, "-1.2 billion", -1) is None
    assert _values("Sales rose by 3.4 percent, or $1.2 billion.") == [("3.4", "percent"), ("1.2 billion", "$")]


def test_a_minus_before_the_currency_is_the_figures_sign() -> None:
    text = "The decrease was due to the European Union (-RM2.7 billion) and China (+RM488.1 million)."
    assert _values(text) == [("-2.7 billion", "RM"), ("488.1 million", "RM")]
    assert sign_problem(text, "-2.7 billion", -1) is None
    assert _values("The balance was -€2.3 billion.") == [("-2.3 billion", "€")]
    assert sign_problem("The balance was -€2.3 billion.", "-2.3 billion", -1) is None
    # a range's second end after a dash is no negative figure
    assert _values("Prices ranged from $2-$3 billion.") == [("2", "$"), ("3 billion", "$")]


def test_a_percent_change_restated_in_money_keeps_its_sign_in_the_quote() -> None:
    text = "However, domestic exports decreased 35.4% or RM25.4 billion to RM46.3 billion."
    assert _values(text) == [("-35.4", "%"), ("-25.4 billion", "RM"), ("46.3 billion", "RM")]
    assert sign_problem(text, "-25.4 billion", -1) is None


def test_bil_after_a_currency_is_billions() -> None:
    assert _values("A trade surplus of RM11.49bil was recorded.") == [("11.49bil", "RM")]
    from factcheck.grammar.values import parse_quantity

    assert parse_quantity("11.49bil", "RM").interval.lo > 10**10
