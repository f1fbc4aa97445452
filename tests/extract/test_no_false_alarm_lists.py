"""Two false alarms of correct communiqués, each a rule that read more than the words say."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def _checks(tmp_path: Path, text: str) -> tuple[list[dict], list[str]]:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    drafted = [check for draft in prepared[0].drafts for check in draft.data.get("checks", [])]
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    failed = [f.message for r in result.claims for f in r.findings if f.verdict.value in ("fail", "error", "invalid")]
    return drafted, failed


def test_a_list_that_goes_on_past_a_set_is_no_partition_of_it(tmp_path: Path) -> None:
    # 工业 and 建筑业 make up 第二产业 only when nothing else is listed with them
    text = (
        "江油市2021年国民经济和社会发展统计公报\n\n"
        "2021年末,全市共有基本单位9115个。其中,法人单位8191个,企业法人单位6559个。“四上”企业法人474个。"
        "分专业看,规模以上工业企业221个,资质内建筑业企业64个,限额以上商贸企业82个,房地产企业55个,"
        "规模以上服务业企业52个。\n"
    )
    drafted, failed = _checks(tmp_path, text)
    assert not [c for c in drafted if "sum" in c and len(c["sum"]) == 2]
    assert not failed


def test_the_words_after_another_figure_name_no_fact(tmp_path: Path) -> None:
    # "由上年2.16:1缩小到2.09:1" and "由上年3.12:1缩小到3.11:1": both second figures follow "1缩小到",
    # which names neither ratio, so they are no fact stated twice
    text = (
        "2012年重庆市国民经济和社会发展统计公报\n\n“圈翼”人均GDP之比由上年2.16:1缩小到2.09:1。\n\n"
        "城乡居民收入比由上年3.12:1缩小到3.11:1。\n"
    )
    drafted, failed = _checks(tmp_path, text)
    assert not [c for c in drafted if "same" in c]
    assert not failed


def test_a_ratio_restated_with_its_own_name_is_still_one_fact(tmp_path: Path) -> None:
    text = (
        "2012年某市国民经济和社会发展统计公报\n\n城乡居民收入比为3.11:1。\n\n全年城乡居民收入比为3.11:1,比上年缩小。\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    drafts = checkdoc.prepare([str(source)])[0].drafts
    assert [c for d in drafts for c in d.data.get("checks", []) if "same" in c]
    planted = text.replace("全年城乡居民收入比为3.11", "全年城乡居民收入比为3.21")
    _, failed = _checks(tmp_path, planted)
    assert failed
