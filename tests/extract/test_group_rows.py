"""A group row inside a table ("在总计中: | | | |") and the cells under it, drafted and verified."""

from __future__ import annotations

from pathlib import Path

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions


def test_table_cells_after_a_group_row_draft_and_verify(tmp_path: Path) -> None:
    text = (
        "工业增加值\n计量单位:亿元\n指标名称 | 本月 | 累计 | 本月增长(%) |\n全省总计 | 2846.99 | 7220.42 | 7.6 |\n"
        "在总计中: | | | |\n轻工业 | 1036.55 | 2585.89 | 6.7 |\n重工业 | 1810.44 | 4634.53 | 8.2 |\n"
    )
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    prepared = checkdoc.prepare([str(source)])
    values = {(d.mention.value, d.mention.unit) for d in prepared[0].drafts}
    assert {("1036.55亿", "元"), ("4634.53亿", "元"), ("8.2", "%")} <= values
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True))
    verdicts = [f.verdict.value for r in result.claims for f in r.findings]
    assert "misquoted" not in verdicts and "invalid" not in verdicts
