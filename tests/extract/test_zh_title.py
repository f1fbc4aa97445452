"""A Chinese headline restating the body with its own framing (a column name, area and period
in another order): `same`, and the figure after it with the same words between."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

RELEASE = (
    "世界看点:河北省上半年生产总值同比增长3.4% 高于全国0.9个百分点\n"
    "2022-07-20 18:46:44\n"
    "记者从河北省统计局了解到,上半年河北省生产总值19823.7亿元,同比增长3.4%,高于全国0.9个百分点。"
    "其中,第一产业增加值1484.0亿元,增长4.6%。\n"
)


def _same(drafted: dict, value: str) -> list:
    return [c for c in drafted.get(value, []) if "same" in c]


def test_the_headline_growth_and_the_gap_after_it_restate_the_body(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE)
    assert len(_same(drafted, "3.4")) == 1
    assert len(_same(drafted, "0.9")) == 1
    assert not failing


def test_another_subject_or_other_digits_are_not_restated(tmp_path) -> None:
    other = RELEASE.replace("生产总值同比增长3.4% 高于", "工业增加值同比增长3.4% 高于")
    drafted, _, _ = run_text(tmp_path, other)
    assert not _same(drafted, "3.4")
    assert not _same(drafted, "0.9")  # the figure after a headline figure that restates nothing
    two = RELEASE.replace("同比增长3.4% 高于", "同比增长3.7% 高于").replace(
        "增长4.6%。", "增长4.6%。上半年人均生产总值同比增长3.1%。"
    )
    drafted, _, _ = run_text(tmp_path, two)  # other digits and two body figures of the subject: which one?
    assert "same" not in kinds(drafted["3.7"]) and "same" not in kinds(drafted["0.9"])


def test_a_planted_digit_in_the_headline_is_caught(tmp_path) -> None:
    drafted, failing, _ = run_text(tmp_path, RELEASE.replace("同比增长3.4% 高于", "同比增长3.7% 高于"))
    assert _same(drafted, "3.7") and "same" in failing


def test_long_digits_restate_the_body_in_other_words(tmp_path) -> None:
    text = (
        "某省一季度GDP达2468.35亿元人民币 实现平稳开局\n"
        "2030-04-18 10:00:00\n"
        "省统计局通报,2030年一季度全省实现生产总值2468.35亿元(人民币,下同),同比增长6.1%。\n"
    )
    drafted, failing, _ = run_text(tmp_path, text)
    assert len(_same(drafted, "2468.35亿")) == 1
    assert not failing
    short = text.replace("2468.35亿元人民币", "2468亿元人民币").replace("生产总值2468.35亿元", "生产总值2468亿元")
    drafted, _, _ = run_text(tmp_path, short)  # four digits and other words: not enough to say it is the same
    assert not _same(drafted, "2468亿")
