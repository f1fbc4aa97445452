"""Rules learnt from the seventh batch of labelled releases: table cells are not restatements."""

from __future__ import annotations

from factcheck.extract.checkdoc import prepare


def _same_checks(tmp_path, text: str) -> list[tuple[str, dict]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], c) for d in checked.drafts for c in d.data.get("checks", []) if "same" in c]


TABLE = """Appendix table 1. Annual change of turnover and sales volume in industries of trade, %
11/20-01/21 02-04/2021 05-07/2021 08-10/2021 01-10/2021 10/2021
G Total trade Turnover 0.6 8.8 10.3 8.5 8.5 9.1
Sales volume 1.7 5.6 4.6 0.4 3.4 -1.0
45 Motor vehicle trade Turnover 3.6 22.3 18.6 7.3 14.7 7.8
Sales volume 2.4 20.0 16.3 4.3 12.3 4.7
"""


def test_cells_of_a_flattened_table_are_never_one_fact(tmp_path) -> None:
    assert _same_checks(tmp_path, TABLE) == []


def test_only_a_line_ending_in_three_figures_is_a_table_row() -> None:
    from factcheck.extract.infer.figure_rows import figure_row_start

    assert figure_row_start("Sales volume 1.7 5.6 4.6 0.4 3.4 -1.0") == len("Sales volume ")
    assert figure_row_start("居民消费价格总水平 | 2.0 | 2.1 | 1.9 |") == len("居民消费价格总水平 | ")
    assert figure_row_start("Retail sales rose 4.3 percent in October, after 2.1 percent in September.") is None
    assert figure_row_start("GDP was 1,234.5 billion, up 5.2%") is None
    assert figure_row_start("Index2011 101.8 102.5") == len("Index")  # the first figure may end a word


def test_the_row_is_found_as_the_regular_expression_finds_it_in_one_pass() -> None:
    """The start of the trailing row, as `(?:F[\\s|]+){2,}F[\\s|]*$` searched from every offset gives it
    (quadratic on a long line of digits), on random lines of figures, signs, bars and words."""
    import random
    import re

    from factcheck.extract.infer.figure_rows import figure_row_start

    figure = r"[-+−(]?\d[\d,.]*\)?%?"
    row = re.compile(rf"(?:{figure}[\s|]+){{2,}}{figure}[\s|]*$")
    pieces = list("0123456789,.-+−()%| a\t\n") + ["x", "１", "²", "٣", "\u3000"]
    rng = random.Random(4)
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        found = row.search(line)
        assert figure_row_start(line) == (found.start() if found else None), line


GRAIN = (
    "全国粮食总产量60709.9万吨(12142亿斤),比2013年增加516万吨(103.2亿斤),增长0.9%。"
    "其中谷物单位面积产量5889.4公斤/公顷(392.6公斤/亩),比2013年减少4.8公斤/公顷(0.3公斤/亩),下降0.1%。\n"
)


def _formulas(tmp_path, text: str) -> list[tuple[str, str]]:
    source = tmp_path / "grain.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [(d.data["value"], c["formula"]) for d in checked.drafts for c in d.data.get("checks", []) if "formula" in c]


def test_a_rate_of_change_is_checked_in_each_unit_the_text_gives(tmp_path) -> None:
    formulas = _formulas(tmp_path, GRAIN)
    assert [value for value, _ in formulas] == ["0.9", "0.9", "-0.1", "-0.1"]
    assert all(" / (" in formula and " - " in formula for _, formula in formulas)


def test_a_change_restated_in_another_unit_keeps_its_sign() -> None:
    from factcheck.extract.mentions import paragraph_mentions

    values = [m.value for m in paragraph_mentions(GRAIN.split("。")[1] + "。", 1, "zh", "2014")]
    assert values == ["5889.4", "392.6", "-4.8", "-0.3", "-0.1"]


def test_a_wrong_rate_in_either_unit_fails(tmp_path, monkeypatch) -> None:
    from factcheck.extract import checkdoc
    from factcheck.run.pipeline import RunOptions

    source = tmp_path / "grain.txt"
    source.write_text(GRAIN.replace("增长0.9%", "增长1.9%"), encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(source)]), RunOptions(paths=[], offline=True))
    failed = [f for c in result.claims for f in c.findings if f.verdict.value == "fail"]
    assert len(failed) == 2  # the rate against each unit's pair


POPULATION = (
    "年末全县常住人口55.27万人,比上年末减少0.11万人。其中,城镇人口29.88万人,农村人口25.39万人。"
    "全县常住人口中,男性人口28.07万人,占50.79%;女性人口27.2万人,占49.21%。\n"
)


def _sums(tmp_path, text: str) -> list[list[str]]:
    source = tmp_path / "county.txt"
    source.write_text(text, encoding="utf-8")
    (checked,) = prepare([str(source)])
    return [c["sum"] for d in checked.drafts for c in d.data.get("checks", []) if "sum" in c]


def test_a_total_named_again_before_zhong_opens_a_second_partition(tmp_path) -> None:
    assert len(_sums(tmp_path, POPULATION)) == 2  # 城镇 + 农村, then 男性 + 女性
    other = POPULATION.replace("全县常住人口中", "全县户籍人口中")  # another whole: no second sum
    assert len(_sums(tmp_path, other)) == 1


def test_a_wrong_part_of_the_second_partition_fails(tmp_path) -> None:
    from factcheck.extract import checkdoc
    from factcheck.run.pipeline import RunOptions

    source = tmp_path / "county.txt"
    source.write_text(POPULATION.replace("女性人口27.2万人", "女性人口27.5万人"), encoding="utf-8")
    result = checkdoc.check(checkdoc.prepare([str(source)]), RunOptions(paths=[], offline=True))
    failed = [f.check for c in result.claims for f in c.findings if f.verdict.value == "fail"]
    assert sorted(failed) == ["share", "sum"]  # the total's sum, and the part's share of it (占49.21%)
