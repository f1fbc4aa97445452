"""English releases of batch d (publishers not read before): footnote marks glued to a percent
sign and the notes they point at, decline words before figures in brackets."""

from __future__ import annotations

from factcheck.extract import checkdoc
from factcheck.extract.checkdoc import prepare
from factcheck.run.pipeline import RunOptions


def _drafts(tmp_path, text: str) -> list[tuple[str, str | None]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], d.data.get("unit")) for d in checked.drafts]


def _not_verified(tmp_path) -> list[object]:
    prepared = checkdoc.prepare([str(tmp_path / "release.txt")])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    return [
        f for r in result.claims for f in r.findings if f.verdict.value in ("misquoted", "invalid", "error", "fail")
    ]


def test_a_footnote_mark_glued_to_a_percent_sign_is_no_figure(tmp_path) -> None:
    text = (
        "Gross fixed capital formation increased by 2.4%1, exports of goods and services – 1.6%1, while"
        " imports decreased by 0.5%1.\n\n"
        "1 Seasonally and calendar adjusted\n"
    )
    drafts = _drafts(tmp_path, text)
    assert sorted(drafts) == [("-0.5", "%"), ("1.6", "%"), ("2.4", "%")]
    assert not _not_verified(tmp_path)


def test_a_number_opening_a_line_of_figures_or_a_sentence_stays(tmp_path) -> None:
    text = "011 Wheat 4.2 5.1\n\nOn 12 March 2024 the index stood at 101.2.\n\n3 of the 5 regions grew 2.1%.\n"
    drafts = _drafts(tmp_path, text)
    assert ("4.2", None) in drafts or any(value == "4.2" for value, _ in drafts)
    assert any(value == "101.2" for value, _ in drafts)
    assert ("2.1", "%") in drafts


def test_a_percent_followed_by_a_figure_of_its_own_is_no_mark(tmp_path) -> None:
    drafts = _drafts(tmp_path, "Exports rose 2.4% to 1,200 million tonnes; imports rose 3%.\n")
    assert ("2.4", "%") in drafts and ("3", "%") in drafts
    assert any(value == "1,200 million" for value, _ in drafts)


def test_a_decline_word_before_figures_in_brackets_signs_them_all(tmp_path) -> None:
    text = (
        "The prices of fresh vegetables and milk have increased the most (40% and 23.3%, respectively). But the"
        " prices of flour and white bread decreased (15.9% and 12.3%, respectively). Prices of paprika and"
        " tomatoes decreased the most (29% and 26.3%, respectively).\n"
    )
    drafts = _drafts(tmp_path, text)
    for value in ("-15.9", "-12.3", "-29", "-26.3", "40", "23.3"):
        assert (value, "%") in drafts, (value, drafts)
    assert not _not_verified(tmp_path)


def test_a_bracket_after_a_rise_word_keeps_the_figure_positive(tmp_path) -> None:
    drafts = _drafts(tmp_path, "The price of lemons increased the most (66.8%) and exports rose (4.1%).\n")
    assert ("66.8", "%") in drafts and ("4.1", "%") in drafts
    assert not _not_verified(tmp_path)


def test_a_decline_recorded_in_a_list_signs_every_figure_of_the_sentence(tmp_path) -> None:
    text = (
        "Upturn was observed in prices of bread (of 9.9%) and pork (of 12.1%). Decline, in turn, was recorded in"
        " prices of fresh fruit (of 7.8%), and coffee (7.2%). A decrease was observed in exports (3.1%).\n"
    )
    drafts = _drafts(tmp_path, text)
    assert ("-7.8", "%") in drafts and ("-7.2", "%") in drafts and ("-3.1", "%") in drafts
    assert ("9.9", "%") in drafts and ("12.1", "%") in drafts
    assert not _not_verified(tmp_path)


def test_a_rise_named_after_the_recorded_decline_keeps_its_figures_positive(tmp_path) -> None:
    text = "A decline was recorded in prices of fruit (of 7.8%), while an increase was recorded in tea (4.0%).\n"
    drafts = _drafts(tmp_path, text)
    assert ("-7.8", "%") in drafts and ("4.0", "%") in drafts
    assert not _not_verified(tmp_path)


def test_the_quote_sign_rule_reads_a_recorded_decline() -> None:
    from factcheck.checks.quote_sign import sign_problem  # the citation check's side of the same rule

    quote = "Decline, in turn, was recorded in prices of fresh fruit (of 7.8%), and coffee (7.2%)."
    assert sign_problem(quote, "-7.8", -1) is None
    assert sign_problem("Growth was recorded in prices of fruit (of 7.8%).", "-7.8", -1) is not None
