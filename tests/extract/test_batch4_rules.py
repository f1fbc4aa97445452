"""Rules learnt from the fourth batch of labelled releases: footnote digits, document ids, shared verbs."""

from __future__ import annotations

from factcheck.checks.quote_sign import sign_problem
from factcheck.extract.mentions import paragraph_mentions


def _values(text: str, lang: str = "en", period: str | None = "2012-08") -> list[tuple[str, str | None]]:
    return [(m.value if not m.negative or m.value.startswith("-") else "-" + m.value, m.unit)
            for m in paragraph_mentions(text, 1, lang, period) if m.kind != "label" and m.type != "date"]  # fmt: skip


def test_a_footnote_digit_glued_to_a_word_is_no_figure() -> None:
    text = "Seasonally adjusted industrial production1 grew by 0.6% in the euro area2 and by 0.3% in the EU272."
    assert _values(text) == [("0.6", "%"), ("0.3", "%")]
    assert _values("In July3 production increased by 0.6%.") == [("0.6", "%")]
    assert _values("GDP rose 3.4 percent (table 1, line 1).1 The estimate was revised.") == [("3.4", "percent")]
    assert _values("Output fell in investment.2 In total, sales rose 2.5 percent.") == [("2.5", "percent")]


def test_codes_keep_their_digits_and_decimals_stay_figures() -> None:
    for code in ("G7", "EU27", "COVID-19", "PM2.5", "Q3", "H1", "4G"):
        assert _values(f"Output in {code} rose by 1.5%.") == [("1.5", "%")], code
    assert _values("Sales rose 12 percent; the rate was 1.2%.") == [("12", "percent"), ("1.2", "%")]


def test_eu_document_ids_are_no_figures() -> None:
    for ident in ("STAT/12/144", "IP/12/144", "MEMO/12/5"):
        assert _values(f"{ident}\nIndustrial production up by 0.6%") == [("0.6", "%")], ident
    assert _values("Sales were 12/144 of the total, up 5%.") != []  # no acronym: not an id


def test_bare_number_words_after_a_change_verb_count_the_named_set() -> None:
    text = (
        "Among the Member States for which data are available, industrial production rose in thirteen, "
        "fell in eight and remained stable in Ireland."
    )
    assert _values(text) == [("thirteen", "Member States"), ("eight", "Member States")]
    assert _values("Of the 50 states, payrolls fell in eleven and rose in eleven.") == [
        ("eleven", "states"),
        ("eleven", "states"),
    ]
    assert _values("Industrial production rose in three, and prices fell.") == []  # no set named: no count
    assert _values("Among the Member States, production rose in one.") == []  # "one": a word, not a count


def test_a_decline_verb_shared_by_and_by_signs_both_figures() -> None:
    text = "Capital goods decreased by 1.9% in the euro area and by 0.8% in the EU27."
    assert _values(text) == [("-1.9", "%"), ("-0.8", "%")]
    assert sign_problem(text, "-0.8", -1) is None
    assert sign_problem(text, "0.8", 1) is not None
    text = "Production dropped by 2.9% in the euro area and by 1.8% in the EU27."
    assert _values(text) == [("-2.9", "%"), ("-1.8", "%")]
    assert sign_problem(text, "-1.8", -1) is None


def test_a_figure_with_its_own_verb_keeps_its_sign() -> None:
    text = "Output fell by 1.9% in the euro area and rose by 0.8% in the EU27."
    assert _values(text) == [("-1.9", "%"), ("0.8", "%")]
    assert sign_problem(text, "-0.8", -1) is not None
    text = "Output fell by 1.9% in the euro area and employment by 0.8% in the EU27."
    assert _values(text)[1] == ("0.8", "%")  # another subject: the verb is not shared


def test_all_n_plural_is_the_size_of_the_set() -> None:
    text = "The production sector fell by 1.5%, including falls in all 13 sub-sectors of manufacturing."
    assert _values(text) == [("-1.5", "%")]
    assert _values("Prices rose in all 27 Member States.") == []
    assert [v for v, _ in _values("Output fell in 13 sub-sectors.")] == ["13"]  # a count, not the whole set


def test_a_pull_down_verb_takes_points_off() -> None:
    text = "制造业对全市工业增长的贡献率-12.5%，下拉全市工业增加值增速1.2个百分点。"
    assert ("-1.2", "个百分点") in _values(text, "zh", "2025-Q1")
    assert sign_problem(text, "-1.2", -1) is None
    assert ("1.5", "个百分点") in _values("采矿业拉动全市工业增加值增长1.5个百分点。", "zh", "2025-Q1")


def test_a_year_after_a_title_line_is_no_figure() -> None:
    assert _values("2022年望江县国民经济和社会发展统计公报 2022", "zh", "2022") == []
    assert _values("全年地区生产总值2022亿元。", "zh", "2022") == [("2022亿", "元")]
