"""性别比 (以女性为100) of the population from its men and women stated: men ÷ women × 100."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

TEXT = (
    "年末全市常住人口1299.59万人。其中，男性人口663.38万人，占51.05%；女性人口636.21万人，占48.95%。"
    "性别比为104.27(以女性为100，男性对女性的比例)。出生人口性别比为108.18。\n"
)
TABLE = (
    "全市常住人口性别比(以女性为100,男性对女性的比例)为102.08,出生婴儿性别比为108.18。\n"
    "指 标 | 年末数(万人) | 比重(%)\n"
    "全市常住人口 | 3213.34 | 100.00\n"
    "按性别分\n"
    "男 性 | 1623.17 | 50.51\n"
    "女 性 | 1590.17 | 49.49\n"
)


def test_the_sex_ratio_is_men_per_100_women(tmp_path) -> None:
    for text, value in ((TEXT, "104.27"), (TABLE, "102.08")):
        drafted, failing, _ = run_text(tmp_path, text)
        assert kinds(drafted[value]) == ["formula"] and drafted[value][0]["formula"].endswith("* 100"), value
        assert "formula" not in kinds(drafted["108.18"])  # of the babies born, not of the population
        assert not failing


def test_two_counts_of_men_say_not_which_population(tmp_path) -> None:
    two = TEXT.replace("。性别比", "。其中，男性就业人员300.00万人，男性人口663.38万人。性别比").replace(
        "男性就业人员300.00万人，男性人口663.38万人", "男性300.00万人，男性人口600.00万人"
    )
    drafted, _, _ = run_text(tmp_path, two)
    assert "formula" not in kinds(drafted["104.27"])


def test_a_planted_sex_ratio_is_caught(tmp_path) -> None:
    _, failing, _ = run_text(tmp_path, TEXT.replace("性别比为104.27", "性别比为107.24"))
    assert "formula" in failing
