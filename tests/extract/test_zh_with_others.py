"""Parts listed after 其中 whose last part is the others (及其他): a complete set, summed on the total."""

from __future__ import annotations

from pathlib import Path

from tests.extract.relations_support import run_text

FIRMS = (
    "全年建筑业增加值13.8亿元。资质以上建筑业企业共58家，比上年增加12家。"
    "其中，一级企业3家；二级企业9家；三级及其他企业46家。\n"
)


def test_a_list_closed_by_the_others_sums_to_the_total(tmp_path: Path) -> None:
    drafted, failing, _ = run_text(tmp_path, FIRMS)
    assert drafted["58"] == [{"sum": ["./yiji-enterprises", "./erji-enterprises", "./sanjijiqi-enterprises"]}]
    assert failing == []
    _, failing, _ = run_text(tmp_path, FIRMS.replace("三级及其他企业46家", "三级及其他企业47家"))
    assert failing == ["sum"]


def test_a_list_without_the_others_is_not_known_to_be_complete(tmp_path: Path) -> None:
    drafted, _, _ = run_text(tmp_path, FIRMS.replace("三级及其他企业", "三级企业"))
    assert not any("sum" in check for check in drafted["58"])
