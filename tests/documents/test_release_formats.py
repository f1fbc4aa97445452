"""A DOCX, an HTML page and a PDF of a labelled release give the drafts its text gives, and
every draft's quote verifies against the file it was drafted from (no misquoted or invalid).

The releases (writers.RELEASE_SAMPLE) are a fixed, varied sample of tests/extract/data/;
bench/formats_equivalence.py runs the same comparison over all of them. The DOCX and the HTML
page are written here; the PDFs were written by make_fixtures.py (reportlab) and are committed.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from tests.documents import writers

from factcheck.extract import checkdoc
from factcheck.run.pipeline import RunOptions

pytest.importorskip("docx")  # the documents extra is part of the test extras


def _drafts_and_verdicts(path: Path) -> tuple[dict[str, dict], Counter]:
    prepared = checkdoc.prepare([str(path)])
    result = checkdoc.check(prepared, RunOptions(paths=[], offline=True, cwd=path.parent))
    drafts = {}
    for draft in prepared[0].drafts:
        claim = dict(draft.data)
        # what names the file, not what it says
        claim["citation"] = {k: v for k, v in claim["citation"].items() if k not in ("document", "locator", "title")}
        claim.pop("x-extract")
        drafts[draft.name] = claim
    return drafts, Counter(f.verdict.value for c in result.claims for f in c.findings)


def _other(fmt: str, source: Path, folder: Path) -> Path:
    target = folder / f"{source.stem}.{fmt}"
    if fmt == "pdf":
        return Path(shutil.copy(writers.RELEASE_PDFS / target.name, target))
    return getattr(writers, f"write_{fmt}")(source, target)


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
@pytest.mark.parametrize("name", writers.RELEASE_SAMPLE)
def test_a_release_gives_the_same_drafts_in_every_format(name: str, fmt: str, tmp_path: Path) -> None:
    source = writers.RELEASES / f"{name}.txt"
    (tmp_path / "txt").mkdir()
    (tmp_path / fmt).mkdir()
    expected, text_verdicts = _drafts_and_verdicts(Path(shutil.copy(source, tmp_path / "txt")))
    assert len(expected) >= 10
    drafts, verdicts = _drafts_and_verdicts(_other(fmt, source, tmp_path / fmt))
    assert sorted(drafts) == sorted(expected)
    for draft_name, claim in expected.items():
        assert drafts[draft_name] == claim, draft_name
    assert verdicts["misquoted"] == verdicts["invalid"] == 0, verdicts
    assert verdicts == text_verdicts


def test_the_html_page_has_chrome_and_tables_that_are_not_read(tmp_path: Path) -> None:
    from factcheck.documents.read import read_path

    page = writers.write_html(writers.RELEASES / "zh-nbs-cpi-2017-10.txt", tmp_path / "cpi.html")
    markup = page.read_text(encoding="utf-8")
    assert "mainnav" in markup and "<table>" in markup and "ICP备" in markup and "访问量" in markup
    text = read_path(page).text
    assert "ICP" not in text and "1234567" not in text and "首页" not in text
    assert "居民消费价格 | 0.1 | 1.9 | 1.5 |" in text.split("\n")
