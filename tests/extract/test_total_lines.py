"""A "Total <noun>:" line and the two lines of its complementary sides: `sum`, and bracketed shares."""

from __future__ import annotations

from tests.extract.test_infer import relations

_LIST = (
    "The statistics office released the first results of the 2020 census today.\n"
    "Total population: 3,480,200\n"
    "Urban population: 1,120,700 people (32.20 per cent)\n"
    "Rural population: 2,359,500 (67.80 per cent)\n"
    "Number of households: 801,340\n"
)


def test_the_two_side_lines_make_up_the_total_line() -> None:
    checks, _ = relations(_LIST)
    assert ("3,480,200", "sum", ("1,120,700", "2,359,500")) in checks
    assert ("32.20", "share", ("1,120,700", "3,480,200")) in checks
    assert ("67.80", "share", ("2,359,500", "3,480,200")) in checks


def test_one_side_alone_or_another_noun_is_no_partition() -> None:
    one_side = _LIST.replace("Rural population: 2,359,500 (67.80 per cent)\n", "Population under 15: 980,100\n")
    other_noun = _LIST.replace("Rural population:", "Rural households:")
    for text in (one_side, other_noun):
        checks, _ = relations(text)
        assert not [c for c in checks if c[1] == "sum" or c[0] in ("32.20", "67.80")]


def test_a_line_with_more_words_after_its_figure_is_not_a_side() -> None:
    text = _LIST.replace("2,359,500 (67.80 per cent)", "2,359,500 according to the office (67.80 per cent)")
    checks, _ = relations(text)
    assert not [c for c in checks if c[1] == "sum"]
