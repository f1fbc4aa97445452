"""A ratio a:1 whose terms the text does not state (x-todo, both terms to name), and 比上年多增加N:
the level's change against last year's level (x-todo)."""

from __future__ import annotations

from tests.extract.relations_support import kinds, run_text

RATIOS = "“圈翼”人均GDP之比由上年2.16:1缩小到2.09:1。\n\n城乡居民收入比由上年3.12:1缩小到3.11:1。\n"


def test_each_term_a_to_1_is_a_ratio_of_two_figures_to_name(tmp_path) -> None:
    drafted, failing, todos = run_text(tmp_path, RATIOS)
    for value in ("2.16", "2.09", "3.12", "3.11"):
        ratios = [t["ratio"] for t in todos[value] if "ratio" in t]
        assert len(ratios) == 1 and all("FILL IN" in term["source"] for term in ratios[0]), value
        assert not drafted[value]
    assert "上年" in todos["3.12"][0]["ratio"][0]["period"]
    assert not failing


def test_a_ratio_whose_incomes_are_stated_is_checked_not_asked_for(tmp_path) -> None:
    text = "城镇居民人均可支配收入50000元，农村居民人均可支配收入20000元。城乡居民收入比为2.5:1。\n"
    drafted, failing, todos = run_text(tmp_path, text)
    assert "ratio" not in kinds(todos["2.5"])
    assert not failing
    _, failing, _ = run_text(tmp_path, text.replace("2.5:1", "2.8:1"))
    assert "ratio" in failing  # a planted ratio is caught by the complete check


def test_a_number_not_a_to_1_or_with_no_name_is_not_a_ratio(tmp_path) -> None:
    _, _, todos = run_text(tmp_path, "三次产业结构比为8.2:53.9:37.9。\n")
    assert not any("ratio" in kinds(t) for t in todos.values())


def test_more_than_last_year_by_is_the_change_of_the_level(tmp_path) -> None:
    _, failing, todos = run_text(tmp_path, "全年城镇新增就业29.9万人，比上年多增加1.8万人。\n")
    differences = [t["difference"] for t in todos["1.8万"] if "difference" in t]
    assert len(differences) == 1 and differences[0][0].startswith("./") and not failing


def test_a_harvest_up_or_down_on_last_year_is_the_change_of_the_level(tmp_path) -> None:
    _, _, todos = run_text(tmp_path, "粮食总产量1860万吨，比上年增产25万吨，再创历史新高。\n")
    up = [t["difference"] for t in todos["25万"] if "difference" in t]
    assert len(up) == 1 and up[0][0].startswith("./")
    _, _, todos = run_text(tmp_path, "粮食总产量1860万吨，比上年减产25万吨。\n")
    down = [t["difference"] for t in todos.get("-25万", []) + todos.get("25万", []) if "difference" in t]
    assert len(down) == 1


def test_a_figure_converted_at_an_exchange_rate_not_given_asks_for_the_rate(tmp_path) -> None:
    _, failing, todos = run_text(tmp_path, "人均地区生产总值30960元，按2013年平均汇率计算达到4985美元。\n")
    ratios = [t["ratio"] for t in todos["4985"] if "ratio" in t]
    assert len(ratios) == 1 and ratios[0][0].startswith("./") and "FILL IN" in ratios[0][1]["source"]
    assert not failing
